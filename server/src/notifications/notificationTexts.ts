import { type NotificationKind, notificationPath } from "../../../shared/schemas/notifications.ts";
import type { NotificationRecord, OutboxMail } from "../store/index.ts";

type Texts = Pick<
  NotificationRecord,
  "kind" | "documentId" | "round" | "commentId" | "title" | "summary" | "actorName"
>;

/** The longest a summary (a comment's or answer's first words) gets. */
const SUMMARY_LENGTH = 160;

/** The first words of a text, on one line, for a notification's summary. */
export function excerpt(text: string | null | undefined): string {
  const line = (text ?? "").replace(/\s+/g, " ").trim();
  return line.length <= SUMMARY_LENGTH ? line : `${line.slice(0, SUMMARY_LENGTH - 1)}…`;
}

/** One line saying what happened, in Indonesian and in English. */
function headline(n: Texts): { id: string; en: string } {
  const round = n.round ?? 0;
  const who = n.actorName ?? "";
  const lines: Record<NotificationKind, { id: string; en: string }> = {
    round_opened: {
      id: `Putaran konsultasi ${round} dibuka: ${n.title}`,
      en: `Consultation round ${round} opened: ${n.title}`,
    },
    round_closing: {
      id: `Putaran konsultasi ${round} ditutup dalam 24 jam: ${n.title}`,
      en: `Consultation round ${round} closes within 24 hours: ${n.title}`,
    },
    comment_answered: {
      id: `${who} menjawab komentar Anda pada ${n.title}`,
      en: `${who} answered your comment on ${n.title}`,
    },
    comment_received: {
      id: `Komentar baru dari ${who} pada ${n.title}`,
      en: `New comment from ${who} on ${n.title}`,
    },
  };
  return lines[n.kind];
}

const SIGN_OFF = {
  id: "Anda menerima e-mail ini karena memilih notifikasi langsung. Ubah pilihan di halaman Profil.",
  en: "You receive this e-mail because you chose immediate notifications. Change it on your Profile page.",
};

const DIGEST_SIGN_OFF = {
  id: "Ringkasan harian dari Rembuk. Ubah pilihan notifikasi di halaman Profil.",
  en: "Rembuk's daily digest. Change how you are notified on your Profile page.",
};

/** The e-mail queued for one notification of a person who chose `immediate`. */
export function notificationMail(n: Texts, to: string, publicUrl = ""): OutboxMail {
  const line = headline(n);
  const link = `${publicUrl}${notificationPath(n)}`;
  const summary = n.summary ? `\n\n"${n.summary}"` : "";
  return {
    to,
    subject: `Rembuk: ${line.id} / ${line.en}`,
    body: [
      `${line.id}${summary}\n\n${link}\n\n${SIGN_OFF.id}`,
      `${line.en}${summary}\n\n${link}\n\n${SIGN_OFF.en}`,
    ].join("\n\n-----\n\n"),
  };
}

/** The one daily e-mail listing notifications that arrived since the last digest. */
export function digestMail(items: readonly Texts[], to: string, publicUrl = ""): OutboxMail {
  const list = (language: "id" | "en") =>
    items.map((n) => `- ${headline(n)[language]}\n  ${publicUrl}${notificationPath(n)}`).join("\n");
  const count = items.length;
  return {
    to,
    subject: `Rembuk: ${count} notifikasi baru / ${count} new notification${count === 1 ? "" : "s"}`,
    body: [
      `${count} notifikasi baru sejak ringkasan terakhir:\n\n${list("id")}\n\n${DIGEST_SIGN_OFF.id}`,
      `${count} new notification${count === 1 ? "" : "s"} since the last digest:\n\n${list("en")}\n\n${DIGEST_SIGN_OFF.en}`,
    ].join("\n\n-----\n\n"),
  };
}
