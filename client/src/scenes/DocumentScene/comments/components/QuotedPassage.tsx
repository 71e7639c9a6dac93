import { useTranslation } from "react-i18next";

/** The passage a comment is about, with its locator in a structured regulation. */
export function QuotedPassage({ quote, locator }: { quote: string; locator: string | null }) {
  const { t } = useTranslation();
  return (
    <figure className="comment-quote">
      {locator && (
        <figcaption className="comment-quote__locator" lang="id">
          {locator}
        </figcaption>
      )}
      <blockquote className="comment-quote__text" lang="id">
        <span className="visually-hidden">{t("comments.thread.quoteLabel")} </span>
        {quote}
      </blockquote>
    </figure>
  );
}
