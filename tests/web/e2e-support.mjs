// Shared by the browser tests and the load-time benchmark: Chromium's flags for this
// machine (no network, software WebGL) and a localhost server for a built site.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Serves `dir` on a free localhost port; returns its origin and a stop function. */
export async function serve(dir) {
  const server = spawn("node", [join(repo, "web/tools/serve.mjs"), dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const origin = await new Promise((ok, fail) => {
    server.stdout.on("data", (data) => {
      const match = /http:\/\/localhost:(\d+)\//.exec(String(data));
      if (match) ok(`http://localhost:${match[1]}`);
    });
    server.on("exit", (code) => fail(new Error(`server exited ${code}`)));
  });
  return { origin, stop: () => server.kill() };
}

