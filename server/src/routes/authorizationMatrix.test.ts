import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PassageAnchor } from "../../../shared/schemas/index.ts";
import { invitationCreator } from "../commands/invitationCreator.ts";
import type { JSONContent } from "@tiptap/core";
import { buildAnchor, buildVersionAnchor, seedDraftText } from "../test/anchors.ts";
import { buildApp, buildStore, buildUser } from "../test/factories.ts";
import { type ApiCaller, startApi } from "../test/httpClient.ts";
import { pdfBytes } from "../test/pdf.ts";
import { listRoutes, routeKey } from "./routeList.ts";

type Persona =
  | "anonymous"
  | "observer"
  | "reviewer"
  | "drafter"
  | "owner"
  | "administrator"
  | "outsider";
const PERSONAS: Persona[] = [
  "anonymous",
  "observer",
  "reviewer",
  "drafter",
  "owner",
  "administrator",
  "outsider",
];

interface Row {
  route: string;
  body?: unknown | ((persona: Persona) => unknown);
  headers?: Record<string, string>;
  /** Expected status per persona, in the order of PERSONAS. */
  expect: [number, number, number, number, number, number, number];
}

/**
 * Every route × every persona → the status the server must answer. `:doc` is a
 * draft where observer, reviewer, drafter and owner hold those roles; the
 * outsider is signed in (a member of another organisation) with no role on it.
 */
const PASSWORD = "kata-sandi-yang-panjang";

/** The matrix draft's text; each persona that may comment does so on its own passage. */
const PARAGRAPHS = [
  "Tarif parkir ditetapkan oleh Wali Kota.",
  "Retribusi disetor ke kas daerah.",
  "Juru parkir memakai seragam.",
  "Pelanggaran dikenai denda.",
  "Peraturan ini berlaku sejak diundangkan.",
];
const PASSAGES: Partial<Record<Persona, string>> = {
  reviewer: "Pelanggaran",
  drafter: "dikenai denda",
  owner: "berlaku sejak",
};
const anchors: Partial<Record<Persona, PassageAnchor>> = {};
/** Where each persona that may comment on round 1's version does so. */
let versionAnchor: { from: number; to: number; quote: string } | undefined;
/** Round 1 of `:doc`, open to every verified organisation (the outsider belongs to one). */
const ROUND = {
  title: "Rancangan Perda — konsultasi 1",
  summary: "Versi pertama untuk konsultasi publik.",
  closesAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
  audience: "open",
};

