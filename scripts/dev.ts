// `npm run dev`: the API + collaboration server (restarting on change) on 8081 and
// Vite with hot reload on 5173, which proxies /api and /collab to it.
import { spawn } from "node:child_process";

const serverPort = process.env.REMBUK_DEV_SERVER_PORT ?? "8081";
const children = [
  spawn("npx", ["tsx", "watch", "server/src/index.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: serverPort },
  }),
  spawn("npx", ["vite"], {
    stdio: "inherit",
    env: { ...process.env, REMBUK_DEV_SERVER: `http://127.0.0.1:${serverPort}` },
  }),
];

const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
