import type { Attribute } from "@tiptap/core";

/**
 * The `id` attribute every structural unit carries: stable across renumbering, so references,
 * comment anchors and the response table (DIM) can point at "this Pasal" whatever its number.
 * Stored in HTML as `data-id`. New nodes start without one; the editor gives them one on insert.
 */
export const unitIdAttribute: Attribute = {
  default: null,
  parseHTML: (element) => element.getAttribute("data-id"),
  renderHTML: (attributes) => (attributes.id ? { "data-id": attributes.id } : {}),
};

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A new random unit id (12 base-36 characters, ~62 bits). Uses `crypto.getRandomValues`, which,
 * unlike `crypto.randomUUID`, also works on pages served over plain http.
 */
export function newUnitId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}
