import { useTranslation } from "react-i18next";
import { Link } from "react-router";

interface CompareLinksProps {
  /** `/documents/:documentId`. */
  base: string;
  number: number;
  /** Editors may compare with the live draft; nobody else sees it. */
  mayCompareLive: boolean;
}

/** List items linking a version to its comparison with the previous one and with the live draft. */
export function CompareLinks({ base, number, mayCompareLive }: CompareLinksProps) {
  const { t } = useTranslation();
  return (
    <>
      {number > 1 && (
        <li>
          <Link to={`${base}/compare?from=${number - 1}&to=${number}`}>
            {t("versions.comparePrevious", { number })}
          </Link>
        </li>
      )}
      {mayCompareLive && (
        <li>
          <Link to={`${base}/compare?from=${number}&to=live`}>
            {t("versions.compareLive", { number })}
          </Link>
        </li>
      )}
    </>
  );
}
