import { toSupportedLanguage } from "./index.ts";

const LOCALES = { id: "id-ID", en: "en-GB" } as const;

/**
 * Formats an ISO timestamp as a long date with time in the interface language, e.g.
 * "27 November 2025 at 21:00" or "27 November 2025 pukul 21.00". Returns the input unchanged if
 * it is not a date.
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[toSupportedLanguage(language)], {
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
}
