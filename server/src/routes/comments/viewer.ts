import type { Request } from "express";
import type { CommentViewer } from "../../presenters/commentPresenter.ts";

/** Who is reading comments: administrators see the words of hidden ones. */
export function viewerOf(req: Request): CommentViewer {
  return { seesHidden: req.access?.can("site.administer") ?? false };
}
