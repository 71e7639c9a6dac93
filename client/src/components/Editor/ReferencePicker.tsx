import type { Editor } from "@tiptap/core";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ARTICLE_REFERENCE } from "../../../../shared/editor/references.ts";
import { numberingOf } from "./regulation/numberingDecorations.ts";
import { filterReferenceTargets, referenceTargetsOf } from "./regulation/referenceTargets.ts";

interface ReferencePickerProps {
  editor: Editor;
  /** Called when the picker closes, with or without a reference inserted. */
  onClose: () => void;
}

/**
 * Chooses the Pasal or ayat a new reference points at: a filterable combobox over the current
 * citations, operated from the keyboard (arrows, Enter, Escape). The reference goes in at the
 * caret as an `articleReference` node, whose text then follows renumbering.
 */
export function ReferencePicker({ editor, onClose }: ReferencePickerProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  // Taken once when the picker opens: the list the drafter is reading should not move.
  const targets = useMemo(
    () => referenceTargetsOf(editor.state.doc, numberingOf(editor.state)),
    [editor],
  );
  const shown = filterReferenceTargets(targets, query);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const handleChoose = (targetId: string) => {
    onClose();
    editor.chain().focus().insertContent({ type: ARTICLE_REFERENCE, attrs: { targetId } }).run();
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (shown.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + shown.length) % shown.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const target = shown[activeIndex];
      if (target) handleChoose(target.id);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="reference-picker panel">
      <label id={`${baseId}-label`} htmlFor={`${baseId}-input`} className="reference-picker__label">
        {t("editor.regulation.reference.label")}
      </label>
      <input
        id={`${baseId}-input`}
        className="reference-picker__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${baseId}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t("editor.regulation.reference.placeholder")}
        // biome-ignore lint/a11y/noAutofocus: the picker opens on request, to be typed into.
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <div
        id={`${baseId}-listbox`}
        className="reference-picker__list"
        role="listbox"
        aria-label={t("editor.regulation.reference.listLabel")}
      >
        {shown.map((target, index) => (
          <div
            key={target.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="reference-picker__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => handleChoose(target.id)}
            onKeyDown={() => undefined}
          >
            <span className="reference-picker__citation">{target.citation}</span>{" "}
            <span className="reference-picker__excerpt">{target.excerpt}</span>
          </div>
        ))}
      </div>
      {shown.length === 0 && (
        <p className="reference-picker__empty" role="status">
          {t("editor.regulation.reference.none")}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={close}>
        {t("editor.regulation.reference.cancel")}
      </button>
    </div>
  );
}
