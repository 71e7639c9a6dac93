import type { Editor as TiptapEditor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type * as Y from "yjs";
import { EDITOR_FIELD } from "../../../../../shared/editor/index.ts";
import { REGULATION_NODE } from "../../../../../shared/editor/nodeNames.ts";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import { CloseCode } from "../../../../../shared/protocol/index.ts";
import type { DocumentForm } from "../../../../../shared/schemas/index.ts";
import { Editor } from "../../../components/Editor/Editor.tsx";
import { RegulationEditor } from "../../../components/Editor/RegulationEditor.tsx";
import { useCollaboration } from "../../../hooks/useCollaboration.ts";
import { usePresenceUser } from "../../../hooks/usePresenceUser.ts";
import { useMe, useSession } from "../../../hooks/useSession.ts";
import { DraftCommentsPanel } from "../comments/DraftCommentsPanel.tsx";
import { ConsultationPanel } from "../consultation/ConsultationPanel.tsx";
import { VersionsPanel } from "../consultation/VersionsPanel.tsx";
import { useRounds } from "../hooks/useRounds.ts";
import { SharingButton } from "../sharing/SharingButton.tsx";
import { ClosedNotice } from "./ClosedNotice.tsx";
import { CollaborationStatusBar } from "./CollaborationStatusBar.tsx";
import { DocumentNotFound } from "./DocumentNotFound.tsx";
import { DocumentSections, documentViewOf } from "./DocumentSections.tsx";
import { ImportNotice } from "./ImportNotice.tsx";
import { PeoplePresent } from "./PeoplePresent.tsx";
import { ReadOnlyNotice } from "./ReadOnlyNotice.tsx";
import { WordActions } from "./WordActions.tsx";

interface LiveDocumentProps {
  documentId: string;
  title: string;
  /** Free text or a structured regulation; null when the server could not be asked. */
  form: DocumentForm | null;
  /** The person's role on the draft; null when unknown (e.g. first visit while offline). */
  role: DocumentRole | null;
  /** Called when the server refuses the live connection (4403), to ask for the role again. */
  onRefused: () => void;
}

/**
 * The draft being written together: title with the person's role and the sharing dialog,
 * status line, people present and the shared editor — read-only for those who may not edit —
 * and beside the text, its consultation rounds and versions. The editor stays connected while
 * those are shown, so nothing typed is lost by looking at them.
 */
export function LiveDocument({ documentId, title, form, role, onRefused }: LiveDocumentProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useSession();
  const user = usePresenceUser();
  const editable = can(role, "document.edit");
  const collaboration = useCollaboration(documentId, me.id, !editable);
  const closedCode = collaboration?.status.closed?.code;
  // The live editor, once it exists: the comments panel reads the text and selection from it.
  const [editor, setEditor] = useState<TiptapEditor | null>(null);
  const [search] = useSearchParams();
  const view = documentViewOf(search);
  const { rounds, reload: reloadRounds } = useRounds(documentId);
  const roundList = rounds.status === "ready" ? rounds.data : [];

  useEffect(() => {
    if (closedCode === CloseCode.forbidden) onRefused();
    // Not signed in any more: finding out sends the person to the sign-in page.
    if (closedCode === CloseCode.unauthenticated) void refresh();
  }, [closedCode, onRefused, refresh]);

  if (closedCode === CloseCode.documentNotFound) return <DocumentNotFound />;

  const comments = editor && (
    <DraftCommentsPanel documentId={documentId} editor={editor} role={role} rounds={roundList} />
  );

  return (
    <>
      <div className="document-heading">
        <h1 className="heading-xl document-title">{title}</h1>
        <div className="document-heading__meta">
          {role && (
            <span className="tag tag--grey" data-testid="document-role">
              {t("documents.list.role", { role: t(`roles.${role}.name`) })}
            </span>
          )}
          {can(role, "document.viewRoles") && (
            <SharingButton documentId={documentId} title={title} role={role} />
          )}
          {editable && form === "regulation" && <WordActions documentId={documentId} />}
        </div>
      </div>
      <DocumentSections
        current={view}
        openRounds={roundList.filter((round) => round.state === "open").length}
      />
      {view === "consultation" && (
        <ConsultationPanel
          documentId={documentId}
          role={role}
          rounds={rounds}
          reload={reloadRounds}
        />
      )}
      {view === "versions" && <VersionsPanel documentId={documentId} role={role} />}
      <div hidden={view !== "text"}>
        {!editable && <ReadOnlyNotice />}
        {editable && <ImportNotice />}
        {collaboration && (
          <>
            <CollaborationStatusBar status={collaboration.status} />
            {collaboration.status.closed && (
              <ClosedNotice
                closed={collaboration.status.closed}
                onReconnect={() => collaboration.session.reconnect()}
              />
            )}
            {(form ?? formOfLocalCopy(collaboration.session.doc)) === "regulation" ? (
              <RegulationEditor
                doc={collaboration.session.doc}
                provider={collaboration.session.provider}
                user={user}
                editable={editable}
                onEditorReady={setEditor}
                aside={
                  <>
                    {comments}
                    <PeoplePresent awareness={collaboration.session.provider.awareness} />
                  </>
                }
              />
            ) : (
              <div className="document-layout">
                <div className="document-layout__main">
                  <Editor
                    doc={collaboration.session.doc}
                    provider={collaboration.session.provider}
                    user={user}
                    editable={editable}
                    onEditorReady={setEditor}
                  />
                </div>
                <aside className="document-layout__side">
                  {comments}
                  <PeoplePresent awareness={collaboration.session.provider.awareness} />
                </aside>
              </div>
            )}
          </>
        )}
      </div>
    </>
  );
}

/**
 * The form of a draft opened offline, read from this device's copy: a structured regulation
 * starts with its title node. Free drafts never contain one.
 */
function formOfLocalCopy(doc: Y.Doc): DocumentForm {
  const first = doc.getXmlFragment(EDITOR_FIELD).get(0);
  return first && "nodeName" in first && first.nodeName === REGULATION_NODE.regulationTitle
    ? "regulation"
    : "free";
}
