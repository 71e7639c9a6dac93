import { randomBytes } from "node:crypto";
import type { DocumentRecord, DocumentStore } from "../store/index.ts";

/** Creates a new, empty draft document record; its content starts empty in the update log. */
export async function documentCreator(props: {
  documents: DocumentStore;
  title: string;
  now?: Date;
}): Promise<DocumentRecord> {
  const record: DocumentRecord = {
    // 12 URL-safe characters, 72 random bits: unguessable enough to appear in links.
    id: randomBytes(9).toString("base64url"),
    title: props.title,
    createdAt: (props.now ?? new Date()).toISOString(),
  };
  await props.documents.insert(record);
  return record;
}
