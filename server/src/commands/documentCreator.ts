import { newId } from "../auth/tokens.ts";
import { createDocumentStore } from "../store/documentStore.ts";
import type { DocumentRecord, Store } from "../store/index.ts";
import { createRoleStore } from "../store/roleStore.ts";

/** Creates a new, empty draft whose creator becomes its owner. */
export async function documentCreator(props: {
  store: Store;
  title: string;
  ownerId: string;
  now?: Date;
}): Promise<DocumentRecord> {
  const at = (props.now ?? new Date()).toISOString();
  const record: DocumentRecord = { id: newId(), title: props.title, createdAt: at };
  // One transaction: a draft never exists without its owner.
  await props.store.db.transaction(async (tx) => {
    await createDocumentStore(tx).insert(record);
    await createRoleStore(tx).put({
      documentId: record.id,
      userId: props.ownerId,
      role: "owner",
      grantedBy: props.ownerId,
      grantedAt: at,
    });
  });
  return record;
}
