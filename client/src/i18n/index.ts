import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import id from "./id.json";
import enNotifications from "./notifications.en.json";
import idNotifications from "./notifications.id.json";
import enPublic from "./public.en.json";
import idPublic from "./public.id.json";

/** Languages the interface is translated into, in the order the switch shows them. */
export const SUPPORTED_LANGUAGES = ["id", "en"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** localStorage key holding the language a person picked with the switch. */
export const LANGUAGE_STORAGE_KEY = "rembuk-language";

/**
 * Starts i18next: a language picked earlier wins, otherwise the browser's language, otherwise
 * English. Detection never writes to storage — only an explicit choice is remembered
 * (see {@link rememberLanguage}), so the interface keeps following the browser until then.
 */
export function initI18n(): typeof i18n {
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        en: { translation: { ...en, public: enPublic, notifications: enNotifications } },
        id: { translation: { ...id, public: idPublic, notifications: idNotifications } },
      },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      detection: {
        order: ["localStorage", "navigator"],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [],
      },
    });
  const applyDocumentLanguage = (language: string) => {
    document.documentElement.lang = toSupportedLanguage(language);
  };
  applyDocumentLanguage(i18n.resolvedLanguage ?? i18n.language);
  i18n.on("languageChanged", applyDocumentLanguage);
  return i18n;
}

/** Maps any language tag (`id-ID`, `en-GB`) to one the interface supports. */
export function toSupportedLanguage(language: string | undefined): SupportedLanguage {
  const base = language?.split("-")[0];
  return base === "id" ? "id" : "en";
}

/** Switches the interface language and remembers the choice on this device. */
export async function rememberLanguage(language: SupportedLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, quota); the switch still works for this visit.
  }
  await i18n.changeLanguage(language);
}
