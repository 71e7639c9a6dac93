import { useId } from "react";

interface MeterProps {
  title: string;
  /** Between 0 and 1; null when there is nothing to measure. */
  value: number | null;
  /** The value in words ("3 of 4 answered"), read by screen readers and shown under the bar. */
  valueText: string;
  /** Shown (and read) when `value` is null. */
  emptyText: string;
}

/**
 * A share shown as a big percentage over a filled bar, with the figures in words below. Screen
 * readers get a native `<meter>` named by the title instead of the drawing.
 */
export function Meter({ title, value, valueText, emptyText }: MeterProps) {
  const titleId = useId();
  const percent = value === null ? null : Math.round(value * 100);
  return (
    <figure className="chart">
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {percent === null ? (
        <p className="chart__empty">{emptyText}</p>
      ) : (
        <>
          <meter
            className="visually-hidden"
            aria-labelledby={titleId}
            min={0}
            max={100}
            value={percent}
          >
            {percent}%
          </meter>
          <div className="meter" aria-hidden="true">
            <p className="meter__figure">{percent}%</p>
            <div className="meter__track">
              <div className="meter__fill" style={{ width: `${percent}%` }} />
            </div>
          </div>
          <p className="meter__text">{valueText}</p>
        </>
      )}
    </figure>
  );
}
