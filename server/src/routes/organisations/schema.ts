import { z } from "zod";

/** `/:organisationId` params. */
export const OrganisationParams = z.object({
  organisationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id"),
});

/** `/:userId` params. */
export const UserParams = z.object({
  userId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id"),
});
