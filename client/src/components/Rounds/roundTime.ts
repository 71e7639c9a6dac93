import { toSupportedLanguage } from "../../i18n/index.ts";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;

/** Indonesia's zones by the names people use for them, whatever the interface language. */
const INDONESIAN_ZONES: Readonly<Record<string, string>> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** The time zones a drafter picks from when opening a round, Indonesia's first. */
export const ROUND_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"] as const;

/** `timeZone` when the browser knows it, else UTC, so an unknown zone shows a time instead of failing. */
function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** A zone as a reader recognises it: "WIB (Asia/Jakarta)", "GMT+1 (Europe/Amsterdam)". */
export function zoneLabel(timeZone: string, language: string): string {
  const short =
    INDONESIAN_ZONES[timeZone] ??
    new Intl.DateTimeFormat(LOCALES[toSupportedLanguage(language)], {
      timeZone,
      timeZoneName: "short",
    })
      .formatToParts(new Date())
      .find((part) => part.type === "timeZoneName")?.value;
  return short && short !== timeZone ? `${short} (${timeZone})` : timeZone;
}

/**
 * A moment of a round in the round's own time zone, saying the zone — "12 Des 2026, 17.00 WIB
 * (Asia/Jakarta)" — so a reviewer in Makassar and a drafter in Jakarta read the same deadline.
 * Used wherever a round's dates are shown, the public record included; an unknown zone falls
 * back to UTC.
 */
export function formatInZone(iso: string, timeZone: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = knownZone(timeZone);
  const formatted = new Intl.DateTimeFormat(LOCALES[toSupportedLanguage(language)], {
    timeZone: zone,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
  return `${formatted} ${zoneLabel(zone, language)}`;
}

/**
 * The ISO instant of a wall-clock time ("2026-12-12T17:00", as a datetime-local field gives it)
 * in `timeZone`: what a drafter means by "closes at 17:00 WIB" whatever their computer's zone.
 * Null when the text is not a date and time.
 */
export function instantInZone(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at that moment, found from how the zone reads the UTC instant; a second
  // pass settles the rare case where the offset changes between the two (daylight saving).
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

type WallClockPart = "year" | "month" | "day" | "hour" | "minute" | "second";

/** What the clock on the wall reads in `timeZone` at `instant`, zero-padded: "2026", "03", "09". */
function wallClock(instant: number, timeZone: string): Record<WallClockPart, string> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: WallClockPart) => parts.find((part) => part.type === type)?.value ?? "00";
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far ahead of UTC `timeZone` is at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const wall = Date.UTC(
    Number(clock.year),
    Number(clock.month) - 1,
    Number(clock.day),
    Number(clock.hour),
    Number(clock.minute),
    Number(clock.second),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock time in `timeZone` as a datetime-local field shows it, `days` from now. */
export function localInZone(timeZone: string, days = 0, hour?: number): string {
  const clock = wallClock(Date.now() + days * 86_400_000, timeZone);
  const time =
    hour === undefined ? `${clock.hour}:${clock.minute}` : `${String(hour).padStart(2, "0")}:00`;
  return `${clock.year}-${clock.month}-${clock.day}T${time}`;
}
