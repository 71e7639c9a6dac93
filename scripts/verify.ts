/**
 * `npm run verify -- <record.json | URL> [--no-files] [--base <URL>]`: recomputes the chain of
 * seals of a public record (`GET /api/public/consultations/<documentId>/record`), then downloads
 * each attachment it lists and checks the bytes against the sealed hash (`--no-files` skips that;
 * `--base` is where a record read from a file downloads its attachments from). Prints OK, or the
 * first round that does not match and why. Exit code 0 when everything holds, 1 when something
 * does not, 2 on bad input.
 */
import fs from "node:fs/promises";
import { checkAttachments } from "../shared/record/attachmentCheck.ts";
import { describeVerification, verifyRecord } from "../shared/record/verifier.ts";

const USAGE = "usage: npm run verify -- <record.json | URL> [--no-files] [--base <URL>]\n";

/** Reads the record from a file or downloads it from a URL. */
async function readRecord(source: string): Promise<unknown> {
  if (isUrl(source)) {
    const res = await fetch(source, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`${source} answered ${res.status}`);
    return res.json();
  }
  return JSON.parse(await fs.readFile(source, "utf8"));
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

/** The command line: the source, whether to check files, and where relative URLs point. */
function parseArgs(args: string[]) {
  const rest = args.filter((a) => a !== "--");
  const noFiles = rest.includes("--no-files");
  const baseAt = rest.indexOf("--base");
  const base = baseAt >= 0 ? rest[baseAt + 1] : undefined;
  const positional = rest.filter((a, i) => !a.startsWith("--") && (baseAt < 0 || i !== baseAt + 1));
  if (positional.length !== 1 || (baseAt >= 0 && (!base || !isUrl(base)))) return null;
  const source = positional[0] as string;
  return { source, noFiles, base: base ?? (isUrl(source) ? source : undefined) };
}

/** Downloads one attachment, relative URLs resolved against `base`. */
async function download(url: string, base: string | undefined): Promise<Uint8Array> {
  if (!isUrl(url) && !base) throw new Error("a record read from a file needs --base <URL>");
  const res = await fetch(new URL(url, base));
  if (!res.ok) throw new Error(`answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  let record: unknown;
  try {
    record = await readRecord(options.source);
  } catch (error) {
    process.stderr.write(`cannot read ${options.source}: ${(error as Error).message}\n`);
    return 2;
  }
  const result = await verifyRecord(record);
  if (result.ok && !options.noFiles) {
    const bad = await checkAttachments(record, (url) => download(url, options.base));
    if (bad) {
      process.stderr.write(`FAILED: round ${bad.round}: ${bad.reason}\n`);
      return 1;
    }
  }
  (result.ok ? process.stdout : process.stderr).write(
    `${describeVerification(result)}${result.ok && options.noFiles ? " (attachments not downloaded: --no-files)" : ""}\n`,
  );
  return result.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
