import { writeFileSync } from "node:fs";
import type { MachineInfo } from "./lib/machine.ts";
import { MAX_FOREIGN_CPU_SHARE, type ScenarioResult } from "./lib/repeat.ts";
import { round, type Summary } from "./lib/stats.ts";
import type { MetricSpec } from "./scenarios/types.ts";

/** The parts of a run's results the summary needs. */
export interface RunResults {
  date: string;
  durationSeconds: number;
  revision: string;
  machine: MachineInfo;
  versions: Record<string, string>;
  peers: { id: string; label: string; persists: string }[];
  scenarios: ScenarioResult[];
}

const SUBJECT = "rembuk";

/**
 * Writes the markdown summary: the machine, what each server persists, then
 * one table with each server's median (and min–max over repetitions) and the
 * ratio Rembuk / peer for every headline metric, then every metric's medians.
 */
export function writeMarkdownSummary(file: string, results: RunResults, jsonName: string): void {
  const { machine, peers } = results;
  const versusPeers = peers
    .filter((p) => p.id !== SUBJECT)
    .map((p) => ({ label: `Rembuk / ${p.label}`, numerator: SUBJECT, denominator: p.id }));
  const lines = [
    "# Rembuk benchmark — latest run",
    "",
    `Measured ${results.date} (${results.durationSeconds} s) at revision \`${results.revision}\`; raw numbers in \`${jsonName}\`.`,
    "",
    `${machineLine(machine)} ` +
      "Every server runs in its own process on this machine, the clients in the harness process; all on 127.0.0.1.",
    "",
    "**What each server persists:**",
    "",
    ...peers.map((p) => `- ${p.label}: ${p.persists}.`),
    "",
    `**Versions:** ${Object.entries(results.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(", ")}.`,
    "",
    "Cells: median over repetitions (min–max). Ratio = Rembuk median / peer median; for latencies lower is better (ratio > 1: Rembuk slower), for throughput higher is better (ratio < 1: Rembuk slower).",
    "",
    table(results.scenarios, peers, versusPeers, true),
    "",
    "## Every metric (medians)",
    "",
    table(results.scenarios, peers, versusPeers, false),
    "",
    "## Conditions of this run",
    "",
    ...conditions(results.scenarios),
    "",
    ...errors(results.scenarios, peers),
  ];
  writeFileSync(file, `${lines.join("\n").trimEnd()}\n`);
}

/** The machine a run was measured on, in one sentence. */
export function machineLine(machine: MachineInfo): string {
  return (
    `**Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, Node ${machine.node}, ${machine.os}. ` +
    `Server data on ${machine.dataFilesystem}; fsync of a 4 KiB write there: p50 ${round(machine.fsyncMs.p50)} ms, p99 ${round(machine.fsyncMs.p99)} ms.`
  );
}

/** A column of ratios: the `numerator` subject's median over the `denominator`'s. */
export interface RatioColumn {
  label: string;
  numerator: string;
  denominator: string;
}

/**
 * One row per metric (headline metrics only, or all), one column per subject with
 * its median (and min–max with `headlineOnly`), then the ratio columns.
 */
export function table(
  scenarios: ScenarioResult[],
  subjects: { id: string; label: string }[],
  ratios: RatioColumn[],
  headlineOnly: boolean,
): string {
  const header = [
    "Scenario",
    "Metric",
    ...subjects.map((p) => p.label),
    ...ratios.map((r) => r.label),
  ];
  const rows = [header, header.map(() => "---")];
  for (const scenario of scenarios) {
    for (const metric of scenario.metrics) {
      if (headlineOnly && !metric.headline) continue;
      const median = (id: string) => scenario.summaries[id]?.[metric.key];
      rows.push([
        scenario.title,
        `${metric.label} (${metric.unit}, ${metric.better} is better)`,
        ...subjects.map((p) => cell(median(p.id), metric, headlineOnly)),
        ...ratios.map((r) =>
          metric.context ? "—" : ratio(median(r.numerator), median(r.denominator)),
        ),
      ]);
    }
  }
  return rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
}

export function cell(
  summary: Summary | undefined,
  _metric: MetricSpec,
  withSpread: boolean,
): string {
  if (!summary || !Number.isFinite(summary.median)) return "n/a";
  const median = `${round(summary.median)}`;
  if (!withSpread || summary.samples.length < 2) return median;
  return `${median} (${round(summary.min)}–${round(summary.max)})`;
}

function ratio(subject: Summary | undefined, peer: Summary | undefined): string {
  if (!subject || !peer || !Number.isFinite(subject.median) || !peer.median) return "n/a";
  return `${round(subject.median / peer.median)}×`;
}

/** How busy the machine was per scenario, so a reader can tell noise from a result. */
export function conditions(scenarios: ScenarioResult[]): string[] {
  const lines: string[] = [];
  for (const scenario of scenarios) {
    const records = Object.values(scenario.reps).flat();
    const foreign = records.map((r) => r.foreignCpuShare).filter((v) => v !== undefined);
    const harness = records.map((r) => r.harnessCpuShare).filter((v) => v !== undefined);
    if (foreign.length === 0) continue;
    const redone = Object.values(scenario.discarded ?? {}).flat().length;
    lines.push(
      `- ${scenario.title}: other processes used up to ${percent(Math.max(...foreign))} of the machine during a counted repetition ` +
        `(median ${percent(median(foreign))}); the harness used up to ${percent(Math.max(...harness))} of one core; ` +
        `${redone} repetition(s) redone because other processes used more than ${percent(MAX_FOREIGN_CPU_SHARE)}.`,
    );
  }
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function errors(
  scenarios: ScenarioResult[],
  peers: { id: string; label: string }[],
): string[] {
  const lines: string[] = [];
  for (const scenario of scenarios) {
    for (const [id, message] of Object.entries(scenario.errors)) {
      const label = peers.find((p) => p.id === id)?.label ?? id;
      lines.push(`- **${scenario.title}, ${label} failed:** ${message}`);
    }
  }
  return lines.length > 0 ? ["## Failures", "", ...lines] : [];
}
