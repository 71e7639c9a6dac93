import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SetupGate } from "../../auth/setupGate.ts";
import { buildStore } from "../../test/factories.ts";

describe("first-run setup", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  beforeEach(async () => {
    store = await buildStore();
  });
  afterEach(() => store.cleanup());

  /** A setup gate whose log lines the test can read. */
  function buildGate() {
    const lines: { setupUrl?: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    return { gate: new SetupGate(store, pino(sink)), lines };
  }

  it("creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, once", async () => {
    const { gate } = buildGate();
    await gate.prepare({ adminEmail: "admin@pemda.test", adminPassword: "kata-sandi-admin" });
    await gate.prepare({ adminEmail: "other@pemda.test", adminPassword: "kata-sandi-admin" });
    const admins = (await store.users.list()).filter((u) => u.isAdmin);
    expect(admins.map((u) => u.email)).toEqual(["admin@pemda.test"]);
    expect(await gate.needed()).toBe(false);
  });

  it("without them prints a one-time link whose token works exactly once", async () => {
    const { gate, lines } = buildGate();
    await gate.prepare({});
    gate.announce("https://rembuk.example.go.id");
    const url = lines.find((l) => l.setupUrl)?.setupUrl ?? "";
    expect(url).toMatch(/^https:\/\/rembuk\.example\.go\.id\/setup\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(url).searchParams.get("token") ?? "";
    expect(await gate.needed()).toBe(true);
    expect(gate.consume("wrong-token")).toBe(false);
    expect(gate.consume(token)).toBe(true);
    expect(gate.consume(token)).toBe(false);
  });
});
