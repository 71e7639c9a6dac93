import { type ChartDatum, ChartTable } from "./ChartTable.tsx";

interface BarChartProps {
  /** What the chart shows; its heading, and the caption of its text alternative. */
  title: string;
  /** The caption of the text alternative, when the title alone could be ambiguous on the page. */
  caption?: string;
  categoryHeading: string;
  valueHeading: string;
  data: readonly ChartDatum[];
  /** Shown instead of bars when every value is 0. */
  emptyText: string;
}

/**
 * Horizontal bars, one per category, each labelled with its name and its value (colour never
 * carries the meaning alone). Bars are scaled to the largest value. The drawing is hidden from
 * screen readers, which read the same figures as a table.
 */
export function BarChart({
  title,
  caption,
  categoryHeading,
  valueHeading,
  data,
  emptyText,
}: BarChartProps) {
  const largest = Math.max(0, ...data.map((d) => d.value));
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {largest === 0 ? (
        <p className="chart__empty">{emptyText}</p>
      ) : (
        <>
          <div className="bar-chart" aria-hidden="true">
            {data.map((datum) => (
              <div key={datum.key} className="bar-chart__row" data-testid="bar-chart-row">
                <span className="bar-chart__label">{datum.label}</span>
                <span className="bar-chart__track">
                  <span
                    className="bar-chart__bar"
                    style={{ width: `${(datum.value / largest) * 100}%` }}
                  />
                  <span className="bar-chart__value">{datum.valueText ?? datum.value}</span>
                </span>
              </div>
            ))}
          </div>
          <ChartTable
            caption={caption ?? title}
            categoryHeading={categoryHeading}
            valueHeading={valueHeading}
            data={data}
          />
        </>
      )}
    </figure>
  );
}
