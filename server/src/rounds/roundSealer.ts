/** The moment of a round's record that a seal attests. */
export type SealStage = "closed" | "answered" | "concluded" | "moderated";

/**
 * Makes a closed round's record tamper-evident. Called after a round closes or concludes, and
 * after the record of a closed round changes (an answer, a moderation action), once the change
 * is committed. The public record plugs the real one in; the default does nothing.
 */
export interface RoundSealer {
  seal(documentId: string, round: number, stage: SealStage): Promise<void>;
  /**
   * Makes `change` to a sealed round's record and seals it: first checks, one change at a time per
   * document, that every sealed record of the document still matches its last seal, and refuses
   * (409 `record_tampered`, `change` never runs) when one does not. A sealer without it seals after.
   */
  change?<T>(
    documentId: string,
    round: number,
    stage: SealStage,
    change: () => Promise<T>,
  ): Promise<T>;
}

/** Seals nothing: the default until the public record provides a sealer. */
export const noRoundSealer: RoundSealer = {
  seal: async () => undefined,
};

/**
 * Runs `change` to the record of a sealed (closed) round through the sealer, so that the stored
 * record is checked against its seal before and sealed after; a failed seal after a committed
 * change is reported to `onError`, a refused check is the caller's error.
 */
export async function changeSealedRound<T>(
  props: {
    sealer: RoundSealer | undefined;
    documentId: string;
    round: number;
    stage: SealStage;
    onError?: (error: unknown) => void;
  },
  change: () => Promise<T>,
): Promise<T> {
  const { sealer } = props;
  if (sealer?.change) return sealer.change(props.documentId, props.round, props.stage, change);
  const result = await change();
  await sealRound(props);
  return result;
}

/**
 * Asks the sealer to seal, never failing the caller's already committed change: a failed seal is
 * reported to `onError` (the sealer can reseal from the stored record later).
 */
export async function sealRound(props: {
  sealer: RoundSealer | undefined;
  documentId: string;
  round: number;
  stage: SealStage;
  onError?: (error: unknown) => void;
}): Promise<void> {
  try {
    await props.sealer?.seal(props.documentId, props.round, props.stage);
  } catch (error) {
    props.onError?.(error);
  }
}
