// A small static server for dist/ on localhost: the right types for .wasm and the service
// worker, and the precompressed .br/.gz copies when the browser accepts them (as a real host
// with brotli would send them). For trying the site and for the browser tests; not for
// production hosting.
//   node serve.mjs DIST [PORT]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";

const [dist, port = "8080"] = process.argv.slice(2);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, "http://localhost");
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    // A malformed % escape ("/%E0%A4") is the client's mistake, not a reason to stop serving.
    response.writeHead(400, { "content-type": "text/plain" }).end("bad request");
    return;
  }
  let path = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  if (path.endsWith("/")) path += "index.html";
  const file = join(dist, path);
  if (!file.startsWith(normalize(dist)) || !(await exists(file))) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const accepts = String(request.headers["accept-encoding"] || "");
  const headers = {
    "content-type": types[extname(file)] || "application/octet-stream",
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    vary: "accept-encoding",
  };
  // Validators, as a real host sends them: the service worker's "no-cache" revalidation of
  // files the page already has then costs a 304, not a second download.
  const info = await stat(file);
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  headers.etag = etag;
  headers["last-modified"] = info.mtime.toUTCString();
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  let body = file;
  if (accepts.includes("br") && (await exists(`${file}.br`))) {
    body = `${file}.br`;
    headers["content-encoding"] = "br";
  } else if (accepts.includes("gzip") && (await exists(`${file}.gz`))) {
    body = `${file}.gz`;
    headers["content-encoding"] = "gzip";
  }
  const bytes = await readFile(body);
  headers["content-length"] = bytes.length;
  response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : bytes);
});

server.listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${dist} at http://localhost:${server.address().port}/`);
});
