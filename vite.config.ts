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
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: devServerTarget, changeOrigin: false },
      "/collab": { target: devServerTarget.replace(/^http/, "ws"), ws: true },
    },
  },
});
