import { useTranslation } from "react-i18next";
import type { DiffPiece } from "../../../../shared/diff/types.ts";

/**
 * Pieces of a word-level diff as text: deleted words struck through, inserted words underlined
 * — each announced as such to screen readers, so the change never rests on colour alone. A
 * reference that only followed a renumbering reads as it does now, its old citation in a tip.
 */
export function DiffText({ pieces }: { pieces: readonly DiffPiece[] }) {
  const { t } = useTranslation();
  return (
    <>
      {pieces.map((piece, index) => {
        const key = `${index}:${piece.op}`;
        if (piece.op === "delete") {
          return (
            <del key={key} className="diff-deleted">
              <span className="visually-hidden">[{t("diff.deleted")}: </span>
              {piece.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (piece.op === "insert") {
          return (
            <ins key={key} className="diff-inserted">
              <span className="visually-hidden">[{t("diff.inserted")}: </span>
              {piece.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (piece.textBefore !== undefined) {
          return (
            <span
              key={key}
              className="diff-followed"
              title={t("diff.followed", { before: piece.textBefore })}
            >
              {piece.text}
            </span>
          );
        }
        return <span key={key}>{piece.text}</span>;
      })}
    </>
  );
}
