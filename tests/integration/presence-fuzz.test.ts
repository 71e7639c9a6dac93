import { afterEach, expect, test } from "vitest";
import { readPresenceState } from "../../shared/protocol/index.ts";
import { type CollabClient, converged } from "../utils/collabClient.ts";
import { createPerson, grantRole, joinAs } from "../utils/people.ts";
import { awarenessFrame, type PresenceEntry } from "../utils/presenceFrames.ts";
import { queryAwarenessFrame, RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { storedDraft } from "../utils/updateLog.ts";

afterEach(tearDown);

const SEED = 0x5eed10;
const STEPS = 300;

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

function position(random: Random): unknown {
  return random.pick([
    { type: null, tname: "default", item: null, assoc: 0 },
    { item: { client: random.int(2 ** 32), clock: random.int(1000) }, assoc: -1 },
    { type: { client: random.int(2 ** 32), clock: random.int(50) }, tname: null, item: null },
    {},
    null,
    { item: { client: "x", clock: [] } },
    { tname: "__proto__" },
    { item: { client: -1, clock: 1.5 } },
    7,
  ]);
}

/** One random presence state as JSON text: valid, invalid, huge or not even JSON. */
function stateJson(random: Random): string {
  const valid = () => ({
    user: { name: `Orang ${random.int(100)}`, color: random.pick(["#12ab34", "#000000"]) },
    cursor: random.next() < 0.3 ? null : { anchor: position(random), head: position(random) },
  });
  switch (random.int(12)) {
    case 0:
      return '{"cursor":{}}';
    case 1:
      return '{"cursor":{"anchor":null,"head":null}}';
    case 2:
      return JSON.stringify({ ...valid(), extra: "<img src=x onerror=alert(1)>" });
    case 3:
      return JSON.stringify({ user: { name: "x".repeat(1000 + random.int(60_000)) } });
    case 4:
      return JSON.stringify(random.pick([42, "teks", [1, 2], true, { user: "Siti" }]));
    case 5:
      return '{"__proto__":{"polluted":true},"user":{"name":"A"}}';
    case 6:
      return random.pick(["{not json", "", "null", "{}", '{"user":null}']);
    case 7:
      return JSON.stringify({ user: { name: "A", color: "red;background:url(x)" } });
    default:
      return JSON.stringify(valid());
  }
}

/** A random awareness message: a few entries, sometimes thousands, for random or others' ids. */
function message(random: Random, writerIds: number[]): PresenceEntry[] {
  const count = random.next() < 0.05 ? 2000 + random.int(3000) : 1 + random.int(6);
  return Array.from({ length: count }, (): PresenceEntry => {
    const clientId = random.pick([
      () => random.int(8),
      () => random.int(2 ** 32),
      () => random.pick(writerIds),
    ])();
    const json = random.next() < 0.1 ? "null" : stateJson(random);
    return [clientId, random.int(100), json];
  });
}

/** A random place between two words of the writer's text, so every word stays whole. */
function wordBoundary(writer: CollabClient, random: Random): number {
  const text = writer.content();
  const boundaries = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === " ") boundaries.push(i + 1);
  return random.pick(boundaries);
}

/**
 * Collects every state `client` receives from others that is not of the presence schema, and
 * the names on those that are.
 */
function watchReceivedStates(client: CollabClient, violations: string[], names: Set<string>) {
  client.provider.awareness.on("change", () => {
    for (const [clientId, state] of client.provider.awareness.getStates()) {
      if (clientId === client.doc.clientID) continue;
      const valid = readPresenceState(state);
      if (valid?.user?.name) names.add(valid.user.name);
      if (!valid) violations.push(JSON.stringify(state).slice(0, 200));
    }
  });
}

test(`random presence from a read-only socket never disturbs two writers (seed ${SEED})`, async () => {
  const random = generator(SEED);
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const ayu = await joinAs(server, documentId, "Ayu Lestari");
  const budi = await joinAs(server, documentId, "Budi Santoso");
  const violations: string[] = [];
  const names = new Set<string>();
  watchReceivedStates(ayu, violations, names);
  watchReceivedStates(budi, violations, names);
  const reviewer = await createPerson(server, "Rini Wulandari");
  await grantRole(server, documentId, reviewer, "reviewer");
  const open = () =>
    RawCollabSocket.open(server.collabUrl, documentId, { cookie: reviewer.cookie });
  let fuzzer = await open();
  const writerIds = [ayu.doc.clientID, budi.doc.clientID];

  for (let step = 0; step < STEPS; step++) {
    const writer = step % 2 === 0 ? ayu : budi;
    writer.text.insert(wordBoundary(writer, random), `${step} `);
    if (!fuzzer.isOpen) fuzzer = await open();
    const roll = random.next();
    if (roll < 0.05) fuzzer.send(queryAwarenessFrame());
    else if (roll < 0.08) fuzzer.send(awarenessFrame(message(random, writerIds)).slice(0, -3));
    else fuzzer.send(awarenessFrame(message(random, writerIds)));
    if (step % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  const text = await converged([ayu, budi], 30_000);
  expect(new Set(text.trim().split(" ")).size, "every word of both writers is there").toBe(STEPS);
  const witness = await RawCollabSocket.open(server.collabUrl, documentId);
  await witness.saveCheck(1);
  expect(await storedDraft(server.databaseFile, documentId)).toBe(text);
  expect(violations, "every presence state the writers received is of the schema").toEqual([]);
  expect(names, "the reviewer's valid presence was shown, under the account's name").toContain(
    "Rini Wulandari",
  );
  expect(ayu.presentOthers()).toContain("Budi Santoso");
  expect(budi.presentOthers()).toContain("Ayu Lestari");
  for (const name of ayu.presentOthers())
    expect(["Budi Santoso", "Rini Wulandari"]).toContain(name);
});
