import { paragraphsOf } from "../commentText.ts";

/**
 * A comment's words as typed, with paragraphs, line breaks, `**bold**` and `*italic*`. Built
 * from text nodes only (never HTML), so markup in a comment is shown, not run.
 */
export function CommentBody({ text }: { text: string }) {
  return (
    <div className="comment-body">
      {paragraphsOf(text).map((lines, p) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place
        <p key={p}>
          {lines.map((runs, l) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above, for lines
            <span key={l}>
              {l > 0 && <br />}
              {runs.map((run, r) => {
                const key = `${r}`;
                if (run.bold) return <strong key={key}>{run.text}</strong>;
                if (run.italic) return <em key={key}>{run.text}</em>;
                return <span key={key}>{run.text}</span>;
              })}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
