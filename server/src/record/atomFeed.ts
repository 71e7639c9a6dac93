import type { ConsultationStatus } from "../../../shared/schemas/index.ts";

/** One published round as the feed announces it. */
export interface FeedEntry {
  documentId: string;
  documentTitle: string;
  governmentBody: string | null;
  round: number;
  roundTitle: string;
  summary: string;
  status: ConsultationStatus;
  opensAt: string;
  closesAt: string;
  /** When the round last changed (opened, closed, concluded, sealed). */
  updatedAt: string;
}

/** Whether XML 1.0 can carry a code point at all (controls and lone surrogates it cannot). */
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** Escapes text for XML content and attribute values; what XML cannot carry is dropped. */
export function escapeXml(text: string): string {
  return [...text]
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join("")
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STATUS_WORDS: Record<ConsultationStatus, string> = {
  open: "open for comment",
  closed: "closed, answers being given",
  concluded: "concluded",
};

/**
 * The Atom 1.0 feed of published consultation rounds (`/public/feed.xml`), newest change first,
 * so the public can follow new consultations in any feed reader. `base` is the app's own URL.
 */
export function renderAtomFeed(entries: FeedEntry[], base: string, now: Date): string {
  const sorted = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const updated = sorted[0]?.updatedAt ?? now.toISOString();
  const items = sorted.map((e) => {
    const record = `${base}/api/public/consultations/${encodeURIComponent(e.documentId)}/record`;
    const dim = `${base}/api/public/consultations/${encodeURIComponent(e.documentId)}/rounds/${e.round}/dim`;
    const body = e.governmentBody ? ` — ${e.governmentBody}` : "";
    const text = `${e.summary}\n\n${STATUS_WORDS[e.status]}; ${e.opensAt} – ${e.closesAt}`;
    return `  <entry>
    <id>${escapeXml(`${record}#round-${e.round}`)}</id>
    <title>${escapeXml(`${e.documentTitle}: ${e.roundTitle} (round ${e.round})${body}`)}</title>
    <updated>${escapeXml(e.updatedAt)}</updated>
    <published>${escapeXml(e.opensAt)}</published>
    <link rel="alternate" type="application/json" href="${escapeXml(record)}"/>
    <link rel="related" type="text/html" href="${escapeXml(dim)}"/>
    <category term="${e.status}"/>
    <summary type="text">${escapeXml(text)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${base}/public/feed.xml`)}</id>
  <title>Rembuk — public consultations</title>
  <updated>${escapeXml(updated)}</updated>
  <author><name>Rembuk</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${base}/public/feed.xml`)}"/>
${items.join("\n")}
</feed>
`;
}
