/** The moment of a round's record that a seal attests. */
export type SealStage = "closed" | "answered" | "concluded" | "moderated";

/**
 * Makes a closed round's record tamper-evident. Called after a round closes or concludes, and
 * after the record of a closed round changes (an answer, a moderation action), once the change
 * is committed. The public record plugs the real one in; the default does nothing.
 */
export interface RoundSealer {
  seal(documentId: string, round: number, stage: SealStage): Promise<void>;
}

/** Seals nothing: the default until the public record provides a sealer. */
export const noRoundSealer: RoundSealer = {
  seal: async () => undefined,
};

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
