import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { DocxImportError } from "./docxImportError.ts";
import type { ImportedRegulation } from "./docxImporter.ts";
import { checkDocxDirectory } from "./docxLines.ts";
import type { DocxImportOutcome, DocxImportTask } from "./docxImportWorker.ts";

/** How much of the server Word imports may take. */
export interface DocxImportLimits {
  /** Imports parsed at once on the whole server: the pool's worker threads. */
  threads: number;
  /** Time one import may take once its worker begins reading it; then the worker is ended. */
  timeoutMs: number;
  /** Heap one worker may grow to; a worker that needs more is ended. */
  maxOldGenerationSizeMb: number;
}

/** The limits of the server's own pool. */
export const DOCX_IMPORT_LIMITS: DocxImportLimits = {
  threads: 2,
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 384,
};

const WORKER_FILE = new URL("./docxImportWorker.ts", import.meta.url).href;
// Workers start as plain Node; the TypeScript loader the server runs under is given to them
// explicitly, so the pool works the same under `tsx` and under vitest.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
/** Time a worker may take to start (load its code) on top of the import's own time limit. */
const STARTUP_ALLOWANCE_MS = 30_000;

const tooLarge = (message: string) => new DocxImportError("docx_too_large", message);

/** Why a worker ended before answering, as the refusal the person sees; null if unforeseen. */
function refusalOf(error: unknown): DocxImportError | null {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (name === "AbortError") {
    return tooLarge("The Word file took too long to read; split it or simplify it.");
  }
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return tooLarge("The Word file needs more memory to read than an import may take.");
  }
  return null;
}

/**
 * Reads Word drafts off the event loop: each import runs in a worker thread that is ended when
 * it exceeds its time or memory limit, so a hostile file costs at most one worker, never the
 * server. Refusals keep the ids of `DocxImportError`.
 */
export class DocxImportPool {
  private readonly pool: Piscina;

  constructor(readonly limits: DocxImportLimits = DOCX_IMPORT_LIMITS) {
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: limits.threads,
      idleTimeout: 30_000,
      execArgv: ["--import", TSX_LOADER],
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: 32,
      },
    });
  }

  /**
   * The regulation in a .docx, read in a worker; throws `DocxImportError` when refused. A bomb
   * that its zip directory gives away is refused here, at once, without taking a worker.
   */
  async importRegulation(bytes: Uint8Array): Promise<ImportedRegulation> {
    await checkDocxDirectory(bytes);
    return unwrap(await this.run(bytes));
  }

  /** The worker's whole answer (tests check that it came from a worker). */
  async run(bytes: Uint8Array): Promise<DocxImportOutcome> {
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    const abort = new AbortController();
    const ending = (ms: number) => setTimeout(() => abort.abort(), ms);
    let limit = ending(this.limits.timeoutMs + STARTUP_ALLOWANCE_MS);
    started.once("message", () => {
      clearTimeout(limit);
      limit = ending(this.limits.timeoutMs);
    });
    try {
      const task: DocxImportTask = { bytes, started: startedInWorker };
      return await this.pool.run(task, { signal: abort.signal, transferList: [startedInWorker] });
    } catch (error) {
      throw refusalOf(error) ?? error;
    } finally {
      clearTimeout(limit);
      started.close();
    }
  }

  /** Ends the workers. */
  close(): Promise<void> {
    return this.pool.close({ force: true });
  }
}

function unwrap(outcome: DocxImportOutcome): ImportedRegulation {
  if ("refused" in outcome) throw new DocxImportError(outcome.refused.id, outcome.refused.message);
  return outcome.imported;
}

let shared: DocxImportPool | undefined;

/** The server's one pool of Word import workers, started on first use. */
export function docxImportPool(): DocxImportPool {
  shared ??= new DocxImportPool();
  return shared;
}
