/**
 * `npm run verify -- <record.json | URL>`: recomputes the chain of seals of a public record
 * (`GET /api/public/consultations/<documentId>/record`) and prints OK, or the first round that
 * does not match and why. Exit code 0 when every seal holds, 1 when one does not, 2 on bad input.
 */
import fs from "node:fs/promises";
import { describeVerification, verifyRecord } from "../shared/record/verifier.ts";

/** Reads the record from a file or downloads it from a URL. */
async function readRecord(source: string): Promise<unknown> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(await fs.readFile(source, "utf8"));
}

async function main(args: string[]): Promise<number> {
  const source = args.find((a) => a !== "--");
  if (!source || args.length > 2) {
    process.stderr.write("usage: npm run verify -- <record.json | URL>\n");
    return 2;
  }
  let record: unknown;
  try {
    record = await readRecord(source);
  } catch (error) {
    process.stderr.write(`cannot read ${source}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = await verifyRecord(record);
  (result.ok ? process.stdout : process.stderr).write(`${describeVerification(result)}\n`);
  return result.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
