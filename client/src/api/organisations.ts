import type { z } from "zod";
import {
  type Organisation,
  type OrganisationCreateSchema,
  OrganisationSchema,
} from "../../../shared/schemas/index.ts";
import { requestJson, segment } from "./client.ts";
import {
  type OrganisationDetail,
  OrganisationDetailSchema,
  OrganisationListSchema,
} from "./responses.ts";

/** Every organisation registered in Rembuk. */
export async function listOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return (await requestJson("/api/organisations", OrganisationListSchema, { signal }))
    .organisations;
}

/** One organisation with its members. */
export function getOrganisation(id: string, signal?: AbortSignal): Promise<OrganisationDetail> {
  return requestJson(`/api/organisations/${segment(id)}`, OrganisationDetailSchema, { signal });
}

/** Registers an organisation; its creator becomes a member, and it starts unverified. */
export function createOrganisation(
  input: z.input<typeof OrganisationCreateSchema>,
): Promise<Organisation> {
  return requestJson("/api/organisations", OrganisationSchema, { method: "POST", body: input });
}
