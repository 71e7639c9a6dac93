import { z } from "zod";

/** Every error the API returns: a stable id a program can branch on, and a human message. */
export const ApiErrorSchema = z.object({
  error: z.object({
    id: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
