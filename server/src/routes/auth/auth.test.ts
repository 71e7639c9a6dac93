import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../../auth/passwords.ts";
import { LoginThrottle } from "../../auth/loginThrottle.ts";
import { buildStore, buildUser } from "../../test/factories.ts";
import { startApi } from "../../test/httpClient.ts";

// Counts how many passwords the server actually checks (each check is one scrypt).
vi.mock("../../auth/passwords.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../auth/passwords.ts")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const RIGHT = "kata-sandi-yang-panjang";

// Every checked password costs one scrypt, slow on purpose (and slower on a busy machine).
describe("sign-in lockout", { timeout: 30_000 }, () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  const login = (email: string, password: string) =>
    api.anonymous.request("POST", "/api/auth/login", { email, password });

  async function start(throttle?: LoginThrottle) {
    api = await startApi(store, throttle ? { loginThrottle: throttle } : {});
  }
  beforeEach(async () => {
    store = await buildStore();
    vi.mocked(verifyPassword).mockClear();
  });
  afterEach(async () => {
    await api.close();
    await store.cleanup();
  });

  it("checks at most 5 of 30 wrong guesses and the right password sent at once", async () => {
    await start();
    await buildUser(store, { email: "kepala.dinas@pemda.test" });
    const guesses = Array.from({ length: 30 }, (_, i) => `tebakan-${i}`);
    const replies = await Promise.all(
      [...guesses, RIGHT].map((p) => login("kepala.dinas@pemda.test", p)),
    );
    const statuses = replies.map((r) => r.status);
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(5);
    expect(statuses.filter((s) => s === 401 || s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(26);
    const refused = replies.find((r) => r.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(await refused?.json()).toMatchObject({ error: { id: "too_many_attempts" } });
  });

  it("refuses the right password, unchecked, while the account is locked", async () => {
    await start();
    await buildUser(store, { email: "kepala.dinas@pemda.test" });
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => login("kepala.dinas@pemda.test", `tebakan-${i}`)),
    );
    vi.mocked(verifyPassword).mockClear();
    const replies = await Promise.all([
      login("kepala.dinas@pemda.test", RIGHT),
      ...Array.from({ length: 10 }, (_, i) => login("kepala.dinas@pemda.test", `lagi-${i}`)),
    ]);
    expect(replies.map((r) => r.status)).toEqual(Array(11).fill(429));
    expect(replies[0]?.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(vi.mocked(verifyPassword)).not.toHaveBeenCalled();
  });

  it("lets the owner in after a few typos and forgives them", async () => {
    await start();
    await buildUser(store, { email: "staf@pemda.test" });
    for (const typo of ["salah-1", "salah-2", "salah-3", "salah-4"]) {
      expect((await login("staf@pemda.test", typo)).status).toBe(401);
    }
    expect((await login("staf@pemda.test", RIGHT)).status).toBe(200);
    for (const typo of ["salah-5", "salah-6", "salah-7", "salah-8"]) {
      expect((await login("staf@pemda.test", typo)).status).toBe(401);
    }
  });

  it("refuses an address after its failures over many e-mails, successes in between or not", async () => {
    await start(new LoginThrottle({ perEmail: 5, perAddress: 4, windowSeconds: 900 }));
    await buildUser(store, { email: "penyusun@pemda.test" });
    for (let i = 0; i < 4; i++) {
      expect((await login(`orang-${i}@pemda.test`, "tebakan")).status).toBe(401);
      // A sign-in of the attacker's own account between guesses must not wipe the count.
      if (i % 2 === 0) expect((await login("penyusun@pemda.test", RIGHT)).status).toBe(200);
    }
    const next = await login("orang-baru@pemda.test", "tebakan");
    expect(next.status).toBe(429);
    expect(next.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await login("penyusun@pemda.test", RIGHT)).status).toBe(429);
  });
});
