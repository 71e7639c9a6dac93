import { describe, expect, it } from "vitest";
import { freshPgDatabase } from "../../test/pgDatabase.ts";
import { openStore } from "../index.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

/** A promise and the function that settles it, to hold work open while a test looks. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe.each(BACKENDS)("work done once across processes on %s", (backend) => {
  const under = storeFor(backend);

  it("runs locked work in one holder only; the others skip it instead of waiting", async () => {
    const other = await under.another();
    const held = gate();
    const started = gate();
    const first = under.store.db.withLock("digest", async () => {
      started.open();
      await held.opened;
      return "sent";
    });
    await started.opened;
    // Another process, and another caller in this one, find the job taken.
    expect(await other.db.withLock("digest", async () => "sent twice")).toBeUndefined();
    expect(await under.store.db.withLock("digest", async () => "sent twice")).toBeUndefined();
    // A different job is not held up.
    expect(await other.db.withLock("sweep", async () => "swept")).toBe("swept");
    held.open();
    expect(await first).toBe("sent");
    expect(await other.db.withLock("digest", async () => "next day")).toBe("next day");
  });

  it("releases a lock when the work fails", async () => {
    await expect(
      under.store.db.withLock("seal", async () => {
        throw new Error("seal failed");
      }),
    ).rejects.toThrow("seal failed");
    expect(await under.store.db.withLock("seal", async () => "sealed")).toBe("sealed");
  });

  it("runs command transactions one at a time, across connections too", async () => {
    const other = await under.another();
    const name = `counter-${backend}`;
    await under.store.notifications.setState(name, "0");
    // Read, wait, write: without one-at-a-time transactions increments would be lost.
    const increment = (db: typeof other.db) =>
      db.transaction(async (tx) => {
        const row = await tx.get<{ value: string }>(
          "SELECT value FROM notification_state WHERE name = ?",
          [name],
        );
        await new Promise((resolve) => setImmediate(resolve));
        await tx.run("UPDATE notification_state SET value = ? WHERE name = ?", [
          String(Number(row?.value) + 1),
          name,
        ]);
      });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => increment(i % 2 ? other.db : under.store.db)),
    );
    expect(await under.store.notifications.state(name)).toBe("10");
  });
});

describe("PostgreSQL across processes", () => {
  const under = storeFor("postgres");

  it("frees a job whose holder died half-way", async () => {
    const other = await under.another();
    const started = gate();
    const never = gate();
    void other.db.withLock("digest", async () => {
      started.open();
      await never.opened;
    });
    await started.opened;
    expect(await under.store.db.withLock("digest", async () => "sent")).toBeUndefined();
    // The holder's process dies: PostgreSQL ends its session.
    await under.store.db.all(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND classid = 1 AND objsubid = 2 AND granted
         AND pid <> pg_backend_pid()
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    await expect.poll(() => under.store.db.withLock("digest", async () => "sent")).toBe("sent");
  });

  it("is migrated once when several processes start at the same time", async () => {
    const database = await freshPgDatabase();
    try {
      const location = { dataDir: "", databaseFile: "", databaseUrl: database.url };
      const stores = await Promise.all([1, 2, 3].map(() => openStore(location)));
      const versions = await stores[0]?.db.all<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      expect(versions?.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      for (const store of stores) await store.close();
    } finally {
      await database.drop();
    }
  });
});
