import { timingSafeEqual } from "node:crypto";
import { accountCreator } from "../commands/accountCreator.ts";
import type { Logger } from "../logger.ts";
import type { Store } from "../store/index.ts";
import { newToken } from "./tokens.ts";

/**
 * The first run: with `ADMIN_EMAIL` and `ADMIN_PASSWORD` the first administrator is
 * created at start; without them a one-time setup link is printed, and the first
 * visitor who opens it creates the administrator account.
 */
export class SetupGate {
  private token: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  /** Runs at start, once the store is open and before the port answers. */
  async prepare(options: { adminEmail?: string; adminPassword?: string }) {
    if ((await this.store.users.countAdmins()) > 0) return;
    if (options.adminEmail && options.adminPassword) {
      try {
        await accountCreator({
          store: this.store,
          email: options.adminEmail,
          name: "Administrator",
          password: options.adminPassword,
          isAdmin: true,
        });
      } catch (error) {
        // Another process starting on the same database at the same moment created it first.
        if ((await this.store.users.countAdmins()) > 0) return;
        throw error;
      }
      this.log.info(
        { email: options.adminEmail },
        "created the first administrator from ADMIN_EMAIL",
      );
      return;
    }
    this.token = newToken();
  }

  /** Prints the one-time setup link, if one is waiting to be used. */
  announce(publicUrl: string) {
    if (!this.token) return;
    this.log.warn(
      { setupUrl: `${publicUrl}/setup?token=${this.token}` },
      "No administrator yet: open the setup link to create one (it works once)",
    );
  }

  /** True while no administrator exists and the setup link has not been used. */
  async needed(): Promise<boolean> {
    return this.token !== null && (await this.store.users.countAdmins()) === 0;
  }

  /** Accepts the setup token once; false for a wrong or used one. */
  consume(token: string): boolean {
    if (!this.token) return false;
    const expected = Buffer.from(this.token);
    const given = Buffer.from(token);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
    this.token = null;
    return true;
  }
}
