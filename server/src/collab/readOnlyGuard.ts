import * as Y from "yjs";

interface DeleteItem {
  clock: number;
  len: number;
}

/**
 * True when applying `update` would change `doc`: it carries content the document
 * lacks, or deletes something not yet deleted. A read-only client's normal traffic
 * — its sync step 2 after (re)connecting, which repeats what it got from the
 * server including the whole delete set — changes nothing and passes; a crafted
 * edit does not.
 */
export function updateChangesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, items] of ds.clients as Map<number, DeleteItem[]>) {
    const known = (deleted.clients as Map<number, DeleteItem[]>).get(client) ?? [];
    for (const item of items) {
      if (item.len > 0 && !covered(known, item.clock, item.clock + item.len)) return true;
    }
  }
  return false;
}

/** True when [start, end) lies within the union of sorted, merged delete ranges. */
function covered(ranges: DeleteItem[], start: number, end: number): boolean {
  let cursor = start;
  for (const range of ranges) {
    if (range.clock + range.len <= cursor) continue;
    if (range.clock > cursor) return false;
    cursor = range.clock + range.len;
    if (cursor >= end) return true;
  }
  return cursor >= end;
}
