import { joinDocument } from "./collabClient.ts";
import type { RembukServer } from "./rembukServer.ts";
import { signInAs } from "./testSessions.ts";

/** A person the test created on a server, with their own session. */
export interface TestPerson {
  id: string;
  email: string;
  cookie: string;
}

async function asAdmin(server: RembukServer, method: string, path: string, body: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json", cookie: server.sessionCookie },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** The password of every person `createPerson` creates. */
const PERSON_PASSWORD = "kata-sandi-orang-uji";

/**
 * Creates an account through the admin API and signs it in; `account` adds fields of the
 * admin's `POST /api/admin/users` (an organisation, the administrator flag).
 */
export async function createPerson(
  server: RembukServer,
  name: string,
  account: { organisationId?: string; isAdmin?: boolean } = {},
): Promise<TestPerson> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@rembuk.test`;
  const body = { email, name, password: PERSON_PASSWORD, ...account };
  const user = (await asAdmin(server, "POST", "/api/admin/users", body)) as { id: string };
  return { id: user.id, email, cookie: await signInAs(server.url, email, PERSON_PASSWORD) };
}

/** Signs a person in once more: a second session (another device), with its own cookie. */
export function signInAgain(server: RembukServer, person: TestPerson): Promise<string> {
  return signInAs(server.url, person.email, PERSON_PASSWORD);
}

/** Grants (or changes) a person's role on a document, as its owner (the test administrator). */
export function grantRole(
  server: RembukServer,
  documentId: string,
  person: TestPerson,
  role: string,
) {
  return asAdmin(server, "PUT", `/api/documents/${documentId}/roles/${person.id}`, { role });
}

/** Revokes a person's role on a document. */
export function revokeRole(server: RembukServer, documentId: string, person: TestPerson) {
  return asAdmin(server, "DELETE", `/api/documents/${documentId}/roles/${person.id}`, undefined);
}

/** Creates a person with a role on the document and opens their editor, announcing `announcedName`. */
export async function joinAs(
  server: RembukServer,
  documentId: string,
  name: string,
  options: { role?: string; announcedName?: string } = {},
) {
  const person = await createPerson(server, name);
  await grantRole(server, documentId, person, options.role ?? "drafter");
  return joinDocument(server.collabUrl, documentId, {
    name: options.announcedName ?? name,
    cookie: person.cookie,
  });
}

/** Registers an organisation as the test administrator, verified by them when `verified`. */
export async function createOrganisation(
  server: RembukServer,
  name: string,
  kind: string,
  { verified }: { verified: boolean },
): Promise<{ id: string }> {
  const organisation = (await asAdmin(server, "POST", "/api/organisations", { name, kind })) as {
    id: string;
  };
  if (verified) {
    const path = `/api/admin/organisations/${organisation.id}/verification`;
    await asAdmin(server, "POST", path, { verified: true });
  }
  return organisation;
}

/** Changes a person's own profile name, as they would on their profile page. */
export async function renamePerson(server: RembukServer, person: TestPerson, name: string) {
  const response = await fetch(`${server.url}/api/me`, {
    method: "PATCH",
    headers: { "content-type": "application/json", cookie: person.cookie },
    body: JSON.stringify({ name }),
  });
  if (!response.ok) throw new Error(`renaming answered ${response.status}`);
}
