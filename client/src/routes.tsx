import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout/Layout.tsx";
import { DocumentScene } from "./scenes/DocumentScene/DocumentScene.tsx";
import { DocumentsScene } from "./scenes/DocumentsScene/DocumentsScene.tsx";

/** Every screen of the client: the list of drafts and one draft being edited. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <DocumentsScene /> },
        { path: "documents/:documentId", element: <DocumentScene /> },
      ],
    },
  ]);
}
