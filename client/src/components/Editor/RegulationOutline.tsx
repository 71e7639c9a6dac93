import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { moveCaretTo } from "./regulation/moveCaretTo.ts";
import { numberingOf } from "./regulation/numberingDecorations.ts";
import { outlineOf } from "./regulation/outline.ts";

interface RegulationOutlineProps {
  editor: Editor;
  /** Something more to show beside each Pasal. */
  renderArticleExtra?: (articleId: string | null) => ReactNode;
}

/** Wide screens show the outline open; phones start with it folded away. */
const WIDE = "(min-width: 52rem)";

/**
 * The regulation's BAB and Pasal with their current numbers and comment counts, updated as anyone
 * edits; choosing one moves the caret there.
 */
export function RegulationOutline({ editor, renderArticleExtra }: RegulationOutlineProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? true);
  const chapters = useEditorState({
    editor,
    selector: ({ editor: current }) => outlineOf(current.state.doc, numberingOf(current.state)),
  });

  return (
    <details
      className="panel outline"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="outline__summary">
        <h2 id={headingId} className="heading-s outline__heading">
          {t("editor.regulation.outline.heading")}
        </h2>
      </summary>
      <nav aria-labelledby={headingId} data-testid="regulation-outline">
        {chapters.length === 0 ? (
          <p className="body-s muted">{t("editor.regulation.outline.empty")}</p>
        ) : (
          <ol className="outline__chapters">
            {chapters.map((chapter) => (
              <li key={chapter.id ?? `loose-${chapter.pos}`} className="outline__chapter">
                {chapter.marker !== "" && (
                  <button
                    type="button"
                    className="outline__link outline__link--chapter"
                    onClick={() => moveCaretTo(editor, chapter.pos, chapter.id)}
                  >
                    <span className="outline__marker">{chapter.marker}</span>{" "}
                    <span className="outline__title">{chapter.title}</span>
                  </button>
                )}
                <ol className="outline__articles">
                  {chapter.articles.map((article) => (
                    <li key={article.id ?? article.pos} className="outline__article">
                      <button
                        type="button"
                        className="outline__link"
                        onClick={() => moveCaretTo(editor, article.pos, article.id)}
                      >
                        <span className="outline__marker">{article.marker}</span>
                        {article.snippet !== "" && (
                          <span className="outline__snippet"> {article.snippet}</span>
                        )}
                        {article.comments > 0 && (
                          <span className="outline__comments" data-testid="outline-comment-count">
                            {" "}
                            {t("editor.regulation.outline.comments", { count: article.comments })}
                          </span>
                        )}
                      </button>
                      {renderArticleExtra?.(article.id)}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )}
      </nav>
    </details>
  );
}
