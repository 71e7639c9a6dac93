import { RoundParamsSchema } from "../../../../shared/schemas/index.ts";

export {
  RoundCloseSchema as RoundCloseBody,
  RoundCommentCreateSchema as RoundCommentCreateBody,
  RoundConclusionSchema as RoundConclusionBody,
  RoundOpenSchema as RoundOpenBody,
  VersionDiffQuerySchema as VersionDiffQuery,
} from "../../../../shared/schemas/index.ts";

/** `/api/documents/:documentId/rounds/:number` and `…/versions/:number` params. */
export const RoundParams = RoundParamsSchema;
