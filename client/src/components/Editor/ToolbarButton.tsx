import type { LucideIcon } from "lucide-react";

interface ToolbarButtonProps {
  label: string;
  /** An icon, or `text` for actions better named by a short word ("Pasal", "a."). */
  icon?: LucideIcon;
  text?: string;
  /** `aria-keyshortcuts` notation, e.g. "Alt+Shift+P"; also shown in the tooltip. */
  shortcut?: string;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
}

/** One toolbar button that keeps the selection in the text when clicked with a mouse. */
export function ToolbarButton({
  label,
  icon: Icon,
  text,
  shortcut,
  onClick,
  pressed,
  disabled,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={text ? "toolbar__button toolbar__button--text" : "toolbar__button"}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {Icon && <Icon aria-hidden="true" focusable="false" size={20} strokeWidth={2.25} />}
      {text && <span aria-hidden="true">{text}</span>}
    </button>
  );
}
