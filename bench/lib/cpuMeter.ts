import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import type { CpuSource } from "./services.ts";

const TICK_MS = 10;
const KTHREADD_PID = 2;

/** Where the CPU went while a repetition ran; tells a server's cost from a noisy machine. */
export interface CpuReading extends Record<string, number> {
  /** CPU the server under test (all its processes) used, in ms. */
  serverCpuMs: number;
  /** CPU the services it relies on (its PostgreSQL backends, its Redis) used, in ms; 0 without. */
  servicesCpuMs: number;
  /**
   * CPU of kernel threads (journal commits, block I/O workers) and interrupts, in ms:
   * mostly work the servers' writes and sockets cause, so it is not counted as noise.
   */
  kernelCpuMs: number;
  /** CPU this harness (all clients) used, as a share of one core: near 1 means the clients were the limit. */
  harnessCpuShare: number;
  /** CPU used by other processes on the machine, as a share of all cores. */
  foreignCpuShare: number;
  /** Time the hypervisor gave to other guests, as a share of all cores. */
  stealShare: number;
}

/**
 * Starts measuring; call the returned function when the measured part ends. `services`
 * (a database, a message bus) work for the server, so their CPU is not counted as noise.
 */
export function startCpuMeter(
  server: CpuSource,
  services: CpuSource = { cpuMs: () => 0 },
): () => CpuReading {
  const started = performance.now();
  const serverStart = server.cpuMs();
  const servicesStart = services.cpuMs();
  const harnessStart = process.cpuUsage();
  const machineStart = readMachineTicks();
  const kernelStart = readKernelThreadTicks();
  return () => {
    const wallMs = performance.now() - started;
    const serverCpuMs = server.cpuMs() - serverStart;
    const servicesCpuMs = services.cpuMs() - servicesStart;
    const harness = process.cpuUsage(harnessStart);
    const harnessCpuMs = (harness.user + harness.system) / 1000;
    const machine = readMachineTicks();
    const kernelThreadMs = kernelThreadDeltaTicks(kernelStart, readKernelThreadTicks()) * TICK_MS;
    const interruptMs = (machine.interrupts - machineStart.interrupts) * TICK_MS;
    const processMs = (machine.processes - machineStart.processes) * TICK_MS;
    const capacityMs = Math.max(wallMs * os.availableParallelism(), 1);
    const foreignMs = processMs - serverCpuMs - servicesCpuMs - harnessCpuMs - kernelThreadMs;
    return {
      serverCpuMs,
      servicesCpuMs,
      kernelCpuMs: kernelThreadMs + interruptMs,
      harnessCpuShare: harnessCpuMs / Math.max(wallMs, 1),
      foreignCpuShare: Math.max(0, foreignMs) / capacityMs,
      stealShare: ((machine.steal - machineStart.steal) * TICK_MS) / capacityMs,
    };
  };
}

/** Ticks of all CPUs from /proc/stat: process time (user, nice, system), interrupts, steal. */
function readMachineTicks(): { processes: number; interrupts: number; steal: number } {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return { processes: user + nice + system, interrupts: irq + softirq, steal };
  } catch {
    return { processes: 0, interrupts: 0, steal: 0 };
  }
}

/** utime + stime ticks of every kernel thread (kthreadd and its children), by pid. */
function readKernelThreadTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      if (Number(pid) !== KTHREADD_PID && ppid !== KTHREADD_PID) continue;
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended between listing and reading it.
    }
  }
  return ticks;
}

function kernelThreadDeltaTicks(before: Map<number, number>, after: Map<number, number>): number {
  let delta = 0;
  for (const [pid, ticks] of after) delta += ticks - (before.get(pid) ?? 0);
  return delta;
}
