import { useTranslation } from "react-i18next";

interface ThreadPassageProps {
  quote: string;
  /** The passage's locator in a structured regulation ("Pasal 3 ayat (2)"), else null. */
  locator: string | null;
  /** The passage is in the text beside the thread, so it can be shown there. */
  findable: boolean;
  /** The passage is selected in the text. */
  active: boolean;
  onShowPassage: () => void;
  /** A passage that cannot be found is marked as removed from the text. */
  removed?: boolean;
}

/**
 * The passage a thread is about, heading the thread: a button that selects it in the text when
 * it is there, else the quoted words.
 */
export function ThreadPassage({
  quote,
  locator,
  findable,
  active,
  onShowPassage,
  removed,
}: ThreadPassageProps) {
  const { t } = useTranslation();
  if (!findable) {
    return (
      <p className={`comment-quote${removed ? " comment-quote--removed" : ""}`} lang="id">
        {locator && <span className="comment-quote__locator">{locator}</span>}
        <span className="comment-quote__text">{quote}</span>
      </p>
    );
  }
  return (
    <button
      type="button"
      className="comment-quote comment-quote--button"
      aria-pressed={active}
      onClick={onShowPassage}
    >
      {locator && (
        <span className="comment-quote__locator" lang="id">
          {locator}
        </span>
      )}
      <span className="comment-quote__text" lang="id">
        <span className="visually-hidden">{t("comments.thread.showPassage")} </span>
        {quote}
      </span>
    </button>
  );
}
