import type { SqlDatabase } from "./database.ts";

/** A person's account. `passwordHash` never leaves the server. */
export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  name: string;
  affiliation: string;
  interests: string;
  isAdmin: boolean;
  disabledAt: string | null;
  createdAt: string;
}

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  affiliation: string;
  interests: string;
  is_admin: number;
  disabled_at: string | null;
  created_at: string;
}

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  name: row.name,
  affiliation: row.affiliation,
  interests: row.interests,
  isAdmin: row.is_admin === 1,
  disabledAt: row.disabled_at,
  createdAt: row.created_at,
});

/** Data access for accounts. */
export interface UserStore {
  insert(user: UserRecord): Promise<void>;
  find(id: string): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  list(): Promise<UserRecord[]>;
  countAdmins(): Promise<number>;
  updateProfile(
    id: string,
    profile: Partial<Pick<UserRecord, "name" | "affiliation" | "interests">>,
  ): Promise<void>;
  updateFlags(id: string, flags: { isAdmin?: boolean; disabledAt?: string | null }): Promise<void>;
}

/** The SQL implementation of {@link UserStore}. */
export function createUserStore(db: SqlDatabase): UserStore {
  return {
    async insert(u) {
      await db.run(
        "INSERT INTO users (id, email, password_hash, name, affiliation, interests, is_admin, disabled_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
          u.id,
          u.email,
          u.passwordHash,
          u.name,
          u.affiliation,
          u.interests,
          u.isAdmin ? 1 : 0,
          u.disabledAt,
          u.createdAt,
        ],
      );
    },
    async find(id) {
      const row = await db.get<UserRow>("SELECT * FROM users WHERE id = ?", [id]);
      return row && toRecord(row);
    },
    async findByEmail(email) {
      const row = await db.get<UserRow>("SELECT * FROM users WHERE email = ?", [
        email.toLowerCase(),
      ]);
      return row && toRecord(row);
    },
    async list() {
      return (await db.all<UserRow>("SELECT * FROM users ORDER BY name, email")).map(toRecord);
    },
    async countAdmins() {
      const row = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM users WHERE is_admin = 1 AND disabled_at IS NULL",
      );
      return row?.n ?? 0;
    },
    async updateProfile(id, profile) {
      const current = await this.find(id);
      if (!current) return;
      await db.run("UPDATE users SET name = ?, affiliation = ?, interests = ? WHERE id = ?", [
        profile.name ?? current.name,
        profile.affiliation ?? current.affiliation,
        profile.interests ?? current.interests,
        id,
      ]);
    },
    async updateFlags(id, flags) {
      if (flags.isAdmin !== undefined) {
        await db.run("UPDATE users SET is_admin = ? WHERE id = ?", [flags.isAdmin ? 1 : 0, id]);
      }
      if (flags.disabledAt !== undefined) {
        await db.run("UPDATE users SET disabled_at = ? WHERE id = ?", [flags.disabledAt, id]);
      }
    },
  };
}
