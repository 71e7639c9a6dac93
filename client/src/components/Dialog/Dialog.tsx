import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page
 * inert (focus and screen readers stay inside) and Escape closes it. Focus moves to the title
 * when it opens and back to whatever opened it when it closes.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    titleRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state close it, so focus is returned the same way as "Close".
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="dialog__inner">
          <div className="dialog__header">
            <h2 id={titleId} ref={titleRef} className="heading-l dialog__title" tabIndex={-1}>
              {title}
            </h2>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t("dialog.close")}
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
