/**
 * Why a passage of an imported Word file could not be placed where the drafter typed it:
 * - `outside_structure`: text where the form allows none (before the first Pasal, between a BAB
 *   title and its first Pasal, before ayat (1)); kept as a plain paragraph in the next provision.
 * - `unit_out_of_place`: a heading the form does not allow there (Bagian outside a BAB, Paragraf
 *   outside a Bagian, an ayat or rincian outside a Pasal, Pasal outside a BAB once BAB begin);
 *   kept as plain text or moved into the nearest unit that allows it.
 * - `missing_part`: a required part (Menimbang, Mengingat, Menetapkan, a Pasal in a BAB) was not
 *   found; an empty one was inserted for the drafter to fill.
 * - `unknown_target`: a Penjelasan "Pasal N" or "Ayat (n)" whose Pasal or ayat does not exist.
 */
export type UnrecognisedReason =
  | "outside_structure"
  | "unit_out_of_place"
  | "missing_part"
  | "unknown_target";

/** A passage the drafter should look at after an import. */
export interface UnrecognisedText {
  /** The passage as typed (for `missing_part`, the name of the missing part). */
  text: string;
  reason: UnrecognisedReason;
}

/** Collects what an import could not place, in document order. */
export class UnrecognisedList {
  readonly items: UnrecognisedText[] = [];
  private readonly listedNodes = new WeakSet<object>();

  /** Records one passage; `node` is the paragraph that now holds it, so it is listed once. */
  add(text: string, reason: UnrecognisedReason, node?: object): void {
    if (node && this.listedNodes.has(node)) return;
    if (node) this.listedNodes.add(node);
    this.items.push({ text, reason });
  }
}
