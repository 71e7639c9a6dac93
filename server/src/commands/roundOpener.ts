import type { z } from "zod";
import type { RoundOpenSchema } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import { HttpError, invalidRequest } from "../errors.ts";
import type { RoundEvents } from "../rounds/roundEvents.ts";
import type { RoundScheduler } from "../rounds/roundScheduler.ts";
import { withoutCommentMarks } from "../rounds/versionContent.ts";
import type {
  DocumentRecord,
  RoundRecord,
  Store,
  UserRecord,
  VersionRecord,
} from "../store/index.ts";
import { createRoundStores } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";

/** 409: the previous round has not been concluded, so the next cannot open. */
const previousRoundOpen = () =>
  new HttpError(
    409,
    "previous_round_open",
    "The previous consultation round must be concluded before the next one opens.",
  );

/**
 * Opens consultation round N on a document: freezes the live draft as version N (its text, its
 * plain text and the Y.Doc's state, attributed to the drafter) and opens a comment window on it
 * for the invited organisations, or for every verified one. Refused while the previous round is
 * not concluded (409 `previous_round_open`); invited organisations must exist and be verified
 * (400 `organisation_not_verified`); `closesAt` must be in the future. An `opensAt` in the past
 * counts as now.
 */
export async function roundOpener(props: {
  store: Store;
  liveDrafts: Pick<LiveDrafts, "snapshot">;
  events: RoundEvents;
  scheduler?: Pick<RoundScheduler, "reschedule">;
  document: DocumentRecord;
  drafter: UserRecord;
  input: z.output<typeof RoundOpenSchema>;
  now: Date;
}): Promise<{ round: RoundRecord; version: VersionRecord }> {
  const { store, document, input, now } = props;
  const opensAt = new Date(Math.max(Date.parse(input.opensAt ?? now.toISOString()), now.getTime()));
  const closesAt = new Date(input.closesAt);
  if (closesAt.getTime() <= now.getTime()) {
    throw invalidRequest("closesAt: must be in the future", "closesAt");
  }
  if (closesAt.getTime() <= opensAt.getTime()) {
    throw invalidRequest("closesAt: must be after opensAt", "closesAt");
  }
  const organisationIds = [...new Set(input.audience === "invited" ? input.organisationIds : [])];
  for (const organisationId of organisationIds) {
    const organisation = await store.organisations.find(organisationId);
    if (!organisation?.verifiedAt) {
      throw new HttpError(
        400,
        "organisation_not_verified",
        `Organisation ${organisationId} does not exist or is not verified.`,
        "organisationIds",
      );
    }
  }
  const latest = await store.rounds.latest(document.id);
  if (latest && !latest.concludedAt) throw previousRoundOpen();

  const author = await authorshipSnapshot({ store, user: props.drafter, prefer: "government" });
  const snapshot = await props.liveDrafts.snapshot(document.id, document.form);
  const frozen = withoutCommentMarks(snapshot.doc);
  const at = now.toISOString();
  const result = await store.db.transaction(async (tx) => {
    const { versions, rounds } = createRoundStores(tx);
    // Checked again inside the transaction: two drafters may open a round at once.
    const previous = await rounds.latest(document.id);
    if (previous && !previous.concludedAt) throw previousRoundOpen();
    const number = (await versions.latestNumber(document.id)) + 1;
    const version: VersionRecord = {
      id: newId(),
      documentId: document.id,
      number,
      title: input.title,
      summary: input.summary,
      author,
      createdAt: at,
      form: document.form,
    };
    await versions.insert(version, {
      content: frozen.toJSON(),
      text: snapshot.text,
      ydocState: snapshot.state,
    });
    const round: RoundRecord = {
      id: newId(),
      documentId: document.id,
      number,
      versionId: version.id,
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      timeZone: input.timeZone,
      audience: input.audience,
      openedBy: { id: props.drafter.id, name: props.drafter.name },
      createdAt: at,
      closedAt: null,
      closedBy: null,
      closeReason: null,
      concludedAt: null,
      conclusion: null,
      concludedBy: null,
    };
    await rounds.insert(round, organisationIds);
    return { round, version };
  });
  props.events.publish(document.id);
  await props.scheduler?.reschedule();
  return result;
}
