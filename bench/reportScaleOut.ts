import { writeFileSync } from "node:fs";
import type { ScenarioResult } from "./lib/repeat.ts";
import { round } from "./lib/stats.ts";
import { conditions, errors, machineLine, type RunResults, table } from "./report.ts";
import type { ClusterConfiguration, ScaleOutOptions } from "./scenarios/scaleOut.ts";

/**
 * Writes the scale-out summary: the machine, the load, one column per cluster
 * configuration with the ratio of each to the one-process baseline, and what one
 * process held, in the words docs/scaling.md quotes.
 */
export function writeScaleOutSummary(
  file: string,
  results: Omit<RunResults, "peers">,
  jsonName: string,
  scenario: ScenarioResult,
  configurations: ClusterConfiguration[],
  plan: ScaleOutOptions,
): void {
  const [baseline, ...others] = configurations;
  if (!baseline) return;
  const versusOne = others.map((c) => ({
    label: `${c.label} / ${baseline.label}`,
    numerator: c.id,
    denominator: baseline.id,
  }));
  const lines = [
    "# Rembuk scale-out benchmark — latest run",
    "",
    `Measured ${results.date} at revision \`${results.revision}\`; raw numbers in \`${jsonName}\`.`,
    "",
    `${machineLine(results.machine)} PostgreSQL 15 and a Redis 7 of the run's own on the same machine; ` +
      "every Rembuk process, PostgreSQL, Redis and all clients (one harness process) share its cores.",
    "",
    `**Load:** ${scenario.description}.`,
    "",
    "Cells: median over repetitions (min–max). Ratios: configuration median / one-process median.",
    "",
    table([scenario], configurations, versusOne, true),
    "",
    "## Every metric (medians)",
    "",
    table([scenario], configurations, versusOne, false),
    "",
    "## What one process held",
    "",
    ...oneProcess(scenario, baseline, plan),
    "",
    "## Conditions of this run",
    "",
    ...conditions([scenario]),
    "",
    ...errors([scenario], configurations),
  ];
  writeFileSync(file, `${lines.join("\n").trimEnd()}\n`);
}

/** The one-process numbers as sentences, for docs/scaling.md. */
function oneProcess(
  scenario: ScenarioResult,
  baseline: ClusterConfiguration,
  plan: ScaleOutOptions,
): string[] {
  const median = (key: string) =>
    round(scenario.summaries[baseline.id]?.[key]?.median ?? Number.NaN);
  return [
    `- ${plan.clients} clients over ${plan.documents} documents joined in ${median("joinMs")} ms; ` +
      `the process then held ${median("serverMemoryMB")} MB resident (${median("memoryPerClientKB")} KB per client, documents included) ` +
      `and used ${median("idleServerCores")} cores with nobody typing.`,
    `- At ${plan.pacedRate} edits/s offered (each client one edit every ${round(plan.clients / plan.pacedRate)} s), ` +
      `fan-out p99 was ${median("fanoutP99")} ms using ${median("pacedServerCores")} cores ` +
      `(${median("pacedServerCpuPerEdit")} ms of Rembuk CPU and ${median("pacedServicesCpuPerEdit")} ms of PostgreSQL CPU per edit).`,
    `- As fast as the clients could type, it delivered ${median("burstEditsPerSecond")} edits/s ` +
      `(fan-out p99 ${median("burstP99")} ms) — on this machine that number is bounded by two cores shared with the clients and PostgreSQL.`,
    `- Derived, not measured: at the paced cost one core of Rembuk carries about ${round(1000 / median("pacedServerCpuPerEdit"))} edits/s, ` +
      `and 1 GB of memory about ${round(2 ** 20 / median("memoryPerClientKB"))} clients (3 per small document).`,
  ];
}
