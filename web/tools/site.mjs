// Helpers for web/build.sh and web/size-report.sh, in Node (already needed for the browser
// tests) so the build needs no other tools:
//   node site.mjs finish DIST           site.json, version and file list, .br/.gz copies
//   node site.mjs sizes DIST [BUDGET]   raw, gzip and brotli size of every file, and each reader's first visit
//   node site.mjs compress DIST         only the .br/.gz copies (for the benchmark's baseline)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const [command, dist, extra] = process.argv.slice(2);

// Files the site is made of, without the precompressed copies.
function siteFiles(dir) {
  return readdirSync(dir)
    .filter((name) => !name.endsWith(".br") && !name.endsWith(".gz") && statSync(join(dir, name)).isFile())
    .sort();
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
const gzip = (bytes) => gzipSync(bytes, { level: 9 });

function finish(dir) {
  // strings.json is already there: `chatwise page-files` wrote it from the Fluent files.
  // The built-in library's site has no pack file: the app uses the lessons compiled into it.
  // `chatwise site` replaces this with the published pack's settings.
  writeFileSync(join(dir, "site.json"), JSON.stringify({ format: 1, pack: null }));
  const wasmBytes = statSync(join(dir, "chatwise_bg.wasm")).size;
  const loader = join(dir, "loader.js");
  writeFileSync(loader, readFileSync(loader, "utf8").replace("__WASM_BYTES__", String(wasmBytes)));
  // The version is a hash of every file, so any change makes a new service worker.
  // Pictures are listed so a new version keeps those a reader has seen (web/sw.js); they are
  // fetched only with their lesson.
  const pictures = existsSync(join(dir, "images")) ? siteFiles(join(dir, "images")).map((name) => `images/${name}`) : [];
  const files = [...siteFiles(dir).filter((name) => name !== "sw.js"), ...pictures];
  const hash = createHash("sha256");
  for (const name of files) hash.update(name).update(readFileSync(join(dir, name)));
  const version = hash.digest("hex").slice(0, 16);
  const sw = join(dir, "sw.js");
  const list = JSON.stringify(["./", ...files]);
  writeFileSync(sw, readFileSync(sw, "utf8").replace("__VERSION__", version).replace("__FILES__", list));
  compress(dir);
  console.log(`site version ${version}, ${files.length + 1} files`);
}

/** Precompressed copies for servers that can send them (and for web/serve.sh). */
function compress(dir) {
  for (const name of siteFiles(dir)) {
    const bytes = readFileSync(join(dir, name));
    if ([".png", ".woff2"].includes(extname(name))) continue;
    writeFileSync(join(dir, `${name}.br`), brotli(bytes));
    writeFileSync(join(dir, `${name}.gz`), gzip(bytes));
  }
}

// Files a reader downloads only for their language: its words and its script's fonts.
const onDemand = (name) =>
  name.endsWith(".ttf") || /^(lang|help)-.+\.json$/.test(name) || name.startsWith("images/");

function sizes(dir, budgetMb) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(12);
  // The build's own .br/.gz copies are what a server sends; compress afresh only without them.
  const packed = (name, suffix, pack, bytes) => {
    const copy = join(dir, `${name}${suffix}`);
    const fresh = existsSync(copy) && statSync(copy).mtimeMs >= statSync(join(dir, name)).mtimeMs;
    return fresh ? statSync(copy).size : pack(bytes).length;
  };
  const rows = siteFiles(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, raw: bytes.length, gzip: packed(name, ".gz", gzip, bytes), brotli: packed(name, ".br", brotli, bytes) };
  });
  const sum = (list) =>
    list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const width = Math.max(26, ...rows.map((r) => r.name.length + 2));
  console.log(`${"file".padEnd(width)}${"raw".padStart(12)}${"gzip".padStart(12)}${"brotli".padStart(12)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}${onDemand(r.name) ? "  (only for its language)" : ""}`);
  // What each reader downloads on a first visit: everything else, plus their language's files
  // (strings.json names them), which the loader fetches beside the app.
  const base = sum(rows.filter((r) => !onDemand(r.name)));
  const strings = existsSync(join(dir, "strings.json")) ? JSON.parse(readFileSync(join(dir, "strings.json"), "utf8")) : {};
  const visit = (lang) => {
    const entry = strings[lang] || {};
    const own = [entry["@file"], ...(entry["@fonts"] || []), `help-${lang}.json`].filter(Boolean);
    return base.brotli + sum(rows.filter((r) => own.includes(r.name))).brotli;
  };
  const mb = (n) => (n / 1e6).toFixed(2);
  const budget = Number(budgetMb || 1.5);
  const english = visit("en");
  console.log(`first visit with brotli, English reader: ${mb(english)} MB of a ${budget} MB budget: ${english / 1e6 <= budget ? "within" : "OVER"}`);
  for (const lang of Object.keys(strings).filter((l) => l !== "en")) {
    const bytes = visit(lang);
    console.log(`first visit with brotli, ${lang} reader: ${mb(bytes)} MB (${((bytes - english) / 1024).toFixed(1)} KB for ${lang}: words and script fonts)`);
  }
  if (existsSync(join(dir, "images"))) {
    for (const name of siteFiles(join(dir, "images"))) {
      console.log(`picture images/${name}: ${kb(statSync(join(dir, "images", name)).size).trim()} (downloaded with its lesson)`);
    }
  }
  return english / 1e6 <= budget;
}

if (command === "finish") finish(dist);
else if (command === "compress") compress(dist);
else if (command === "sizes") process.exit(sizes(dist, extra) ? 0 : 1);
else {
  console.error("usage: node site.mjs finish DIST | sizes DIST [BUDGET_MB] | compress DIST");
  process.exit(2);
}
