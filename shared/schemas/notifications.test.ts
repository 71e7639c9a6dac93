import { describe, expect, it } from "vitest";
import { notificationPath } from "./notifications.ts";

describe("notificationPath", () => {
  it("leads to the round's page, or to the comment's thread", () => {
    expect(notificationPath({ documentId: "perda-parkir", round: 2, commentId: null })).toBe(
      "/documents/perda-parkir/rounds/2",
    );
    expect(notificationPath({ documentId: "perda-parkir", round: 1, commentId: "c1" })).toBe(
      "/documents/perda-parkir/rounds/1#comment-c1",
    );
    expect(notificationPath({ documentId: "perda parkir", round: null, commentId: "c/2" })).toBe(
      "/documents/perda%20parkir#comment-c%2F2",
    );
  });
});
