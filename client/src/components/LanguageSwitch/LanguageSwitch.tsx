import { useTranslation } from "react-i18next";
import { rememberLanguage, SUPPORTED_LANGUAGES, toSupportedLanguage } from "../../i18n/index.ts";

/**
 * Switches between Bahasa Indonesia and English. Each option is written in its own language
 * (and marked with `lang`) so people can find theirs whatever the current language is.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => void rememberLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
