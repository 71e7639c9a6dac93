import { afterEach, expect, test } from "vitest";
import { joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import {
  createOrganisation,
  createPerson,
  grantRole,
  joinAs,
  renamePerson,
} from "../utils/people.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

test("someone renamed after another person is told apart in presence by the verified organisation", async () => {
  const server = await RembukServer.start();
  const documentId = await server.createDocument();
  const office = await createOrganisation(server, "Dinas Pasar Kota Sukamaju", "government", {
    verified: true,
  });
  const unverified = await createOrganisation(
    server,
    "Dinas Pasar Kota Sukamaju (palsu)",
    "government",
    {
      verified: false,
    },
  );
  const siti = await createPerson(server, "Siti Rahmawati", { organisationId: office.id });
  await grantRole(server, documentId, siti, "drafter");
  const impostor = await createPerson(server, "Sinta Palsu", { organisationId: unverified.id });
  await grantRole(server, documentId, impostor, "reviewer");
  await renamePerson(server, impostor, "Siti Rahmawati");

  const ayu = await joinAs(server, documentId, "Ayu Lestari");
  await joinDocument(server.collabUrl, documentId, { name: "Siti Rahmawati", cookie: siti.cookie });
  await joinDocument(server.collabUrl, documentId, {
    name: "Siti Rahmawati",
    cookie: impostor.cookie,
  });

  const shown = await eventually("Ayu sees both as present", () => {
    const users = [...ayu.provider.awareness.getStates()]
      .filter(([clientId]) => clientId !== ayu.doc.clientID)
      .map(
        ([, state]) => (state as { user?: { name?: string; organisation?: string | null } }).user,
      );
    return users.length === 2 ? users : false;
  });
  expect(shown).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        name: "Siti Rahmawati",
        organisation: "Dinas Pasar Kota Sukamaju",
      }),
      expect.objectContaining({ name: "Siti Rahmawati", organisation: null }),
    ]),
  );
});
