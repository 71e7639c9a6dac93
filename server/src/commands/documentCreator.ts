import type { JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import type { RegulationTemplate } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import { buildRegulationTemplate } from "../regulation/templates.ts";
import { createDocumentStore } from "../store/documentStore.ts";
import type { DocumentRecord, Store } from "../store/index.ts";
import { createRoleStore } from "../store/roleStore.ts";
import { createUpdateStore } from "../store/updateStore.ts";

/**
 * Creates a new draft whose creator becomes its owner. With a template it is a
 * structured regulation whose first stored update is the template's skeleton;
 * without one it starts as empty free text.
 */
export async function documentCreator(props: {
  store: Store;
  title: string;
  ownerId: string;
  template?: RegulationTemplate;
  /** Structured content to start from (e.g. an imported Word draft); wins over `template`. */
  content?: JSONContent;
  now?: Date;
}): Promise<DocumentRecord> {
  const at = (props.now ?? new Date()).toISOString();
  const record: DocumentRecord = {
    id: newId(),
    title: props.title,
    createdAt: at,
    form: props.template || props.content ? "regulation" : "free",
  };
  const start = props.content ?? (props.template && buildRegulationTemplate(props.template));
  const skeleton = start ? encodeRegulation(start) : undefined;
  // One transaction: a draft never exists without its owner or its starting content.
  await props.store.db.transaction(async (tx) => {
    await createDocumentStore(tx).insert(record);
    await createRoleStore(tx).put({
      documentId: record.id,
      userId: props.ownerId,
      role: "owner",
      grantedBy: props.ownerId,
      grantedAt: at,
    });
    if (skeleton) await createUpdateStore(tx).append([{ documentId: record.id, data: skeleton }]);
  });
  return record;
}

/** Structured content as one Yjs update of the editor's fragment, checked against the schema first. */
function encodeRegulation(json: JSONContent): Uint8Array {
  const schema = getRegulationSchema();
  schema.nodeFromJSON(json).check();
  const doc = prosemirrorJSONToYDoc(schema, json, EDITOR_FIELD);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
