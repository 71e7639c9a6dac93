import fs from "node:fs";
import path from "node:path";
import express from "express";
import helmet from "helmet";
import { notFound } from "./errors.ts";
import type { Logger } from "./logger.ts";
import type { Authorizer } from "./policies/authorize.ts";
import { documentsRouter } from "./routes/documents/documents.ts";
import { errorHandler } from "./routes/errorHandler.ts";
import { healthRouter } from "./routes/health/health.ts";
import type { Store } from "./store/index.ts";

export interface AppDeps {
  store: Store;
  authorizer: Authorizer;
  log: Logger;
  /** Folder of the built client (`dist/client`); served when it exists. */
  clientDir: string;
}

/** Wires the express app: security headers, the JSON API, then the built client. */
export function createApp(deps: AppDeps) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
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
  api.use(express.json({ limit: "100kb" }));
  api.use("/health", healthRouter());
  api.use(
    "/documents",
    documentsRouter({ documents: deps.store.documents, authorizer: deps.authorizer }),
  );
  api.use(() => {
    throw notFound("not_found", "There is no such API route.");
  });
  api.use(errorHandler(deps.log));
  app.use("/api", api);

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
