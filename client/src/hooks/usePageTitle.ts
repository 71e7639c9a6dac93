import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the browser tab title to "<title> – Rembuk", so screen-reader users hear where they are. */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  const appName = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
