import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PRESENCE_LIMITS } from "../../../shared/protocol/index.ts";
import { PresenceThrottle } from "./presenceThrottle.ts";

describe("presence throttle", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs a socket's changes up to the rate, then only its latest one in the next window", async () => {
    const throttle = new PresenceThrottle();
    const ran: number[] = [];
    const burst = PRESENCE_LIMITS.changesPerWindow + 10;
    for (let i = 1; i <= burst; i++) throttle.admit("socket", () => ran.push(i));
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toHaveLength(PRESENCE_LIMITS.changesPerWindow);
    await vi.advanceTimersByTimeAsync(PRESENCE_LIMITS.windowSeconds * 1000 + 10);
    expect(ran.slice(PRESENCE_LIMITS.changesPerWindow)).toEqual([burst]);
  });

  it("counts each socket on its own, and forgets what a socket that left had waiting", async () => {
    const throttle = new PresenceThrottle();
    const ran: string[] = [];
    for (let i = 0; i <= PRESENCE_LIMITS.changesPerWindow; i++) {
      throttle.admit("leaving", () => ran.push("leaving"));
    }
    throttle.admit("staying", () => ran.push("staying"));
    await vi.advanceTimersByTimeAsync(0);
    throttle.forget("leaving");
    await vi.advanceTimersByTimeAsync(PRESENCE_LIMITS.windowSeconds * 1000 + 10);
    expect(ran.filter((who) => who === "leaving")).toHaveLength(PRESENCE_LIMITS.changesPerWindow);
    expect(ran).toContain("staying");
  });
});
