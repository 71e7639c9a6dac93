import { describe, expect, it } from "vitest";
import { hashPassword, setPasswordCostForTests, verifyPassword } from "./passwords.ts";

describe("password hashes", () => {
  it("let an account in with its password after the hashing cost changed, and nobody else", async () => {
    const unitCost = setPasswordCostForTests({ N: 2 ** 10, r: 8, p: 1 });
    try {
      const stored = await hashPassword("kata-sandi-yang-panjang");
      setPasswordCostForTests({ N: 2 ** 4, r: 4, p: 2 });

      expect(await verifyPassword("kata-sandi-yang-panjang", stored)).toBe(true);
      expect(await verifyPassword("kata-sandi-yang-panjanG", stored)).toBe(false);
      expect(await hashPassword("kata-sandi-yang-panjang")).not.toBe(stored);
    } finally {
      setPasswordCostForTests(unitCost);
    }
  });

  it("refuse every password against a hash that is not one of ours", async () => {
    expect(await verifyPassword("", "")).toBe(false);
    expect(await verifyPassword("rahasia", "bcrypt$2b$10$abc")).toBe(false);
  });
});
