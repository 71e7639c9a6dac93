import type { NextFunction, Request, Response } from "express";
import { HttpError } from "../../errors.ts";
import { tooManyRequests } from "../../limits/refusal.ts";
import { signedInUser } from "../guards.ts";

/** Seconds a refused import is told to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Word imports in progress: one per account, at most `capacity` on the server (the import
 * workers). A slot is taken before the upload is read, and given back only when the response
 * is over and the import's work has ended, so an abandoned request cannot free a slot early.
 */
export class ImportSlots {
  private readonly busy = new Set<string>();

  constructor(private readonly capacity: number) {}

  /**
   * Middleware: takes the caller's slot, or refuses with 429 `import_in_progress` (this
   * account already imports) or 503 `import_busy` (the server's imports are all taken), both
   * with `Retry-After`. The route hands its import's work to {@link ImportSlots.holdUntil}.
   */
  take() {
    return (req: Request, res: Response, next: NextFunction) => {
      const { id } = signedInUser(req);
      if (this.busy.has(id)) {
        throw tooManyRequests(
          res,
          RETRY_AFTER_SECONDS * 1000,
          "import_in_progress",
          "One of your imports is still running.",
        );
      }
      if (this.busy.size >= this.capacity) {
        res.set("Retry-After", String(RETRY_AFTER_SECONDS));
        throw new HttpError(503, "import_busy", "Too many imports are running; try again soon.");
      }
      this.busy.add(id);
      res.once("close", () => {
        const work = (res.locals.importWork as Promise<unknown> | undefined) ?? Promise.resolve();
        void work.catch(() => {}).finally(() => this.busy.delete(id));
      });
      next();
    };
  }

  /** Keeps the caller's slot until `work` has settled, even if the request ends first. */
  holdUntil<T>(res: Response, work: Promise<T>): Promise<T> {
    res.locals.importWork = work;
    return work;
  }
}
