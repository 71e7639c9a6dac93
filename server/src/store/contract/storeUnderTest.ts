import { afterAll, beforeAll } from "vitest";
import { buildStore, type StoreBackend } from "../../test/factories.ts";
import { openStore, type Store } from "../index.ts";

/**
 * The storage contract: every file in this folder runs the same tests on each backend the
 * store supports (tldraw's storageContractSuite). PostgreSQL must be reachable (PG_TEST_URL):
 * the suite fails rather than skips without it.
 */
export const BACKENDS: StoreBackend[] = ["sqlite", "postgres"];

export type StoreUnderTest = Awaited<ReturnType<typeof buildStore>>;

/**
 * One store per backend and test file (opened before its tests, removed after); tests keep
 * apart by using ids of their own. `another()` opens the same database again, as a second
 * process would, and closes it with the file.
 */
export function storeFor(backend: StoreBackend) {
  let store: StoreUnderTest | undefined;
  const others: Store[] = [];
  beforeAll(async () => {
    store = await buildStore(backend);
  });
  afterAll(async () => {
    for (const other of others) await other.close().catch(() => undefined);
    await store?.cleanup();
  });
  return {
    get store(): StoreUnderTest {
      if (!store) throw new Error("the store is opened before the tests");
      return store;
    },
    async another(): Promise<Store> {
      if (!store) throw new Error("the store is opened before the tests");
      const other = await openStore(store.location);
      others.push(other);
      return other;
    },
  };
}
