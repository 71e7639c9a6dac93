import type { DocumentRole } from "../../../shared/permissions.ts";
import type { CommentThread } from "../../../shared/schemas/index.ts";
import { buildAnchor, seedDraftText } from "./anchors.ts";
import { buildDocument, buildStore, buildUser, type RoundWiring } from "./factories.ts";
import { type ApiCaller, startApi } from "./httpClient.ts";

/** The text of the draft every comment test starts from. */
export const DRAFT_PARAGRAPHS = [
  "Pasal 1 Tarif parkir di tepi jalan umum ditetapkan oleh Wali Kota.",
  "Pasal 2 Retribusi parkir disetor ke kas daerah paling lambat 1 x 24 jam.",
  "Pasal 3 Juru parkir wajib memakai seragam dan tanda pengenal.",
];

/**
 * A free draft in consultation with everyone a comment test needs, served over real HTTP:
 * its owner and a drafter (of the city government), two reviewers (of an NGO, one with a
 * declared interest), an observer and an administrator. `close` tears it all down.
 */
export async function buildCommentScene(wiring: Partial<RoundWiring> = {}) {
  const store = await buildStore();
  const api = await startApi(store, wiring);
  const now = new Date().toISOString();
  await store.organisations.insert({
    id: "pemkot",
    name: "Pemerintah Kota Bandung",
    kind: "government",
    verifiedAt: now,
    verifiedBy: null,
    createdAt: now,
  });
  await store.organisations.insert({
    id: "lsm",
    name: "LSM Transportasi Warga",
    kind: "civil_society",
    verifiedAt: now,
    verifiedBy: null,
    createdAt: now,
  });
  const documentId = await buildDocument(store, "perda-parkir", "Rancangan Perda Parkir");
  await seedDraftText(store, documentId, DRAFT_PARAGRAPHS);
  const people = {
    owner: await buildUser(store, {
      email: "owner@x.test",
      name: "Budi",
      organisationId: "pemkot",
    }),
    drafter: await buildUser(store, {
      email: "drafter@x.test",
      name: "Dewi",
      organisationId: "pemkot",
    }),
    reviewer: await buildUser(store, {
      email: "reviewer@x.test",
      name: "Siti",
      organisationId: "lsm",
    }),
    otherReviewer: await buildUser(store, { email: "reviewer2@x.test", name: "Agus" }),
    observer: await buildUser(store, { email: "observer@x.test", name: "Rina" }),
    admin: await buildUser(store, { email: "admin@x.test", name: "Admin", isAdmin: true }),
  };
  await store.users.updateProfile(people.reviewer.id, { interests: "Pengurus koperasi parkir" });
  const roles: [keyof typeof people, DocumentRole][] = [
    ["owner", "owner"],
    ["drafter", "drafter"],
    ["reviewer", "reviewer"],
    ["otherReviewer", "reviewer"],
    ["observer", "observer"],
  ];
  for (const [person, role] of roles) {
    await store.roles.put({
      documentId,
      userId: people[person].id,
      role,
      grantedBy: null,
      grantedAt: now,
    });
  }
  const as = {} as Record<keyof typeof people, ApiCaller>;
  for (const person of Object.keys(people) as (keyof typeof people)[]) {
    as[person] = await api.signIn(people[person].email);
  }
  const base = `/api/documents/${documentId}`;

  /** Comments on the passage `quote` as `caller`; extra fields go into the body. */
  async function comment(
    caller: ApiCaller,
    quote: string,
    body = "Mohon tarif dibedakan per zona.",
    extra: Record<string, unknown> = {},
  ) {
    const anchor = await buildAnchor(store, documentId, quote);
    return caller.request("POST", `${base}/comments`, { body, anchor, ...extra });
  }

  /** Like `comment`, expecting success, with the created thread. */
  async function commented(
    caller: ApiCaller,
    quote: string,
    body?: string,
    extra?: Record<string, unknown>,
  ): Promise<CommentThread> {
    const res = await comment(caller, quote, body, extra);
    if (res.status !== 201) throw new Error(`comment failed: ${res.status} ${await res.text()}`);
    return res.json();
  }

  return {
    store,
    api,
    documentId,
    base,
    people,
    as,
    comment,
    commented,
    async close() {
      await api.close();
      await store.cleanup();
    },
  };
}
