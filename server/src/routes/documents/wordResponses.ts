import type { JSONContent } from "@tiptap/core";
import type { Response } from "express";
import type { DocumentForm } from "../../../../shared/schemas/index.ts";
import { HttpError } from "../../errors.ts";
import { exportRegulationDocx } from "../../regulation/docxExporter.ts";
import { type PrintedVersion, renderPrintPage } from "../../regulation/printPage.ts";

/** The media type of a Word (.docx) file. */
export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const NOT_STRUCTURED = {
  docx: "Only structured drafts can be exported to Word.",
  print: "Only structured drafts have a print layout.",
};

/**
 * 409 `not_structured` unless `form` is a regulation: the Word layout and the print page follow
 * the drafting form of a regulation, which a free draft (live or frozen) does not have.
 */
export function requireStructured(form: DocumentForm, output: keyof typeof NOT_STRUCTURED): void {
  if (form !== "regulation") throw new HttpError(409, "not_structured", NOT_STRUCTURED[output]);
}

/** Characters a file name keeps: letters, digits, spaces, dots, underscores and hyphens. */
const fileNameOf = (title: string) => title.replace(/[^\p{L}\p{N} ._-]+/gu, "").slice(0, 100);

/**
 * Sends a regulation as a Word download named `<title><suffix>.docx` (UTF-8 in `filename*`,
 * an ASCII fallback for old clients), e.g. suffix `-versi-2` for a frozen version.
 */
export async function sendRegulationDocx(
  res: Response,
  props: { content: JSONContent; title: string; suffix?: string },
): Promise<void> {
  const suffix = props.suffix ?? "";
  const bytes = await exportRegulationDocx(props.content);
  const filename = `${fileNameOf(props.title) || "rancangan"}${suffix}.docx`;
  res
    .status(200)
    .type(DOCX_MEDIA_TYPE)
    .set(
      "Content-Disposition",
      `attachment; filename="rancangan${suffix}.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .set("X-Content-Type-Options", "nosniff")
    .send(Buffer.from(bytes));
}

/** Sends a regulation as its print page; a frozen `version` is named in the page's heading. */
export function sendRegulationPrintPage(
  res: Response,
  props: { content: JSONContent; title: string; version?: PrintedVersion },
): void {
  const html = renderPrintPage(props.title, props.content, props.version);
  res.status(200).type("html").set("Cache-Control", "no-store").send(html);
}
