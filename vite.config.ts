import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Port of the API + collaboration server that `npm run dev` proxies to. */
const devServerTarget = process.env.REMBUK_DEV_SERVER ?? "http://127.0.0.1:8081";

export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    // One bundle on purpose for now: the offline service worker (client/public/sw.js)
    // caches the page and its assets, and a single chunk keeps that set small and known.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: devServerTarget, changeOrigin: false },
      "/collab": { target: devServerTarget.replace(/^http/, "ws"), ws: true },
    },
  },
});
