import type { MetricSpec, RepRecord } from "../scenarios/types.ts";
import { round, type Summary, summarize } from "./stats.ts";

/** Everything one scenario measured, for the JSON file and the summary. */
export interface ScenarioResult {
  id: string;
  title: string;
  description: string;
  metrics: MetricSpec[];
  /** Per server id: one record per repetition, in the order they ran. */
  reps: Record<string, RepRecord[]>;
  /** Per server id: metric key → median and spread over the repetitions. */
  summaries: Record<string, Record<string, Summary>>;
  /** Per server id: why it has no (or fewer) results. */
  errors: Record<string, string>;
  /** Per server id: repetitions thrown away because other processes loaded the machine. */
  discarded: Record<string, RepRecord[]>;
}

/** A repetition during which other processes used more than this share of the machine is redone. */
export const MAX_FOREIGN_CPU_SHARE = 0.25;
let maxRetriesPerRep = 2;

/** How often a disturbed repetition is redone (a smoke run redoes none, to stay short). */
export function setRedoLimit(retries: number): void {
  maxRetriesPerRep = retries;
}
/** No more redoing after this long into the run, so a busy machine cannot stretch it unboundedly. */
const RETRY_BUDGET_MS = 4 * 60_000;
const runStarted = Date.now();

interface Subject {
  id: string;
  label: string;
}

/**
 * Runs `measure` `reps` times for every subject, interleaved (rep 1 of each,
 * then rep 2 of each, starting one further along each time) so drift of the
 * machine during the run spreads over every server instead of one. A subject
 * that fails stops there; its error is kept and the others continue.
 */
export async function runInterleaved<T extends Subject>(
  scenario: Omit<ScenarioResult, "reps" | "summaries" | "errors" | "discarded">,
  subjects: readonly T[],
  reps: number,
  measure: (subject: T, rep: number) => Promise<RepRecord>,
): Promise<ScenarioResult> {
  const result: ScenarioResult = {
    ...scenario,
    reps: {},
    summaries: {},
    errors: {},
    discarded: {},
  };
  for (const subject of subjects) {
    result.reps[subject.id] = [];
    result.discarded[subject.id] = [];
  }
  for (let rep = 0; rep < reps; rep++) {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[(i + rep) % subjects.length];
      if (!subject || result.errors[subject.id]) continue;
      try {
        const record = await measureUndisturbed(subject, rep, measure, (discarded) => {
          result.discarded[subject.id]?.push(discarded);
          log(
            `${scenario.id} ${rep + 1}/${reps} ${subject.label}: redone, other processes used ${Math.round((discarded.foreignCpuShare ?? 0) * 100)} % of the machine`,
          );
        });
        result.reps[subject.id]?.push(record);
        log(
          `${scenario.id} ${rep + 1}/${reps} ${subject.label}: ${headline(scenario.metrics, record)}`,
        );
      } catch (error) {
        result.errors[subject.id] = error instanceof Error ? error.message : String(error);
        log(
          `${scenario.id} ${rep + 1}/${reps} ${subject.label}: FAILED ${result.errors[subject.id]}`,
        );
      }
    }
  }
  summarizeScenario(result);
  return result;
}

/**
 * Measures once, and again (at most twice more) while other processes took more
 * than {@link MAX_FOREIGN_CPU_SHARE} of the machine; the last attempt counts regardless,
 * and its load is in the record for the reader to judge.
 */
async function measureUndisturbed<T>(
  subject: T,
  rep: number,
  measure: (subject: T, rep: number) => Promise<RepRecord>,
  onDiscard: (record: RepRecord) => void,
): Promise<RepRecord> {
  for (let attempt = 0; ; attempt++) {
    const record = await measure(subject, rep);
    const disturbed = (record.foreignCpuShare ?? 0) > MAX_FOREIGN_CPU_SHARE;
    const outOfTime = Date.now() - runStarted > RETRY_BUDGET_MS;
    if (!disturbed || attempt >= maxRetriesPerRep || outOfTime) return record;
    onDiscard(record);
  }
}

/** Fills `summaries` from `reps`. */
export function summarizeScenario(result: ScenarioResult): void {
  for (const [id, records] of Object.entries(result.reps)) {
    if (records.length === 0) continue;
    const byMetric: Record<string, Summary> = {};
    for (const metric of result.metrics) {
      const values = records.map((r) => r[metric.key]).filter((v) => v !== undefined);
      if (values.length > 0) byMetric[metric.key] = summarize(values as number[]);
    }
    result.summaries[id] = byMetric;
  }
}

/** Progress on stderr, so stdout stays free for whoever pipes the run. */
export function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function headline(metrics: MetricSpec[], record: RepRecord): string {
  return metrics
    .filter((m) => m.headline && record[m.key] !== undefined)
    .map(
      (m) =>
        `${m.key}=${round(record[m.key] ?? Number.NaN)}${m.unit === "edits/s" ? "/s" : m.unit}`,
    )
    .join(" ");
}
