/** One figure: its name, the number as it reads, and what it counts in. */
export interface BigNumber {
  key: string;
  label: string;
  value: string;
  unit?: string;
  /** A line under the figure ("not yet answered"). */
  note?: string;
}

/**
 * Key figures in large type, as a description list, so each number is read with its name.
 */
export function BigNumbers({ numbers }: { numbers: readonly BigNumber[] }) {
  return (
    <dl className="big-numbers">
      {numbers.map((number) => (
        <div key={number.key} className="big-numbers__item">
          <dt className="big-numbers__label">{number.label}</dt>
          <dd className="big-numbers__value">
            <span className="big-numbers__figure">{number.value}</span>
            {number.unit && <span className="big-numbers__unit"> {number.unit}</span>}
            {number.note && <span className="big-numbers__note">{number.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
