import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentForm, RoundRecord } from "../../../../../shared/schemas/index.ts";
import { highlightClassOf } from "../commentHighlights.ts";
import { threadElementId, threadsOf } from "../publicThreads.ts";
import { PublicThreadCard } from "./PublicThreadCard.tsx";
import { VersionText } from "./VersionText.tsx";

/**
 * The round's version beside its comment threads. Every comment's passage is highlighted in the
 * text; clicking a highlight brings its thread forward (and focuses it), and a thread's passage
 * button scrolls to its highlight — both mark the pair as active.
 */
export function RoundComments({ form, round }: { form: DocumentForm; round: RoundRecord }) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const threads = useMemo(() => threadsOf(round.comments), [round.comments]);
  const topLevel = useMemo(() => threads.map((thread) => thread.comment), [threads]);
  const headingId = `round-${round.number}-comments`;
  const textHeadingId = `round-${round.number}-text`;

  const handleSelectHighlight = useCallback((id: string) => {
    setActiveId(id);
    const card = document.getElementById(threadElementId(id));
    card?.scrollIntoView({ block: "nearest" });
    card?.focus({ preventScroll: true });
  }, []);

  const handleShowPassage = (id: string) => {
    setActiveId(id);
    textRef.current
      ?.querySelector(`.${highlightClassOf(id)}`)
      ?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  return (
    <div className="document-layout public-version">
      <section className="document-layout__main" aria-labelledby={textHeadingId}>
        <h3 id={textHeadingId} className="heading-s">
          {t("public.version.text", { number: round.version.number, title: round.version.title })}
        </h3>
        {topLevel.some((c) => c.anchor) && <p className="hint">{t("public.version.hint")}</p>}
        <div className="editor public-version__frame" ref={textRef}>
          <VersionText
            form={form}
            content={round.version.content}
            comments={topLevel}
            activeId={activeId}
            onSelect={handleSelectHighlight}
          />
        </div>
      </section>
      <section
        className="document-layout__side comments public-threads"
        aria-labelledby={headingId}
      >
        <h3 id={headingId} className="heading-s">
          {t("comments.heading")} <span className="comments__count">({threads.length})</span>
        </h3>
        {threads.length === 0 ? (
          <p>{t("public.thread.none")}</p>
        ) : (
          <ol className="comment-threads">
            {threads.map((thread) => (
              <li key={thread.comment.id}>
                <PublicThreadCard
                  thread={thread}
                  highlighted={thread.comment.anchor !== null}
                  active={thread.comment.id === activeId}
                  onShowPassage={() => handleShowPassage(thread.comment.id)}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
