import { describe, expect, it } from "vitest";
import {
  type ConnectionFacts,
  deriveConnectionState,
  deriveSaveState,
  OFFLINE_AFTER_FAILED_ATTEMPTS,
} from "./status.ts";

const online: ConnectionFacts = {
  browserOnline: true,
  socketOpen: true,
  synced: true,
  everSynced: true,
  failedAttempts: 0,
};

describe("deriveConnectionState", () => {
  it("is connected only when the socket is open and synced", () => {
    expect(deriveConnectionState(online)).toBe("connected");
    expect(deriveConnectionState({ ...online, synced: false, everSynced: false })).toBe(
      "connecting",
    );
  });

  it("says reconnecting after a lost connection, offline after repeated failures", () => {
    const lost = { ...online, socketOpen: false, synced: false };
    expect(deriveConnectionState(lost)).toBe("reconnecting");
    expect(deriveConnectionState({ ...lost, failedAttempts: OFFLINE_AFTER_FAILED_ATTEMPTS })).toBe(
      "offline",
    );
  });

  it("trusts the browser when it reports being offline", () => {
    expect(deriveConnectionState({ ...online, browserOnline: false })).toBe("offline");
  });
});

describe("deriveSaveState", () => {
  const clean = { dirty: false, keptLocally: true, everConfirmed: true };

  it("shows saved only after a confirmation", () => {
    expect(deriveSaveState(clean, "connected")).toBe("saved");
    expect(deriveSaveState({ ...clean, everConfirmed: false }, "connected")).toBe("unknown");
  });

  it("is saving while connected with pending changes", () => {
    expect(deriveSaveState({ ...clean, dirty: true }, "connected")).toBe("saving");
  });

  it("says changes are kept on this device only once they are written there", () => {
    expect(deriveSaveState({ ...clean, dirty: true }, "offline")).toBe("unsavedOffline");
    expect(deriveSaveState({ ...clean, dirty: true, keptLocally: false }, "offline")).toBe(
      "saving",
    );
  });
});
