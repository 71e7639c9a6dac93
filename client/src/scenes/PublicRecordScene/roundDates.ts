import { toSupportedLanguage } from "../../i18n/index.ts";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;

/**
 * A date and time as it was on the clock of the round's time zone, with that zone's name:
 * "3 Maret 2026 pukul 09.00 WIB", "3 March 2026 at 09:00 GMT+7". A round's dates are the
 * drafters', so they are never shown in the reader's own zone. An unknown zone falls back to UTC.
 */
export function formatInTimeZone(iso: string, timeZone: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  };
  const locale = LOCALES[toSupportedLanguage(language)];
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
  }
}

/** The calendar date only, in the round's time zone: "3 March 2026". */
export function formatDateInTimeZone(iso: string, timeZone: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = LOCALES[toSupportedLanguage(language)];
  const options: Intl.DateTimeFormatOptions = { dateStyle: "long" };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
  }
}
