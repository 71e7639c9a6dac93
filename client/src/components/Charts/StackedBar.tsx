import { type ChartDatum, ChartTable } from "./ChartTable.tsx";

export interface StackedSegment extends ChartDatum {
  /** A tone of charts.css: `green`, `blue`, `red`, `grey`. */
  tone: string;
}

interface StackedBarProps {
  title: string;
  /** The caption of the text alternative, when the title alone could be ambiguous on the page. */
  caption?: string;
  categoryHeading: string;
  valueHeading: string;
  segments: readonly StackedSegment[];
  emptyText: string;
}

/**
 * One bar split into the shares of a whole (e.g. how comments were answered). Each segment wide
 * enough carries its share as text, and the legend below names every segment with its count and
 * share, so neither colour nor width carries the meaning alone. Screen readers read the table.
 */
export function StackedBar({
  title,
  caption,
  categoryHeading,
  valueHeading,
  segments,
  emptyText,
}: StackedBarProps) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {total === 0 ? (
        <p className="chart__empty">{emptyText}</p>
      ) : (
        <>
          <div aria-hidden="true">
            <div className="stacked-bar">
              {segments
                .filter((s) => s.value > 0)
                .map((segment) => {
                  const share = segment.value / total;
                  return (
                    <span
                      key={segment.key}
                      className={`stacked-bar__segment chart-tone--${segment.tone}`}
                      style={{ flexGrow: segment.value }}
                      title={`${segment.label}: ${segment.valueText ?? segment.value}`}
                    >
                      {share >= 0.12 && `${Math.round(share * 100)}%`}
                    </span>
                  );
                })}
            </div>
            <ul className="chart-legend">
              {segments.map((segment) => (
                <li key={segment.key} className="chart-legend__item">
                  <span className={`chart-legend__swatch chart-tone--${segment.tone}`} />
                  {segment.label}: <strong>{segment.valueText ?? segment.value}</strong>
                </li>
              ))}
            </ul>
          </div>
          <ChartTable
            caption={caption ?? title}
            categoryHeading={categoryHeading}
            valueHeading={valueHeading}
            data={segments}
          />
        </>
      )}
    </figure>
  );
}
