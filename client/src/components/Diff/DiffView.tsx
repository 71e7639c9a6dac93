import { useTranslation } from "react-i18next";
import type { DiffRow } from "./diffRows.ts";
import { piecesOf } from "./diffRows.ts";
import { DiffStatus } from "./DiffStatus.tsx";
import { DiffText } from "./DiffText.tsx";
import type { DiffMode } from "./useDiffDisplay.ts";

interface DiffViewProps {
  rows: readonly DiffRow[];
  mode: DiffMode;
  /** Names of the two texts compared ("Version 1", "Live draft"). */
  beforeName: string;
  afterName: string;
}

/** A heading of the structure: "Pasal 3 → Pasal 4" with its title (a BAB's) and its badge. */
function RowHeading({ row, side }: { row: DiffRow; side?: "before" | "after" }) {
  const Heading = row.level === 3 ? "h3" : "h4";
  const pieces = side ? piecesOf(row.pieces, side) : row.pieces;
  const label = side ? (side === "before" ? row.markerBefore : row.markerAfter) : row.label;
  return (
    <Heading className={`diff-heading diff-heading--${row.level}`} lang="id">
      {label && <span className="diff-heading__label">{label}</span>}
      {pieces.length > 0 && (
        <span className="diff-heading__title">
          <DiffText pieces={pieces} />
        </span>
      )}
      <DiffStatus status={row.status} />
    </Heading>
  );
}

/** One block of text with its marker ("(2)", "b."), the whole change inline. */
function InlineRow({ row }: { row: DiffRow }) {
  return (
    <div className={`diff-row diff-row--${row.status}`} data-testid="diff-row">
      <p className="diff-row__text" lang="id">
        {row.label && <span className="diff-row__marker">{row.label} </span>}
        <DiffText pieces={row.pieces} />
      </p>
      <DiffStatus status={row.status} />
    </div>
  );
}

/**
 * A comparison of two texts in the draft's structure: inline (deletions struck through in
 * place, insertions underlined) or side by side (before on the left, after on the right, each
 * with its own words marked).
 */
export function DiffView({ rows, mode, beforeName, afterName }: DiffViewProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="body muted">{t("diff.nothingShown")}</p>;
  if (mode === "inline") {
    return (
      <div className="diff diff--inline" data-testid="diff">
        {rows.map((row) =>
          row.kind === "heading" ? (
            <RowHeading key={row.key} row={row} />
          ) : (
            <InlineRow key={row.key} row={row} />
          ),
        )}
      </div>
    );
  }
  return (
    <div className="table-wrapper">
      <table className="diff diff--side" data-testid="diff">
        <caption className="visually-hidden">
          {t("diff.sideCaption", { before: beforeName, after: afterName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{beforeName}</th>
            <th scope="col">{afterName}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`diff-row diff-row--${row.status}`}>
              {(["before", "after"] as const).map((side) => {
                const absent =
                  (side === "before" && row.status === "added") ||
                  (side === "after" && row.status === "removed");
                return (
                  <td key={side} className={absent ? "diff-side diff-side--absent" : "diff-side"}>
                    {absent ? (
                      <span className="visually-hidden">
                        {t(side === "before" ? "diff.notBefore" : "diff.notAfter")}
                      </span>
                    ) : row.kind === "heading" ? (
                      <RowHeading row={row} side={side} />
                    ) : (
                      <p className="diff-row__text" lang="id">
                        {(side === "before" ? row.markerBefore : row.markerAfter) && (
                          <span className="diff-row__marker">
                            {side === "before" ? row.markerBefore : row.markerAfter}{" "}
                          </span>
                        )}
                        <DiffText pieces={piecesOf(row.pieces, side)} />
                        {side === "after" && <DiffStatus status={row.status} />}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
