import type { MessagePort } from "node:worker_threads";
import { isMainThread } from "node:worker_threads";
import { DocxImportError, type DocxImportErrorId } from "./docxImportError.ts";
import { type ImportedRegulation, importRegulationDocx } from "./docxImporter.ts";

/** One import for a worker: the .docx, and a port to say when reading it begins. */
export interface DocxImportTask {
  bytes: Uint8Array;
  /** Told "started" once the worker is up and begins reading (the time limit starts then). */
  started: MessagePort;
}

/**
 * What a worker answers: the imported regulation, or why the file was refused (an error's own
 * fields do not survive the way back from a worker, so they travel as data). `inWorker` tells
 * that the work really ran off the server's main thread.
 */
export type DocxImportOutcome = { inWorker: boolean } & (
  | { imported: ImportedRegulation }
  | { refused: { id: DocxImportErrorId; message: string } }
);

/** The task of the Word import pool: one .docx in, its regulation or its refusal out. */
export default async function importInWorker(task: DocxImportTask): Promise<DocxImportOutcome> {
  task.started.postMessage("started");
  task.started.close();
  const inWorker = !isMainThread;
  try {
    return { inWorker, imported: await importRegulationDocx(task.bytes) };
  } catch (error) {
    if (!(error instanceof DocxImportError)) throw error;
    return { inWorker, refused: { id: error.id, message: error.message } };
  }
}
