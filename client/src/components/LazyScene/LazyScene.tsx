import { type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";

/**
 * Shows a screen whose code is downloaded only when it is first opened (the editor and the
 * comparison are large), with the screen's own calm loading line meanwhile.
 */
export function LazyScene({ loadingKey, children }: { loadingKey: string; children: ReactNode }) {
  return <Suspense fallback={<LazySceneLoading loadingKey={loadingKey} />}>{children}</Suspense>;
}

function LazySceneLoading({ loadingKey }: { loadingKey: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="body muted">
      {t(loadingKey)}
    </p>
  );
}
