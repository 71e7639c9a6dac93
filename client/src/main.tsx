import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { initI18n } from "./i18n/index.ts";
import { createRouter } from "./routes.tsx";
import { registerServiceWorker } from "./serviceWorker.ts";
import { SessionProvider } from "./session/SessionProvider.tsx";
import "./styles/index.css";

initI18n();
registerServiceWorker();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={createRouter()} />
    </SessionProvider>
  </StrictMode>,
);
