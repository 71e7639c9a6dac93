/** One row of a chart's data: what is counted, and its value in words and numbers. */
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** How the value reads ("3 (25 %)"); the plain number when left out. */
  valueText?: string;
}

interface ChartTableProps {
  caption: string;
  categoryHeading: string;
  valueHeading: string;
  data: readonly ChartDatum[];
}

/**
 * A chart's numbers as a table that only screen readers see: the text alternative of a chart
 * drawn for the eye (which is hidden from them), so nobody needs to see the bars to get the figures.
 */
export function ChartTable({ caption, categoryHeading, valueHeading, data }: ChartTableProps) {
  return (
    // The wrapper is what is hidden: a table box ignores the 1px width and would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.key}>
              <th scope="row">{datum.label}</th>
              <td>{datum.valueText ?? datum.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
