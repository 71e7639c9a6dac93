import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Verification, verifyRecord } from "../../../../../shared/record/verifier.ts";
import type { PublicRecord, Seal } from "../../../../../shared/schemas/index.ts";
import { formatInZone } from "../../../components/Rounds/roundTime.ts";

type VerifyState =
  | { status: "idle" | "running" | "unsupported" }
  | { status: "done"; result: Verification };

/** "3f2a9c1e…b07d": enough to compare by eye; the whole hash is copied. */
export const shortHash = (hash: string) => `${hash.slice(0, 8)}…${hash.slice(-4)}`;

function CopyHashButton({ seal }: { seal: Seal }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(seal.hash);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void handleCopy()}
      >
        {t("public.seals.copy")}
        <span className="visually-hidden"> {t("public.seals.copyOf", { seq: seal.seq })}</span>
      </button>
      <span role="status" className="seal-copy-status">
        {copied === true && t("public.seals.copied")}
        {copied === false && t("public.seals.copyFailed")}
      </span>
    </>
  );
}

/**
 * The record's seals, round by round — stage, time, hash (shortened, with a button that copies it
 * whole) — and "Verify in this browser", which recomputes the chain from the record exactly as it
 * was downloaded (`raw`, not the parsed copy) with the same verifier as `npm run verify`.
 */
export function SealsPanel({ record, raw }: { record: PublicRecord; raw: unknown }) {
  const { t, i18n } = useTranslation();
  const [verify, setVerify] = useState<VerifyState>({ status: "idle" });
  const sealed = record.rounds.filter((round) => round.seals.length > 0);

  const handleVerify = async () => {
    // WebCrypto's digest exists only on secure pages (https, localhost).
    if (!globalThis.crypto?.subtle) {
      setVerify({ status: "unsupported" });
      return;
    }
    setVerify({ status: "running" });
    setVerify({ status: "done", result: await verifyRecord(raw) });
  };

  return (
    <div className="public-seals">
      <p className="body">{t("public.seals.intro")}</p>
      {sealed.length === 0 ? (
        <p className="body">{t("public.seals.none")}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table public-seals__table">
            <caption className="visually-hidden">{t("public.seals.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("public.seals.round")}</th>
                <th scope="col">{t("public.seals.seq")}</th>
                <th scope="col">{t("public.seals.stage")}</th>
                <th scope="col">{t("public.seals.at")}</th>
                <th scope="col">{t("public.seals.hash")}</th>
              </tr>
            </thead>
            <tbody>
              {sealed.flatMap((round) =>
                round.seals.map((seal) => (
                  <tr key={seal.seq}>
                    <td>{round.record.number}</td>
                    <td>{seal.seq}</td>
                    <td>{t(`public.seals.stages.${seal.stage}`)}</td>
                    <td>
                      <time dateTime={seal.at}>
                        {formatInZone(seal.at, round.record.timeZone, i18n.language)}
                      </time>
                    </td>
                    <td className="public-seals__hash">
                      <code title={seal.hash} data-testid="seal-hash">
                        {shortHash(seal.hash)}
                      </code>{" "}
                      <CopyHashButton seal={seal} />
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="button"
        disabled={verify.status === "running"}
        onClick={() => void handleVerify()}
      >
        {t("public.seals.verify")}
      </button>
      <div role="status" className="public-seals__result" data-testid="verification">
        {verify.status === "running" && <p>{t("public.seals.verifying")}</p>}
        {verify.status === "unsupported" && <p>{t("public.seals.unsupported")}</p>}
        {verify.status === "done" &&
          (verify.result.ok ? (
            <p className="public-seals__ok">
              <strong>{t("public.seals.matches")}</strong>{" "}
              {t("public.seals.matchesDetail", {
                count: verify.result.seals,
                rounds: t("public.seals.roundCount", { count: verify.result.rounds }),
              })}
            </p>
          ) : (
            <div className="public-seals__failed">
              <p>
                <strong>
                  {verify.result.round === null
                    ? t("public.seals.unreadable")
                    : t("public.seals.mismatch", { round: verify.result.round })}
                </strong>
              </p>
              <p className="public-seals__reason">{verify.result.reason}</p>
            </div>
          ))}
      </div>
      <p className="hint">{t("public.seals.elsewhere")}</p>
    </div>
  );
}
