import type { LiveDrafts } from "../collab/liveDrafts.ts";
import { HttpError } from "../errors.ts";
import type { RoundEvents } from "../rounds/roundEvents.ts";
import { versionNotFound } from "../rounds/roundRules.ts";
import { restoreInto, versionDocument } from "../rounds/versionContent.ts";
import type { DocumentRecord, Store, UserRecord } from "../store/index.ts";

/**
 * Restores an earlier version: the live draft is edited to read as that version again, as ONE
 * forward edit attributed to the drafter (Yjs origin `{ kind: "server", userId, versionNumber }`)
 * that every open editor receives and can undo like any other. Nothing of the draft's history,
 * and no version, is rewritten. Returns whether the draft changed (false: it already read so).
 */
export async function versionRestorer(props: {
  store: Store;
  liveDrafts: Pick<LiveDrafts, "edit">;
  events: RoundEvents;
  document: DocumentRecord;
  number: number;
  drafter: UserRecord;
}): Promise<{ changed: boolean }> {
  const { store, document } = props;
  const version = await store.versions.find(document.id, props.number);
  const text = version && (await store.versions.text(version.id));
  if (!version || !text) throw versionNotFound();
  if (version.form !== document.form) {
    throw new HttpError(409, "form_mismatch", "This version has another form than the draft.");
  }
  const target = versionDocument(version.form, text.content);
  const changed = await props.liveDrafts.edit({
    documentId: document.id,
    form: document.form,
    origin: { kind: "server", userId: props.drafter.id, versionNumber: version.number },
    edit: (tr) => restoreInto(tr, target),
  });
  if (changed) props.events.publish(document.id);
  return { changed };
}
