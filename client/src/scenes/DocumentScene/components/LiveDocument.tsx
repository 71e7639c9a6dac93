import { useMemo, useState } from "react";
import { CloseCode } from "../../../../../shared/protocol/index.ts";
import { DisplayNameForm } from "../../../components/DisplayNameForm/DisplayNameForm.tsx";
import { Editor } from "../../../components/Editor/Editor.tsx";
import { useCollaboration } from "../../../hooks/useCollaboration.ts";
import { useDisplayName } from "../../../hooks/useDisplayName.ts";
import { ClosedNotice } from "./ClosedNotice.tsx";
import { CollaborationStatusBar } from "./CollaborationStatusBar.tsx";
import { DocumentNotFound } from "./DocumentNotFound.tsx";
import { PeoplePresent } from "./PeoplePresent.tsx";

interface LiveDocumentProps {
  documentId: string;
  title: string;
}

/**
 * The draft being written together: status line, people present and the shared editor. Asks
 * for a display name first if this device has none.
 */
export function LiveDocument({ documentId, title }: LiveDocumentProps) {
  const { name, color, setName } = useDisplayName();
  const [editingName, setEditingName] = useState(false);
  const collaboration = useCollaboration(name ? documentId : null);
  const user = useMemo(() => (name && color ? { name, color } : null), [name, color]);

  if (collaboration?.status.closed?.code === CloseCode.documentNotFound) {
    return <DocumentNotFound />;
  }

  const nameForm = (
    <DisplayNameForm
      initialName={name ?? ""}
      onSubmit={(next) => {
        setName(next);
        setEditingName(false);
      }}
      onCancel={name ? () => setEditingName(false) : undefined}
    />
  );

  return (
    <>
      <h1 className="heading-xl document-title">{title}</h1>
      {!user && nameForm}
      {user && collaboration && (
        <>
          <CollaborationStatusBar status={collaboration.status} />
          {collaboration.status.closed && (
            <ClosedNotice
              closed={collaboration.status.closed}
              onReconnect={() => collaboration.session.reconnect()}
            />
          )}
          <div className="document-layout">
            <div className="document-layout__main">
              <Editor
                doc={collaboration.session.doc}
                provider={collaboration.session.provider}
                user={user}
              />
            </div>
            <aside className="document-layout__side">
              {editingName ? (
                nameForm
              ) : (
                <PeoplePresent
                  awareness={collaboration.session.provider.awareness}
                  onChangeName={() => setEditingName(true)}
                />
              )}
            </aside>
          </div>
        </>
      )}
    </>
  );
}
