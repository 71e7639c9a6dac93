import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout/Layout.tsx";
import { RequireAdministrator, RequireSignIn } from "./components/RequireSignIn/RequireSignIn.tsx";
import { AdminScene } from "./scenes/AdminScene/AdminScene.tsx";
import { CompareScene } from "./scenes/CompareScene/CompareScene.tsx";
import { DocumentScene } from "./scenes/DocumentScene/DocumentScene.tsx";
import { DocumentsScene } from "./scenes/DocumentsScene/DocumentsScene.tsx";
import { InvitationScene } from "./scenes/InvitationScene/InvitationScene.tsx";
import { NotFoundScene } from "./scenes/NotFoundScene/NotFoundScene.tsx";
import { OrganisationScene } from "./scenes/OrganisationScene/OrganisationScene.tsx";
import { OrganisationsScene } from "./scenes/OrganisationsScene/OrganisationsScene.tsx";
import { ProfileScene } from "./scenes/ProfileScene/ProfileScene.tsx";
import { PublicRecordScene } from "./scenes/PublicRecordScene/PublicRecordScene.tsx";
import { PublicScene } from "./scenes/PublicScene/PublicScene.tsx";
import { RoundScene } from "./scenes/RoundScene/RoundScene.tsx";
import { VersionScene } from "./scenes/RoundScene/VersionScene.tsx";
import { SetupScene } from "./scenes/SetupScene/SetupScene.tsx";
import { SignInScene } from "./scenes/SignInScene/SignInScene.tsx";

/**
 * Every screen of the client. Sign-in, first-run setup, invitation links and the public record
 * are open to anyone; everything else needs a signed-in person, and administration an administrator.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { path: "sign-in", element: <SignInScene /> },
        { path: "setup", element: <SetupScene /> },
        { path: "invitations/:token", element: <InvitationScene /> },
        { path: "public", element: <PublicScene /> },
        { path: "public/consultations/:documentId", element: <PublicRecordScene /> },
        { path: "public/consultations/:documentId/rounds/:number", element: <PublicRecordScene /> },
        {
          element: <RequireSignIn />,
          children: [
            { index: true, element: <DocumentsScene /> },
            { path: "documents/:documentId", element: <DocumentScene /> },
            { path: "documents/:documentId/rounds/:number", element: <RoundScene /> },
            { path: "documents/:documentId/versions/:number", element: <VersionScene /> },
            { path: "documents/:documentId/compare", element: <CompareScene /> },
            { path: "profile", element: <ProfileScene /> },
            { path: "organisations", element: <OrganisationsScene /> },
            { path: "organisations/:organisationId", element: <OrganisationScene /> },
            {
              path: "admin",
              element: <RequireAdministrator />,
              children: [{ index: true, element: <AdminScene /> }],
            },
          ],
        },
        { path: "*", element: <NotFoundScene /> },
      ],
    },
  ]);
}
