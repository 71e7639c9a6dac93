import { describe, expect, it } from "vitest";
import {
  buildAnswer,
  buildAuthorship,
  buildPublicComment,
} from "../../../shared/record/test/publicRecordFactory.ts";
import { commentStatistics, daysOpen, median } from "./statistics.ts";

const academic = buildAuthorship({
  id: "u-dosen",
  organisation: { id: "org-univ", name: "Universitas", kind: "academic" },
});

describe("statistics", () => {
  it("counts comments per organisation kind, response rate, dispositions and time to answer", () => {
    const comments = [
      buildPublicComment({
        id: "a",
        createdAt: "2026-03-01T00:00:00Z",
        answer: buildAnswer("accepted", "", "2026-03-01T10:00:00Z"),
      }),
      buildPublicComment({
        id: "b",
        author: academic,
        createdAt: "2026-03-01T00:00:00Z",
        answer: buildAnswer("not_accepted", "Tidak.", "2026-03-02T06:00:00Z"),
        kind: "suggestion",
        suggestion: {
          state: "accepted",
          by: { id: "u", name: "U" },
          at: "2026-03-03T00:00:00Z",
          reason: "",
        },
      }),
      buildPublicComment({ id: "c", author: buildAuthorship({ organisation: null }) }),
      // Hidden before anyone answered: needs no answer.
      buildPublicComment({ id: "d", status: "hidden", body: null }),
      buildPublicComment({ id: "r", parentId: "a", anchor: null }),
    ];
    const stats = commentStatistics(comments, 14);
    expect(stats).toMatchObject({
      comments: 4,
      replies: 1,
      commentsByOrganisationKind: { civil_society: 2, academic: 1, individual: 1, government: 0 },
      answered: 2,
      responseRate: 0.6667,
      dispositions: { accepted: 1, not_accepted: 1, partly_accepted: 0, noted: 0 },
      dispositionShares: { accepted: 0.5, not_accepted: 0.5, partly_accepted: 0, noted: 0 },
      suggestionsAccepted: 1,
      medianHoursToAnswer: 20,
      daysOpen: 14,
    });
  });

  it("has no rates when there is nothing to rate", () => {
    const stats = commentStatistics([], 0);
    expect(stats.responseRate).toBeNull();
    expect(stats.medianHoursToAnswer).toBeNull();
    expect(stats.dispositionShares.accepted).toBeNull();
  });

  it("counts days open until closing, closesAt or now", () => {
    const round = { opensAt: "2026-03-01T00:00:00Z", closesAt: "2026-03-15T00:00:00Z" };
    expect(daysOpen({ ...round, closedAt: "2026-03-11T12:00:00Z" }, new Date("2026-05-01"))).toBe(
      10.5,
    );
    expect(daysOpen({ ...round, closedAt: null }, new Date("2026-05-01"))).toBe(14);
    expect(daysOpen({ ...round, closedAt: null }, new Date("2026-03-03T00:00:00Z"))).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
