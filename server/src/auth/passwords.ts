import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** scrypt's work factors. Every hash keeps its own, so changing them never locks anyone out. */
export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** What accounts are hashed with: about 90 ms and 32 MiB of memory per hash, on purpose. */
const PRODUCTION_COST: PasswordCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

let cost = PRODUCTION_COST;

/**
 * Unit tests only (vitest's setup file calls it): new hashes use `testCost` instead of the
 * production cost. Route scenes create and sign in a dozen accounts before every test, and at
 * ~90 ms per scrypt that was nearly all of their time. Checking is unchanged — it reads the cost
 * from the stored hash — and server processes (integration tests, production) never call this.
 * Answers the cost it replaces.
 */
export function setPasswordCostForTests(testCost: PasswordCost): PasswordCost {
  const replaced = cost;
  cost = testCost;
  return replaced;
}

function derive(password: string, salt: Buffer, { N, r, p }: PasswordCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: MAX_MEMORY }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$key`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = cost;
  const key = await derive(password, salt, cost);
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash to compare against when the account does not exist, so timing does not tell: made once,
 * with the cost real accounts get, when the login route is built (so before the first sign-in).
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString("hex"));
  return dummyHash;
}
