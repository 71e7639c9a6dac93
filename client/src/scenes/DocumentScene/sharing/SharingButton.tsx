import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentRole } from "../../../../../shared/permissions.ts";
import { Dialog } from "../../../components/Dialog/Dialog.tsx";
import { SharingPanel } from "./SharingPanel.tsx";

interface SharingButtonProps {
  documentId: string;
  title: string;
  role: DocumentRole | null;
}

/** "Share" next to the draft's title, opening the sharing dialog. */
export function SharingButton({ documentId, title, role }: SharingButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("sharing.open")}
      </button>
      <Dialog open={open} title={t("sharing.title", { title })} onClose={() => setOpen(false)}>
        <SharingPanel documentId={documentId} role={role} />
      </Dialog>
    </>
  );
}