const MATRIX: Row[] = [
  { route: "GET /api/health", expect: [200, 200, 200, 200, 200, 200, 200] },
  { route: "GET /api/me", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "PATCH /api/me",
    body: { affiliation: "LSM Tata Kota" },
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  { route: "GET /api/me/notifications", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/me/notifications/read",
    body: { all: true },
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  { route: "GET /api/me/notification-settings", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "PATCH /api/me/notification-settings",
    body: { delivery: "immediate" },
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  { route: "GET /api/documents", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/documents",
    body: { title: "Rancangan baru" },
    expect: [401, 403, 403, 201, 201, 201, 403],
  },
  { route: "GET /api/documents/:doc", expect: [401, 200, 200, 200, 200, 200, 404] },
  { route: "GET /api/documents/:doc/roles", expect: [401, 403, 403, 200, 200, 403, 404] },
  {
    route: "PUT /api/documents/:doc/roles/:person",
    body: { role: "observer" },
    expect: [401, 403, 403, 403, 200, 403, 404],
  },
  { route: "GET /api/documents/:doc/invitations", expect: [401, 403, 403, 403, 200, 403, 404] },
  {
    route: "POST /api/documents/:doc/invitations",
    body: { email: "baru@example.test", role: "reviewer" },
    expect: [401, 403, 403, 403, 201, 403, 404],
  },
  { route: "POST /api/documents/import", expect: [401, 403, 403, 400, 400, 400, 403] },
  { route: "GET /api/documents/:doc/export.docx", expect: [401, 403, 403, 409, 409, 403, 404] },
  { route: "GET /api/documents/:doc/print", expect: [401, 403, 403, 409, 409, 403, 404] },
  { route: "GET /api/organisations", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/organisations",
    body: { name: "Forum Warga", kind: "community" },
    expect: [401, 201, 201, 201, 201, 201, 201],
  },
  { route: "GET /api/admin/users", expect: [401, 403, 403, 403, 403, 200, 403] },
  { route: "GET /api/admin/integrity-alerts", expect: [401, 403, 403, 403, 403, 200, 403] },
  {
    route: "POST /api/admin/organisations/:org/verification",
    body: { verified: true },
    expect: [401, 403, 403, 403, 403, 200, 403],
  },
  { route: "GET /api/setup", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/setup",
    body: { token: "x", email: "a@x.test", password: "kata-sandi-panjang", name: "A" },
    expect: [409, 409, 409, 409, 409, 409, 409],
  },
  { route: "GET /api/openapi.json", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/auth/login",
    body: (p: Persona) => ({ email: `${p}@x.test`, password: PASSWORD }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  { route: "GET /api/organisations/:org", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/admin/users",
    body: (p: Persona) => ({ email: `new-${p}@x.test`, name: "Baru", password: PASSWORD }),
    expect: [401, 403, 403, 403, 403, 201, 403],
  },
  {
    route: "PATCH /api/admin/users/:person",
    body: { disabled: false },
    expect: [401, 403, 403, 403, 403, 200, 403],
  },
  {
    route: "POST /api/admin/organisations/:org/members",
    body: { email: "observer@x.test" },
    expect: [401, 403, 403, 403, 403, 204, 403],
  },
  {
    route: "DELETE /api/admin/organisations/:org/members/:extra",
    expect: [401, 403, 403, 403, 403, 204, 403],
  },
  { route: "DELETE /api/documents/:doc/roles/:extra", expect: [401, 403, 403, 403, 204, 403, 404] },
  {
    route: "DELETE /api/documents/:doc/invitations/:invitation",
    expect: [401, 403, 403, 403, 204, 403, 404],
  },
  { route: "GET /api/invitations/:token", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/invitations/:token/accept",
    body: { name: "Warga Baru", password: PASSWORD },
    expect: [200, 410, 410, 410, 410, 410, 410],
  },
  { route: "GET /api/documents/:doc/comments", expect: [401, 200, 200, 200, 200, 200, 404] },
  {
    route: "POST /api/documents/:doc/comments",
    body: (p: Persona) => ({ body: "Komentar", anchor: anchors[p] ?? anchors.reviewer }),
    expect: [401, 403, 201, 201, 201, 403, 404],
  },
  {
    route: "POST /api/documents/:doc/comments/:comment/replies",
    body: { body: "Balasan" },
    expect: [401, 403, 201, 201, 201, 403, 404],
  },
  {
    route: "PATCH /api/documents/:doc/comments/:comment",
    body: { body: "Diubah penulisnya" },
    expect: [401, 403, 200, 403, 403, 403, 404],
  },
  {
    route: "GET /api/documents/:doc/comments/:comment/revisions",
    expect: [401, 200, 200, 200, 200, 200, 404],
  },
  {
    route: "GET /api/documents/:doc/comments/:comment",
    expect: [401, 200, 200, 200, 200, 200, 404],
  },
  {
    route: "GET /api/documents/:doc/comments/:comment/replies",
    expect: [401, 200, 200, 200, 200, 200, 404],
  },
  {
    route: "PUT /api/documents/:doc/comments/:comment/answer",
    body: { disposition: "noted", explanation: "Dicatat." },
    expect: [401, 403, 403, 200, 200, 403, 404],
  },
  {
    route: "POST /api/documents/:doc/comments/:suggestion/accept",
    expect: [401, 403, 403, 200, 409, 403, 404],
  },
  {
    route: "POST /api/documents/:doc/comments/:declinable/decline",
    body: { reason: "Tidak sesuai kewenangan." },
    expect: [401, 403, 403, 200, 409, 403, 404],
  },
  {
    route: "POST /api/documents/:doc/comments/:comment/attachments",
    body: pdfBytes(),
    headers: { "content-type": "application/pdf" },
    expect: [401, 403, 201, 403, 403, 403, 404],
  },
  {
    route: "GET /api/documents/:doc/attachments/:attachment",
    expect: [401, 200, 200, 200, 200, 200, 404],
  },
  {
    route: "POST /api/documents/:doc/comments/:victim/moderation",
    body: { reason: "spam", note: "Iklan." },
    expect: [401, 403, 403, 403, 403, 200, 404],
  },
  { route: "GET /api/documents/:doc/moderation-log", expect: [401, 200, 200, 200, 200, 200, 404] },
  { route: "GET /api/documents/:doc/events", expect: [401, 200, 200, 200, 200, 200, 404] },
  // The public record: the same for everyone; the matrix draft has no published round.
  { route: "GET /api/public/consultations", expect: [200, 200, 200, 200, 200, 200, 200] },
  {
    route: "GET /api/public/consultations/:doc/record",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "GET /api/public/consultations/:doc/comments.csv",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "GET /api/public/consultations/:doc/rounds/:round/dim",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  {
    route: "GET /api/public/consultations/:doc/attachments/:attachment",
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  { route: "GET /public/feed.xml", expect: [200, 200, 200, 200, 200, 200, 200] },
  // A person's public profile (name history included) is open to anyone who reads their comments.
  { route: "GET /api/people/:person", expect: [200, 200, 200, 200, 200, 200, 200] },
  // Consultation rounds, on a second draft with the same roles (`:rdoc`), whose round 1 is open
  // to every verified organisation: the outsider (member of the verified NGO) takes part without
  // a role, and so does the observer (made a member of it above), who cannot comment otherwise.
  {
    route: "POST /api/documents/:rdoc/rounds",
    body: ROUND,
    expect: [401, 403, 403, 409, 409, 403, 404],
  },
  { route: "GET /api/documents/:rdoc/rounds", expect: [401, 200, 200, 200, 200, 200, 200] },
  { route: "GET /api/documents/:rdoc/rounds/:rround", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "GET /api/documents/:rdoc/rounds/:rround/comments",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "POST /api/documents/:rdoc/rounds/:rround/comments",
    body: () => ({ body: "Catatan atas versi", anchor: versionAnchor }),
    expect: [401, 201, 201, 201, 201, 403, 201],
  },
  {
    route: "POST /api/documents/:rdoc/comments/:rcomment/replies",
    body: { body: "Balasan dalam putaran" },
    expect: [401, 201, 201, 201, 201, 403, 201],
  },
  {
    route: "PATCH /api/documents/:rdoc/comments/:rcomment",
    body: { body: "Diubah penulisnya" },
    expect: [401, 403, 200, 403, 403, 403, 403],
  },
  {
    route: "GET /api/documents/:rdoc/comments/:rcomment/revisions",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "GET /api/documents/:rdoc/comments/:rcomment",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "GET /api/documents/:rdoc/comments/:rcomment/replies",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "GET /api/documents/:rdoc/rounds/:rround/moderation-log",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "GET /api/documents/:rdoc/rounds/:rround/events",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "POST /api/documents/:rdoc/rounds/:rround/conclusion",
    body: { conclusion: "Selesai." },
    expect: [401, 403, 403, 409, 409, 403, 403],
  },
  { route: "GET /api/documents/:rdoc/versions", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "GET /api/documents/:rdoc/versions/:rround",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  // `:rdoc` is a free draft: whoever may read its version learns only that it has no Word layout.
  {
    route: "GET /api/documents/:rdoc/versions/:rround/export.docx",
    expect: [401, 409, 409, 409, 409, 409, 409],
  },
  {
    route: "GET /api/documents/:rdoc/versions/:rround/print",
    expect: [401, 409, 409, 409, 409, 409, 409],
  },
  {
    route: "GET /api/documents/:rdoc/diff?from=1&to=1",
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  {
    route: "GET /api/documents/:rdoc/diff?from=1&to=live",
    expect: [401, 403, 403, 200, 200, 403, 403],
  },
  {
    route: "POST /api/documents/:rdoc/versions/:rround/restore",
    expect: [401, 403, 403, 200, 200, 403, 404],
  },
  { route: "GET /api/rounds/open", expect: [401, 200, 200, 200, 200, 200, 200] },
  {
    route: "POST /api/documents/:rdoc/rounds/:rround/close",
    body: { reason: "Ditutup lebih awal." },
    expect: [401, 403, 403, 200, 409, 403, 403],
  },
  // Last: these end sessions.
  { route: "POST /api/auth/logout-everywhere", expect: [401, 204, 204, 204, 204, 204, 204] },
  { route: "POST /api/auth/logout", expect: [204, 204, 204, 204, 204, 204, 204] },
];

describe("authorization matrix", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let api: Awaited<ReturnType<typeof startApi>>;
  const callers = {} as Record<Persona, ApiCaller>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    store = await buildStore();
    api = await startApi(store);
    const now = new Date().toISOString();
    await store.organisations.insert({
      id: "pemkot",
      name: "Pemerintah Kota",
      kind: "government",
      verifiedAt: now,
      verifiedBy: null,
      createdAt: now,
    });
    await store.organisations.insert({
      id: "lsm",
      name: "LSM Lain",
      kind: "civil_society",
      verifiedAt: now,
      verifiedBy: null,
      createdAt: now,
    });
    const people: Record<Exclude<Persona, "anonymous">, { id: string }> = {
      observer: await buildUser(store, { email: "observer@x.test" }),
      reviewer: await buildUser(store, { email: "reviewer@x.test", organisationId: "lsm" }),
      drafter: await buildUser(store, { email: "drafter@x.test", organisationId: "pemkot" }),
      owner: await buildUser(store, { email: "owner@x.test", organisationId: "pemkot" }),
      administrator: await buildUser(store, { email: "administrator@x.test", isAdmin: true }),
      outsider: await buildUser(store, { email: "outsider@x.test", organisationId: "lsm" }),
    };
    callers.anonymous = api.anonymous;
    for (const persona of PERSONAS.filter((p) => p !== "anonymous")) {
      callers[persona] = await api.signIn(`${persona}@x.test`);
    }
    const created = await (
      await callers.owner.request("POST", "/api/documents", { title: "Rancangan Perda" })
    ).json();
    ids[":doc"] = created.id;
    ids[":person"] = people.observer.id;
    ids[":org"] = "lsm";
    ids[":round"] = "1";
    const extra = await buildUser(store, { email: "extra@x.test" });
    ids[":extra"] = extra.id;
    const grants = [
      [people.observer.id, "observer"],
      [people.reviewer.id, "reviewer"],
      [people.drafter.id, "drafter"],
      [extra.id, "observer"],
    ] as const;
    for (const [userId, role] of grants) {
      await store.roles.put({
        documentId: created.id,
        userId,
        role,
        grantedBy: null,
        grantedAt: now,
      });
    }
    await seedComments(created.id);
    await seedRound(people);
    const document = await store.documents.find(created.id);
    const owner = await store.users.findByEmail("owner@x.test");
    if (!document || !owner) throw new Error("setup failed");
    const invite = (email: string) =>
      invitationCreator({ store, document, inviter: owner, email, role: "reviewer", baseUrl: "" });
    ids[":invitation"] = (await invite("pending@x.test")).invitation.id;
    ids[":token"] = (await invite("newbie@x.test")).link.split("/").at(-1) ?? "";
  });
  /** The matrix draft's text, and a comment, two suggestions and an attachment on it. */
  async function seedComments(documentId: string) {
    await seedDraftText(store, documentId, PARAGRAPHS);
    const reviewer = callers.reviewer;
    const comment = async (quote: string, extra: Record<string, unknown> = {}) => {
      const anchor = await buildAnchor(store, documentId, quote);
      const res = await reviewer.request("POST", `/api/documents/${documentId}/comments`, {
        body: "Catatan",
        anchor,
        ...extra,
      });
      if (res.status !== 201) throw new Error(`seeding a comment failed: ${await res.text()}`);
      return (await res.json()).id as string;
    };
    ids[":comment"] = await comment("Tarif parkir");
    ids[":suggestion"] = await comment("kas daerah", {
      kind: "suggestion",
      proposedText: "kas umum daerah",
    });
    ids[":declinable"] = await comment("seragam", { kind: "suggestion", proposedText: "rompi" });
    ids[":victim"] = await comment("Wali Kota");
    const upload = await reviewer.request(
      "POST",
      `/api/documents/${documentId}/comments/${ids[":comment"]}/attachments?name=kajian.pdf`,
      pdfBytes(),
      { "content-type": "application/pdf" },
    );
    ids[":attachment"] = (await upload.json()).id;
    for (const [persona, quote] of Object.entries(PASSAGES)) {
      anchors[persona as Persona] = await buildAnchor(store, documentId, quote);
    }
  }

  /**
   * A second draft with the same roles and text, round 1 open on it, and a reviewer's comment on
   * its version (the first draft stays without a published round for the public-record rows).
   */
  async function seedRound(people: Record<"observer" | "reviewer" | "drafter", { id: string }>) {
    const created = await (
      await callers.owner.request("POST", "/api/documents", { title: "Rancangan Perda Konsultasi" })
    ).json();
    const documentId = created.id as string;
    ids[":rdoc"] = documentId;
    for (const [persona, role] of [
      ["observer", "observer"],
      ["reviewer", "reviewer"],
      ["drafter", "drafter"],
    ] as const) {
      await store.roles.put({
        documentId,
        userId: people[persona].id,
        role,
        grantedBy: null,
        grantedAt: new Date().toISOString(),
      });
    }
    await seedDraftText(store, documentId, PARAGRAPHS);
    const base = `/api/documents/${documentId}/rounds`;
    const opened = await callers.owner.request("POST", base, ROUND);
    if (opened.status !== 201) throw new Error(`opening a round failed: ${await opened.text()}`);
    ids[":rround"] = "1";
    const detail = await (await callers.owner.request("GET", `${base}/1`)).json();
    const content = detail.content.content as JSONContent;
    versionAnchor = buildVersionAnchor(content, "Juru parkir");
    const res = await callers.reviewer.request("POST", `${base}/1/comments`, {
      body: "Catatan atas versi 1",
      anchor: buildVersionAnchor(content, "Retribusi"),
    });
    if (res.status !== 201) throw new Error(`seeding a round comment failed: ${await res.text()}`);
    ids[":rcomment"] = (await res.json()).id;
  }

  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it("answers every refusal with an error id and no stack trace", async () => {
    const res = await callers.outsider.request("GET", `/api/documents/${ids[":doc"]}/roles`);
    const body = await res.text();
    expect(JSON.parse(body).error.id).toBe("document_not_found");
    expect(body).not.toContain("at ");
  });

  for (const row of MATRIX) {
    it.each(PERSONAS.map((persona, i) => [persona, row.expect[i]] as const))(
      `${row.route} as %s → %i`,
      async (persona, status) => {
        const [method = "GET", template = ""] = row.route.split(" ");
        const path = template.replace(/:[a-z]+/g, (key) => ids[key] ?? key);
        const body = typeof row.body === "function" ? row.body(persona) : row.body;
        const res = await callers[persona].request(method, path, body, row.headers);
        // An event stream stays open: let go of it (and of every other body) once answered.
        await res.body?.cancel();
        expect(res.status).toBe(status);
      },
    );
  }

  it("has a row for every route the app registers", () => {
    const rows = new Set(
      MATRIX.map((row) => {
        const [method = "", path = ""] = row.route.split(" ");
        return routeKey(method, path.split("?")[0] ?? path);
      }),
    );
    const missing = listRoutes(buildApp(store))
      .map((r) => routeKey(r.method, r.path))
      .filter((key) => !rows.has(key));
    expect(missing).toEqual([]);
  });
});
