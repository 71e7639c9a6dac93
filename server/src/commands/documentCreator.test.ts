import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { numberRegulation } from "../../../shared/editor/numbering.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { REGULATION_TEMPLATES } from "../../../shared/schemas/index.ts";
import { buildStore, buildUser } from "../test/factories.ts";
import { documentCreator } from "./documentCreator.ts";

describe("starting a draft", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  beforeEach(async () => {
    store = await buildStore();
  });
  afterEach(() => store.cleanup());

  it("starts free text empty, owned by its creator", async () => {
    const owner = await buildUser(store);
    const record = await documentCreator({ store, title: "Catatan rapat", ownerId: owner.id });
    expect(record.form).toBe("free");
    expect(await store.updates.count(record.id)).toBe(0);
    expect(await store.roles.roleOf(record.id, owner.id)).toBe("owner");
  });

  it.each(REGULATION_TEMPLATES)(
    "seeds a %s draft with a skeleton whose numbers are computed",
    async (template) => {
      const owner = await buildUser(store);
      const record = await documentCreator({
        store,
        title: "Rancangan",
        ownerId: owner.id,
        template,
      });
      expect(record.form).toBe("regulation");
      const doc = new Y.Doc();
      for (const update of await store.updates.load(record.id)) Y.applyUpdate(doc, update);
      const pm = yXmlFragmentToProseMirrorRootNode(
        doc.getXmlFragment(EDITOR_FIELD),
        getRegulationSchema(),
      );
      const markers = numberRegulation(pm).units.map((u) => u.marker);
      expect(markers).toEqual(expect.arrayContaining(["BAB I", "BAB II", "Pasal 1", "Pasal 2"]));
      let body = "";
      pm.forEach((node) => {
        if (node.type.name === "body") body = node.textContent;
      });
      expect(body).toContain("KETENTUAN UMUM");
      // The numbers are shown from the structure, never stored in the text.
      expect(body).not.toMatch(/Pasal \d|BAB [IVX]/);
    },
  );
});
