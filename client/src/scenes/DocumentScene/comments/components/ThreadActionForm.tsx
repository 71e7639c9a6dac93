import type { CommentView } from "../../../../../../shared/schemas/index.ts";
import { AnswerForm } from "./AnswerForm.tsx";
import { DeclineForm } from "./DeclineForm.tsx";
import { EditCommentForm } from "./EditCommentForm.tsx";
import { ModerationForm } from "./ModerationForm.tsx";
import { ReplyForm } from "./ReplyForm.tsx";

/** The actions that open a form inside a thread. */
export type ThreadAction = "reply" | "edit" | "answer" | "decline" | "moderate";

interface ThreadActionFormProps {
  action: ThreadAction;
  documentId: string;
  comment: CommentView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The form for the action chosen on one comment of a thread. */
export function ThreadActionForm({ action, ...props }: ThreadActionFormProps) {
  switch (action) {
    case "reply":
      return <ReplyForm {...props} />;
    case "edit":
      return <EditCommentForm {...props} />;
    case "answer":
      return <AnswerForm {...props} />;
    case "decline":
      return <DeclineForm {...props} />;
    case "moderate":
      return <ModerationForm {...props} />;
  }
}
