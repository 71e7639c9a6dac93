/** One number a scenario reports per repetition, and how to read it. */
export interface MetricSpec {
  /** Field of the repetition record. */
  key: string;
  label: string;
  unit: "ms" | "edits/s" | "MB" | "KB" | "ms/edit" | "cores" | "share";
  better: "lower" | "higher";
  /** Shown in the summary table (the rest stay in the JSON file). */
  headline?: boolean;
  /** Describes the conditions of the run, not a server: no ratio is drawn. */
  context?: boolean;
}

/** How busy the machine and the harness were during each repetition (see cpuMeter.ts). */
export const contextMetrics: MetricSpec[] = [
  {
    key: "harnessCpuShare",
    label: "harness (clients) CPU, share of one core",
    unit: "share",
    better: "lower",
    context: true,
  },
  {
    key: "foreignCpuShare",
    label: "other processes' CPU, share of the machine",
    unit: "share",
    better: "lower",
    context: true,
  },
];

/** What one repetition of a scenario measured, as flat numbers. */
export type RepRecord = Record<string, number>;

/** Letters for one-character edits: varied, so the text is not one long run. */
export function letter(n: number): string {
  return String.fromCharCode(97 + (n % 26));
}
