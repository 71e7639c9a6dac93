import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { checkRegulationForm, type FormProblem } from "./formRules.ts";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { getRegulationSchema } from "./regulationSchema.ts";
import {
  article,
  buildPerda,
  chapter,
  clause,
  paragraph,
  part,
  perdaWithBody,
  point,
  points,
  subpart,
} from "./test/regulationFactory.ts";

const schema = getRegulationSchema();

/** The form problems of a document given as JSON, without their positions. */
function problemsOf(json: JSONContent): Array<Omit<FormProblem, "pos">> {
  return checkRegulationForm(schema.nodeFromJSON(json)).map(({ pos: _pos, ...problem }) => problem);
}

/** The test Perda with one part of the pembukaan emptied. */
function perdaWithEmptyPreamblePart(type: string): JSONContent {
  const perda = buildPerda();
  const preamble = perda.content?.find((child) => child.type === N.preamble);
  for (const child of preamble?.content ?? []) if (child.type === type) child.content = [];
  return perda;
}

describe("form rules the schema tolerates", () => {
  it("find nothing to warn about in a well-formed Perda", () => {
    expect(problemsOf(buildPerda())).toEqual([]);
  });

  it("report a BAB left without Pasal, and keep counting the others", () => {
    const body = perdaWithBody(
      chapter("bab-kosong", "KETENTUAN UMUM"),
      chapter("b2", "LAIN", article("p", "X.")),
    );
    expect(problemsOf(body)).toEqual([
      {
        rule: "chapter_empty",
        id: "bab-kosong",
        locator: "BAB I",
        message: "BAB I has no Pasal",
      },
    ]);
  });

  it("report an empty Bagian, Paragraf and title", () => {
    const body = perdaWithBody(
      chapter(
        "b",
        "",
        part("g1", "Hak", subpart("s", "Umum")),
        part("g2", "Kewajiban", article("p", "X.")),
      ),
    );
    expect(problemsOf(body).map(({ rule, message }) => [rule, message])).toEqual([
      ["unit_title_empty", "BAB I has no title"],
      ["subpart_empty", "BAB I Bagian Kesatu Paragraf 1 has no Pasal"],
    ]);
  });

  it("report a Pasal mixing ayat with plain text", () => {
    const body = perdaWithBody(
      article("p", paragraph("Kalimat."), clause("a", "X."), clause("b", "Y.")),
    );
    expect(problemsOf(body)).toEqual([
      {
        rule: "article_mixed",
        id: "p",
        locator: "Pasal 1",
        message: "Pasal 1 mixes ayat with text outside an ayat",
      },
    ]);
  });

  it("report a Pasal with a single ayat, which should be plain text", () => {
    const body = perdaWithBody(article("p", clause("a", "Satu-satunya ayat.")));
    expect(problemsOf(body).map((problem) => problem.rule)).toEqual(["article_single_clause"]);
  });

  it("report each loose Pasal beside Bagian in a BAB, and beside BAB in the body", () => {
    const body = perdaWithBody(
      chapter("b", "HAK", part("g", "Hak", article("p1", "X.")), article("p2", "Y.")),
      article("p3", "Z."),
    );
    expect(problemsOf(body)).toEqual([
      {
        rule: "article_outside_part",
        id: "p2",
        locator: "BAB I, Pasal 2",
        message: "Pasal 2 stands outside any Bagian while BAB I is divided into Bagian",
      },
      {
        rule: "article_outside_chapter",
        id: "p3",
        locator: "Pasal 3",
        message: "Pasal 3 stands outside any BAB while Batang Tubuh is divided into BAB",
      },
    ]);
  });

  it("report empty provisions and an ayat that does not open with a sentence", () => {
    const body = perdaWithBody(
      article("p1"),
      article("p2", clause("a", points("l", "letter", point("h", "X."))), clause("b")),
      article("p3", "Y.", points("kosong", "number")),
    );
    expect(problemsOf(body).map(({ rule, message }) => [rule, message])).toEqual([
      ["article_empty", "Pasal 1 is empty"],
      ["clause_without_sentence", "Pasal 2 ayat (1) does not begin with a sentence"],
      ["clause_empty", "Pasal 2 ayat (2) is empty"],
      ["point_list_empty", "Pasal 3 has an empty list"],
    ]);
  });

  it("report a body without any Pasal", () => {
    expect(problemsOf(perdaWithBody()).map((problem) => problem.message)).toEqual([
      "Batang Tubuh has no Pasal",
    ]);
  });

  it("report a missing Menimbang or Mengingat", () => {
    expect(problemsOf(perdaWithEmptyPreamblePart(N.considerations))).toEqual([
      {
        rule: "considerations_missing",
        id: "menimbang",
        locator: "Menimbang",
        message: "Menimbang has no consideration",
      },
    ]);
    expect(problemsOf(perdaWithEmptyPreamblePart(N.legalBases)).map((p) => p.message)).toEqual([
      "Mengingat has no legal basis",
    ]);
  });

  it("report a second Penutup and a Penutup after the Penjelasan, as concurrent additions leave them", () => {
    const perda = buildPerda();
    const [title, preamble, body, closing, elucidation] = (perda.content ?? []) as JSONContent[];
    const json = { ...perda, content: [title, preamble, body, elucidation, closing, closing] };
    expect(problemsOf(json as JSONContent)).toEqual([
      {
        rule: "closing_after_elucidation",
        id: "penutup",
        locator: "Penutup",
        message: "Penutup comes after Penjelasan",
      },
      {
        rule: "closing_after_elucidation",
        id: "penutup",
        locator: "Penutup",
        message: "Penutup comes after Penjelasan",
      },
      {
        rule: "closing_duplicate",
        id: "penutup",
        locator: "Penutup",
        message: "The regulation has more than one Penutup",
      },
    ]);
  });
});
