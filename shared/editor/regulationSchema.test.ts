import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { getRegulationSchema } from "./regulationSchema.ts";
import {
  article,
  buildPerda,
  chapter,
  clause,
  paragraph,
  part,
  perdaBody,
  perdaWithBody,
  point,
  points,
} from "./test/regulationFactory.ts";

const schema = getRegulationSchema();

/** Parses JSON into a document and checks it against the form, as a server would on import. */
function check(json: JSONContent): void {
  schema.nodeFromJSON(json).check();
}

describe("regulation schema", () => {
  it("accepts a realistic Perda with pembukaan, BAB, Bagian, Paragraf, ayat, rincian and penjelasan", () => {
    expect(() => check(buildPerda())).not.toThrow();
    expect(perdaBody().content).toHaveLength(4);
  });

  it("accepts a short regulation whose Pasal stand without BAB", () => {
    expect(() => check(perdaWithBody(article("p1", "Satu."), article("p2", "Dua.")))).not.toThrow();
  });

  it("can be built without a browser, with every structural node carrying an id", () => {
    for (const name of [
      N.chapter,
      N.part,
      N.subpart,
      N.article,
      N.clause,
      N.point,
      N.consideration,
    ]) {
      expect(schema.nodes[name]?.spec.attrs).toHaveProperty("id");
    }
  });

  // Nesting: no merge can put a node under a parent no drafter put it in, so the schema refuses.
  const refused: Array<[string, JSONContent]> = [
    ["an ayat directly in a BAB", perdaWithBody(chapter("b", "BAB", clause("a", "Teks.")))],
    ["an ayat in the body", perdaWithBody(clause("a", "Teks."))],
    [
      "a Pasal inside an ayat",
      perdaWithBody(article("p", clause("a", "Teks.", article("q", "X.")))),
    ],
    ["a BAB inside a Pasal", perdaWithBody(article("p", chapter("b", "BAB", article("q", "X."))))],
    ["a Bagian directly in the body", perdaWithBody(part("g", "Bagian", article("p", "X.")))],
    ["a BAB without a title", perdaWithBody({ type: N.chapter, content: [article("p", "X.")] })],
    ["a huruf item outside a list", perdaWithBody(article("p", point("h", "X.")))],
    [
      "a list item holding an ayat",
      perdaWithBody(article("p", points("l", "letter", point("h", clause("a", "X."))))),
    ],
  ];
  it.each(refused)("refuses %s", (_name, json) => {
    expect(() => check(json)).toThrow();
  });

  // Counts, order and alternatives: concurrent edits can merge into these, and a node the schema
  // refused would be deleted for everyone, so they are accepted and left to `checkRegulationForm`.
  const perda = buildPerda();
  const [title, preamble, body, closing, elucidation] = (perda.content ?? []) as JSONContent[];
  const tolerated: Array<[string, JSONContent]> = [
    ["a BAB with only its title", perdaWithBody(chapter("b", "BAB"))],
    [
      "a Pasal mixing ayat and plain sentences",
      perdaWithBody(article("p", clause("a", "X."), paragraph("Y."))),
    ],
    [
      "a body mixing BAB and loose Pasal",
      perdaWithBody(chapter("b", "BAB", article("p", "X.")), article("q", "Y.")),
    ],
    [
      "a BAB mixing Bagian and loose Pasal",
      perdaWithBody(
        chapter("b", "BAB", part("g", "Bagian", article("p", "X.")), article("q", "Y.")),
      ),
    ],
    ["an empty Pasal", perdaWithBody(article("p"))],
    ["an empty body", perdaWithBody()],
    [
      "an ayat opening with a list",
      perdaWithBody(article("p", clause("a", points("l", "letter", point("h", "X."))))),
    ],
    ["an empty list", perdaWithBody(article("p", "X.", points("l", "letter")))],
    [
      "two Penutup, after the Penjelasan",
      {
        ...perda,
        content: [title, preamble, body, elucidation, closing, closing] as JSONContent[],
      },
    ],
  ];
  it.each(tolerated)("tolerates %s", (_name, json) => {
    expect(() => check(json)).not.toThrow();
  });

  it("refuses a regulation without pembukaan, and parts in the wrong order", () => {
    const perda = buildPerda();
    const [title, preamble, body, ...rest] = perda.content ?? [];
    expect(() =>
      check({ ...perda, content: [title as JSONContent, body as JSONContent, ...rest] }),
    ).toThrow();
    expect(() =>
      check({
        ...perda,
        content: [title as JSONContent, body as JSONContent, preamble as JSONContent, ...rest],
      }),
    ).toThrow();
  });
});
