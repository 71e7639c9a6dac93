import { afterEach, describe, expect, test } from "vitest";
import { joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { joinAs } from "../utils/people.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

describe("two people drafting the same regulation", () => {
  test("each sees what the other writes, in both directions", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
    const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });

    ayu.addParagraph("Pasal 1: Peraturan ini berlaku sejak diundangkan.");
    await eventually("Budi sees Ayu's paragraph", () =>
      expect(budi.paragraphs()).toEqual(["Pasal 1: Peraturan ini berlaku sejak diundangkan."]),
    );

    budi.addParagraph("Pasal 2: Ketentuan lebih lanjut diatur dengan Peraturan Bupati.");
    const both = [
      "Pasal 1: Peraturan ini berlaku sejak diundangkan.",
      "Pasal 2: Ketentuan lebih lanjut diatur dengan Peraturan Bupati.",
    ];
    await eventually("Ayu sees Budi's paragraph", () => expect(ayu.paragraphs()).toEqual(both));
    expect(budi.paragraphs()).toEqual(both);
  });

  test("someone who joins later gets everything written before", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
    ayu.addParagraph("Menimbang: bahwa perlu diatur tata kelola air bersih.");
    ayu.text.insert(0, "Catatan rapat");

    const citra = await joinDocument(server.collabUrl, documentId, { name: "Citra" });
    await eventually("Citra has the paragraph and the note", () => {
      expect(citra.paragraphs()).toEqual(["Menimbang: bahwa perlu diatur tata kelola air bersih."]);
      expect(citra.content()).toBe("Catatan rapat");
    });
  });

  test("presence: each sees the other, and someone who leaves disappears", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const ayu = await joinAs(server, documentId, "Ayu");
    const budi = await joinAs(server, documentId, "Budi");
    // Citra's client claims to be the minister; presence shows her account's name.
    const citra = await joinAs(server, documentId, "Citra", { announcedName: "Menteri" });

    await eventually("Ayu sees Budi and Citra", () =>
      expect(ayu.presentOthers()).toEqual(["Budi", "Citra"]),
    );
    await eventually("Budi sees Ayu and Citra", () =>
      expect(budi.presentOthers()).toEqual(["Ayu", "Citra"]),
    );

    // Budi's laptop drops off the network: no goodbye is sent, the server must withdraw him.
    budi.dropConnection();
    await eventually("Ayu no longer sees Budi", () =>
      expect(ayu.presentOthers()).toEqual(["Citra"]),
    );
    await eventually("Citra no longer sees Budi", () =>
      expect(citra.presentOthers()).toEqual(["Ayu"]),
    );

    // Citra closes the editor normally.
    citra.destroy();
    await eventually("Ayu sees nobody else", () => expect(ayu.presentOthers()).toEqual([]));
  });

  test("presence of someone already there is shown to a newcomer", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    await joinAs(server, documentId, "Ayu");
    const dewi = await joinAs(server, documentId, "Dewi", { role: "reviewer" });
    await eventually("Dewi sees Ayu", () => expect(dewi.presentOthers()).toEqual(["Ayu"]));
  });
});
