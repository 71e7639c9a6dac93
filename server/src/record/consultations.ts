import type { ConsultationQuery, ConsultationSummary } from "../../../shared/schemas/index.ts";
import type { Store, RoundRecord as StoredRound } from "../store/index.ts";
import type { FeedEntry } from "./atomFeed.ts";
import { isPublished, publicStatus } from "./publication.ts";
import { governmentBodyOf } from "./roundRecordBuilder.ts";

/** A document's published side: only what the public may see. */
interface PublishedConsultation {
  documentId: string;
  title: string;
  governmentBody: { id: string; name: string } | null;
  rounds: (StoredRound & { title: string; summary: string; updatedAt: string })[];
}

const latestOf = (times: (string | null | undefined)[]) =>
  times
    .filter((t): t is string => typeof t === "string")
    .sort()
    .at(-1) ?? "";

/** Every document with at least one published round, each with its published rounds only. */
async function publishedConsultations(store: Store, now: Date): Promise<PublishedConsultation[]> {
  const found: PublishedConsultation[] = [];
  for (const document of await store.documents.list()) {
    const rounds = (await store.rounds.list(document.id)).filter((r) => isPublished(r, now));
    if (rounds.length === 0) continue;
    const seals = await store.seals.list(document.id);
    const withVersions = [];
    let governmentBody: PublishedConsultation["governmentBody"] = null;
    for (const round of rounds) {
      const version = await store.versions.findById(round.versionId);
      if (round === rounds[0]) governmentBody = governmentBodyOf(version);
      const closedBySchedule = Date.parse(round.closesAt) <= now.getTime() ? round.closesAt : null;
      withVersions.push({
        ...round,
        title: version?.title ?? "",
        summary: version?.summary ?? "",
        updatedAt: latestOf([
          round.opensAt,
          round.closedAt ?? closedBySchedule,
          round.concludedAt,
          ...seals.filter((s) => s.roundNumber === round.number).map((s) => s.at),
        ]),
      });
    }
    found.push({
      documentId: document.id,
      title: document.title,
      governmentBody,
      rounds: withVersions,
    });
  }
  return found;
}

/** The year a time falls in, in the round's own time zone. */
function yearIn(iso: string, timeZone: string): number {
  try {
    return Number(
      new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(new Date(iso)),
    );
  } catch {
    return new Date(iso).getUTCFullYear();
  }
}

/** Whether every word of `q` occurs in the title (case- and accent-insensitive). */
function matchesWords(title: string, q: string | undefined): boolean {
  if (!q) return true;
  const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("id");
  const haystack = fold(title);
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * `GET /api/public/consultations`: published consultations, most recently active first, filtered
 * by words of the title (`q`), government body id (`body`), status and year (of the first round).
 */
export async function listConsultations(props: {
  store: Store;
  now: Date;
  query: ConsultationQuery;
}): Promise<ConsultationSummary[]> {
  const { query, now } = props;
  const summaries = (await publishedConsultations(props.store, now)).map((c) => {
    const first = c.rounds[0] as PublishedConsultation["rounds"][number];
    const latest = c.rounds.at(-1) as PublishedConsultation["rounds"][number];
    return {
      documentId: c.documentId,
      title: c.title,
      governmentBody: c.governmentBody,
      status: publicStatus(latest, now),
      year: yearIn(first.opensAt, first.timeZone),
      rounds: c.rounds.length,
      lastActivityAt: latestOf(c.rounds.map((r) => r.updatedAt)),
    };
  });
  return summaries
    .filter(
      (s) =>
        matchesWords(s.title, query.q) &&
        (query.body === undefined || s.governmentBody?.id === query.body) &&
        (query.status === undefined || s.status === query.status) &&
        (query.year === undefined || s.year === query.year),
    )
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

/** Every published round, as the Atom feed announces it. */
export async function feedEntries(props: { store: Store; now: Date }): Promise<FeedEntry[]> {
  return (await publishedConsultations(props.store, props.now)).flatMap((c) =>
    c.rounds.map((r) => ({
      documentId: c.documentId,
      documentTitle: c.title,
      governmentBody: c.governmentBody?.name ?? null,
      round: r.number,
      roundTitle: r.title,
      summary: r.summary,
      status: publicStatus(r, props.now),
      opensAt: r.opensAt,
      closesAt: r.closesAt,
      updatedAt: r.updatedAt,
    })),
  );
}
