import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout/Layout.tsx";
import { LazyScene } from "./components/LazyScene/LazyScene.tsx";
import { RequireAdministrator, RequireSignIn } from "./components/RequireSignIn/RequireSignIn.tsx";
import { AdminScene } from "./scenes/AdminScene/AdminScene.tsx";
import { DocumentsScene } from "./scenes/DocumentsScene/DocumentsScene.tsx";
import { InvitationScene } from "./scenes/InvitationScene/InvitationScene.tsx";
import { NotFoundScene } from "./scenes/NotFoundScene/NotFoundScene.tsx";
import { OrganisationScene } from "./scenes/OrganisationScene/OrganisationScene.tsx";
import { OrganisationsScene } from "./scenes/OrganisationsScene/OrganisationsScene.tsx";
import { PersonScene } from "./scenes/PersonScene/PersonScene.tsx";
import { ProfileScene } from "./scenes/ProfileScene/ProfileScene.tsx";
import { PublicScene } from "./scenes/PublicScene/PublicScene.tsx";
import { SetupScene } from "./scenes/SetupScene/SetupScene.tsx";
import { SignInScene } from "./scenes/SignInScene/SignInScene.tsx";

// The screens built on the editor, Yjs or the diff are downloaded only when first opened, so the
// sign-in page and the lists stay small on a phone or a slow connection. Once fetched, the
// service worker keeps their chunks (/assets/* is cache first) for reopening offline.
const DocumentScene = lazy(() =>
  import("./scenes/DocumentScene/DocumentScene.tsx").then((m) => ({ default: m.DocumentScene })),
);
const RoundScene = lazy(() =>
  import("./scenes/RoundScene/RoundScene.tsx").then((m) => ({ default: m.RoundScene })),
);
const VersionScene = lazy(() =>
  import("./scenes/RoundScene/VersionScene.tsx").then((m) => ({ default: m.VersionScene })),
);
const CompareScene = lazy(() =>
  import("./scenes/CompareScene/CompareScene.tsx").then((m) => ({ default: m.CompareScene })),
);
const PublicRecordScene = lazy(() =>
  import("./scenes/PublicRecordScene/PublicRecordScene.tsx").then((m) => ({
    default: m.PublicRecordScene,
  })),
);

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
        { path: "people/:personId", element: <PersonScene /> },
        {
          path: "public/consultations/:documentId",
          element: (
            <LazyScene loadingKey="public.record.loading">
              <PublicRecordScene />
            </LazyScene>
          ),
        },
        {
          path: "public/consultations/:documentId/rounds/:number",
          element: (
            <LazyScene loadingKey="public.record.loading">
              <PublicRecordScene />
            </LazyScene>
          ),
        },
        {
          element: <RequireSignIn />,
          children: [
            { index: true, element: <DocumentsScene /> },
            {
              path: "documents/:documentId",
              element: (
                <LazyScene loadingKey="document.loading">
                  <DocumentScene />
                </LazyScene>
              ),
            },
            {
              path: "documents/:documentId/rounds/:number",
              element: (
                <LazyScene loadingKey="rounds.page.loading">
                  <RoundScene />
                </LazyScene>
              ),
            },
            {
              path: "documents/:documentId/versions/:number",
              element: (
                <LazyScene loadingKey="versions.loadingOne">
                  <VersionScene />
                </LazyScene>
              ),
            },
            {
              path: "documents/:documentId/compare",
              element: (
                <LazyScene loadingKey="diff.loading">
                  <CompareScene />
                </LazyScene>
              ),
            },
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
