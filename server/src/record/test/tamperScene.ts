import { execFile } from "node:child_process";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { pino } from "pino";
import type { Store } from "../../store/index.ts";
import { buildDocument, buildStore, buildUser } from "../../test/factories.ts";
import { buildPublicRecord } from "../recordBuilder.ts";
import { createRoundSealer } from "../roundSealer.ts";
import {
  buildAnswer,
  buildAttachment,
  buildComment,
  buildParticipant,
  buildRound,
  daysFromNow,
  hideComment,
} from "./consultationScene.ts";

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, "../../../..");

/** `npm run verify -- <args>` as a person would run it: exit code and what it printed. */
export async function verifyCommand(...args: string[]) {
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/verify.ts", ...args], { cwd: ROOT });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

/**
 * A closed, sealed round 1 as an insider with the database file would find it: a comment with an
 * answer and a position paper, a hidden comment (sealed with its moderation entry) and one more
 * comment an administrator may still hide. `errors` collects what the sealer logged at error level.
 */
export async function buildSealedScene() {
  return sealedSceneIn(await buildStore());
}

/** {@link buildSealedScene} in a given store (e.g. a real server's database file). */
export async function sealedSceneIn<S extends Store>(store: S) {
  const documentId = "perda-parkir";
  await buildDocument(store, documentId, "Rancangan Perda Parkir");
  const errors: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      errors.push(String(chunk));
      done();
    },
  });
  const sealer = createRoundSealer({ store, log: pino({ level: "error" }, sink) });
  const org = { id: "pemkot", name: "Pemerintah Kota Bandung", kind: "government" as const };
  const drafter = await buildParticipant(store, { name: "Budi Santoso", organisation: org });
  const reviewer = await buildParticipant(store, {
    name: "Rina Wulandari",
    organisation: { id: "lsm", name: "LSM Tata Kota", kind: "civil_society" },
  });
  const admin = await buildUser(store, { name: "Admin Situs", isAdmin: true });
  const built = await buildRound(store, {
    documentId,
    number: 1,
    lines: ["Tarif parkir ditetapkan oleh Wali Kota.", "Retribusi disetor ke kas daerah."],
    drafter,
    opensAt: daysFromNow(-30),
    closesAt: daysFromNow(-16),
  });
  const on = { documentId, versionId: built.version.id, text: built.text, author: reviewer };
  const answered = await buildComment(store, { ...on, quote: "Wali Kota", body: "Libatkan DPRD." });
  const spam = await buildComment(store, { ...on, quote: "Tarif", body: "Parkir murah di sini!" });
  const unrelated = await buildComment(store, { ...on, quote: "kas daerah", body: "Kas umum." });
  await buildAnswer(store, {
    comment: answered,
    drafter,
    disposition: "noted",
    explanation: "Dicatat.",
  });
  await buildAttachment(store, {
    id: "att-kajian",
    comment: answered,
    name: "kajian.pdf",
    createdAt: daysFromNow(-20),
  });
  await store.rounds.close(built.round.id, { at: daysFromNow(-16), by: null, reason: null });
  await sealer.seal(documentId, 1, "closed");
  await sealer.change(documentId, 1, "moderated", () =>
    hideComment(store, { comment: spam, admin }),
  );
  return {
    store,
    documentId,
    sealer,
    errors,
    admin,
    drafter,
    comments: { answered, spam, unrelated },
    /** The public record as the API serves it now, as parsed JSON. */
    async record() {
      const record = await buildPublicRecord({ store, documentId, now: new Date() });
      return JSON.parse(JSON.stringify(record));
    },
    dropTriggers: () => dropTriggers(store),
  };
}

/** Drops every trigger of the database, as someone with the file and the sqlite3 shell could. */
export async function dropTriggers(store: Pick<Store, "db">): Promise<void> {
  const triggers = await store.db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'trigger'",
  );
  for (const { name } of triggers) await store.db.exec(`DROP TRIGGER "${name}"`);
}
