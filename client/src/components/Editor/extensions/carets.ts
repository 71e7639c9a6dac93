import type { DecorationAttrs } from "@tiptap/pm/view";
import { presenceLabel } from "../../../collaboration/remotePresence.ts";

/** What each person shares about themselves in awareness (`state.user`). */
export interface CaretUser {
  name?: unknown;
  color?: unknown;
  /** The verified organisation the server attributes, shown beside the name. */
  organisation?: unknown;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOR = "#505a5f";

function colorOf(user: CaretUser): string {
  return typeof user.color === "string" && HEX_COLOR.test(user.color) ? user.color : FALLBACK_COLOR;
}

/**
 * Draws another person's caret with a label carrying their name and verified organisation
 * ("Name · Organisation", so a namesake cannot pass for someone else). The label is set as text
 * (never HTML) because it comes from other people's browsers. Hidden from screen readers: the list of
 * people present announces who is here without breaking up the text being read.
 */
export function renderCaret(user: CaretUser): HTMLElement {
  const color = colorOf(user);
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = color;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.textContent = presenceLabel({
    name: typeof user.name === "string" ? user.name : "",
    organisation: typeof user.organisation === "string" ? user.organisation : null,
  });
  caret.append(label);
  return caret;
}

/** Highlights another person's selection in a light tint of their colour. */
export function renderSelection(user: CaretUser): DecorationAttrs {
  return {
    nodeName: "span",
    class: "collaboration-carets__selection",
    style: `background-color: ${colorOf(user)}33`,
  };
}
