import fs from "node:fs";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { notFound } from "./errors.ts";
import { adminRouter } from "./routes/admin/admin.ts";
import { authRouter } from "./routes/auth/auth.ts";
import type { RouteContext } from "./routes/context.ts";
import { documentsRouter } from "./routes/documents/documents.ts";
import { DOCX_MEDIA_TYPE } from "./routes/documents/word.ts";
import { PDF_MEDIA_TYPE } from "./routes/comments/attachments.ts";
import { errorHandler } from "./routes/errorHandler.ts";
import { healthRouter } from "./routes/health/health.ts";
import { publicInvitationsRouter } from "./routes/invitations/invitations.ts";
import { meRouter } from "./routes/me/me.ts";
import { openApiRouter } from "./routes/openapi/openapi.ts";
import { organisationsRouter } from "./routes/organisations/organisations.ts";
import { peopleRouter } from "./routes/people/people.ts";
import { publicFeedRouter } from "./routes/public/feed.ts";
import { publicConsultationsRouter } from "./routes/public/publicConsultations.ts";
import { attachActor, requireJsonBodies, requireSameOriginForChanges } from "./routes/session.ts";
import { openRoundsRouter } from "./routes/rounds/openRounds.ts";
import { setupRouter } from "./routes/setup/setup.ts";

export interface AppDeps extends RouteContext {
  allowedOrigins: readonly string[];
  trustProxy: string;
  /** Folder of the built client (`dist/client`); served when it exists. */
  clientDir: string;
}

/** Wires the express app: security headers, the JSON API, then the built client. */
export function createApp(deps: AppDeps) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", parseTrustProxy(deps.trustProxy));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "default-src": ["'self'"],
          "connect-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          // Tiptap's collaboration carets colour each person through a style attribute.
          "style-src": ["'self'", "'unsafe-inline'"],
          "script-src": ["'self'"],
          "object-src": ["'none'"],
          "frame-ancestors": ["'none'"],
          "upgrade-insecure-requests": null,
        },
      },
    }),
  );

  const api = express.Router();
  api.use(requireJsonBodies([DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, "application/octet-stream"]));
  api.use(express.json({ limit: "100kb" }));
  api.use(requireSameOriginForChanges(deps.allowedOrigins));
  api.use(attachActor(deps.store));
  api.use("/health", healthRouter(deps.store));
  api.use("/openapi.json", openApiRouter());
  api.use("/auth", authRouter(deps));
  api.use("/me", meRouter(deps));
  api.use("/setup", setupRouter(deps));
  api.use("/organisations", organisationsRouter(deps));
  api.use("/people", peopleRouter(deps));
  api.use("/admin", adminRouter(deps));
  api.use("/documents", documentsRouter(deps));
  api.use("/invitations", publicInvitationsRouter(deps));
  api.use("/rounds", openRoundsRouter(deps));
  // The public record: no account needed, nothing unpublished.
  api.use("/public/consultations", publicConsultationsRouter(deps));
  api.use(() => {
    throw notFound("not_found", "There is no such API route.");
  });
  api.use(errorHandler(deps.log));
  app.use("/api", api);
  app.use("/public", publicFeedRouter(deps));

  serveClient(app, deps.clientDir);
  return app;
}

/** Serves the built single-page app, answering unknown paths with its index.html. */
function serveClient(app: express.Express, clientDir: string) {
  const index = path.join(clientDir, "index.html");
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type("text/plain")
        .send("The client has not been built. Run `npm run build`.");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}

/** Reads TRUST_PROXY: "false", "true", a hop count, or a list of addresses. */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
