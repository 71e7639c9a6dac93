import { z } from "zod";
import { EDITOR_FIELD } from "../editor/index.ts";

/**
 * Bounds on presence (awareness). A state is a person's name, colour and caret: a few hundred
 * bytes. A stock client also echoes everyone else's states back to the server, so one message
 * may legitimately carry a state per person on the document.
 */
export const PRESENCE_LIMITS = {
  /** UTF-8 bytes of one state's JSON. */
  maxStateBytes: 2048,
  /** Bytes of one awareness message (the echo of a crowded document fits with room to spare). */
  maxMessageBytes: 64 * 1024,
  /** Client ids one socket may speak for (one per editor; a few for reconnects). */
  maxClientsPerSocket: 4,
  /** Changes of its own presence (and presence queries) one socket may send per window. */
  changesPerWindow: 30,
  windowSeconds: 1,
} as const;

const yjsId = z.strictObject({
  client: z.number().int().min(0).max(0xffffffff),
  clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * A Yjs relative position as y-tiptap's caret plugin writes it (a `Y.RelativePosition`
 * serialised by `JSON.stringify`, or `Y.relativePositionToJSON` which leaves out empty fields):
 * inside an item, or at a root type's edge — and the only root a caret may name is the editor's.
 */
const RelativePositionSchema = z
  .strictObject({
    type: yjsId.nullable().optional(),
    tname: z.literal(EDITOR_FIELD).nullable().optional(),
    item: yjsId.nullable().optional(),
    assoc: z.number().int().min(-1).max(1).optional(),
  })
  .refine((position) => position.item != null || position.type != null || position.tname != null, {
    message: "names no place",
  });

/** Someone's caret and selection: two relative positions, or none. */
export const PresenceCursorSchema = z
  .strictObject({ anchor: RelativePositionSchema, head: RelativePositionSchema })
  .nullable();

/**
 * Who a presence state belongs to. A client announces `name` and `color`; the server replaces
 * `name`, `id` and `organisation` with what the account says, whatever was announced.
 */
export const PresenceUserSchema = z.strictObject({
  name: z.string().max(200).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  id: z.string().max(64).optional(),
  /** The verified organisation the person belongs to, shown beside the name. */
  organisation: z.string().max(200).nullable().optional(),
});
export type PresenceUser = z.infer<typeof PresenceUserSchema>;

/** One presence state — exactly what Rembuk's editor shares, and nothing else. */
export const PresenceStateSchema = z.strictObject({
  user: PresenceUserSchema.optional(),
  cursor: PresenceCursorSchema.optional(),
});
export type PresenceState = z.infer<typeof PresenceStateSchema>;

const utf8 = new TextEncoder();

/** `value` as a presence state when it is one (of the schema and within the size bound). */
export function readPresenceState(value: unknown): PresenceState | undefined {
  const parsed = PresenceStateSchema.safeParse(value);
  if (!parsed.success) return undefined;
  if (utf8.encode(JSON.stringify(parsed.data)).byteLength > PRESENCE_LIMITS.maxStateBytes) {
    return undefined;
  }
  return parsed.data;
}
