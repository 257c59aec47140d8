// Starts ChatWise in the page: checks the browser can run it, downloads the app with a
// progress bar, and starts it. Texts come from locales/*/web.ftl (web/build.sh, or
// `chatwise site` for a published pack, writes them into strings.json). A site made by
// `chatwise site` also has its pack (pack.json) and its settings (site.json: organisation,
// default language and country); the app reads the pack from `globalThis.chatwisePack`.
// Nothing is requested from any other site.
import init from "./chatwise.js";

// Filled in by web/build.sh: the uncompressed size of the app, for the progress bar.
const WASM_BYTES = Number("__WASM_BYTES__") || 0;

/** How long a download may take before the page says the connection is slow. */
const SLOW_AFTER_MS = 8000;

/** The pack format this player reads (src/content/bundle.rs FORMAT). */
const PACK_FORMAT = 1;

const root = document.documentElement;
const $ = (id) => document.getElementById(id);

// The app's download starts as soon as this script runs, and the browser compiles the module
// while it arrives: nothing the page waits for (its words, the site's pack) holds it back, and
// on a slow connection each round trip saved is time a child does not wait. Checking for
// WebGL 2 starts the browser's GPU process, which can take a few hundred milliseconds on a
// first visit, so it runs once the download has begun; a browser that cannot run the app
// stops the download at once and spends next to none of its data on it.
let downloaded = false;
let pageStrings = { text: () => "" }; // the reader's language's words, once they are here
const stopDownload = new AbortController();
const appModule = compileApp(stopDownload.signal);
appModule.catch(() => {}); // a failure is reported where the module is used
const canRun = webgl2Works();
if (!canRun) stopDownload.abort();

/**
 * Files the app asks this site for while it runs: `globalThis[table][key]` is filled with what
 * `read(response)` makes of `url` (null when the site cannot send it), each file fetched once,
 * and kept by the service worker for offline use once it has arrived (web/sw.js).
 */
function siteFiles(table, fetcher, urlOf, read, arrived) {
  const files = (globalThis[table] = {});
  const inFlight = new Set();
  globalThis[fetcher] = (key) => {
    if (inFlight.has(key) || key in files) return;
    const url = urlOf(key);
    if (!url) {
      files[key] = null; // nothing this site has, or may send
      return;
    }
    inFlight.add(key);
    fetch(url)
      .then((response) => (response.ok ? read(response) : Promise.reject(new Error(`${url}: ${response.status}`))))
      .catch((error) => {
        console.warn(`chatwise: ${url} could not be used:`, String(error));
        return null;
      })
      .then((value) => {
        files[key] = value;
        inFlight.delete(key);
        if (value) {
          arrived?.(value);
          keepOffline([url]);
        }
      });
  };
}

// Script fonts (Devanagari, Arabic...) come from this site only when a language needs them, as
// bytes. The reader's saved language's fonts are asked for at once, in parallel with the app's
// download, so the first screen is drawn in them.
siteFiles(
  "chatwiseFonts",
  "chatwiseFetchFont",
  (file) => (/^[A-Za-z0-9-]+\.ttf$/.test(file) ? file : null), // only this site's own font files
  (response) => response.arrayBuffer(),
  // The loading page's own words use it too, on a machine without the script's fonts.
  (bytes) => "FontFace" in globalThis && document.fonts.add(new FontFace("ChatWise Script", bytes.slice(0))),
);

// The built-in library's site: the app carries English; each other language is a file of its
// own (strings.json names it as "@file"), as text.
const languageFiles = {};
siteFiles("chatwiseLanguages", "chatwiseFetchLanguage", (code) => languageFiles[code] || null, (response) => response.text());

// A lesson's pictures, when the app shows that lesson: the browser decodes them (the app
// carries no decoder) into pixels.
siteFiles(
  "chatwiseImages",
  "chatwiseFetchImage",
  (path) => (/^images\/[A-Za-z0-9._-]+\.png$/.test(path) && !path.includes("..") ? path : null),
  async (response) => {
    const bitmap = await createImageBitmap(await response.blob());
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: pixels.width, height: pixels.height, data: new Uint8Array(pixels.data.buffer) };
  },
);

/** Asks the service worker to keep files this reader has needed (see web/sw.js). */
function keepOffline(files) {
  if (files.length === 0 || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep: files })).catch(() => {});
}

/** site.json: `{ pack: null }` on the built-in library's site, the pack's file and defaults otherwise. */
async function loadSite() {
  try {
    const response = await fetch("site.json");
    return response.ok ? await response.json() : {};
  } catch {
    return {};
  }
}

function pickLanguage(available, preferred) {
  // A learner's own earlier choice, then the site's default language, then the browser's.
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem("chatwise") || "null")?.settings?.language ?? null;
  } catch {
    saved = null;
  }
  const wanted = [saved, preferred, ...(navigator.languages || []), navigator.language || ""].filter(Boolean);
  for (const tag of wanted) {
    if (available.includes(tag)) return tag;
    const base = tag.split("-")[0].toLowerCase();
    if (available.includes(base)) return base;
  }
  return "en";
}

async function fetchStrings() {
  try {
    return await (await fetch("strings.json")).json();
  } catch {
    return {};
  }
}

function chooseStrings(all, site) {
  const lang = pickLanguage(Object.keys(all), site.language);
  // Texts are looked up by message id; "@..." keys describe the language (direction, files).
  return { lang, text: (id) => all[lang]?.[id] ?? all.en?.[id] ?? "" };
}

function showProblem(strings, state, titleId, textId) {
  root.dataset.state = state;
  for (const id of ["loading-text", "loading-progress", "loading-detail", "loading-slow"]) $(id).hidden = true;
  $("problem-title").textContent = strings.text(titleId);
  $("problem-text").textContent = strings.text(textId);
  $("problem").hidden = false;
  $("loading").removeAttribute("aria-busy");
}

/**
 * The app's module, compiled as it arrives. The progress bar counts a copy of the download, so
 * a busy page never holds the compiler back. Says so on the page when the download is slow.
 */
async function compileApp(signal) {
  const slow = setTimeout(() => {
    if (root.dataset.state === "loading" && canRun) $("loading-slow").hidden = false;
  }, SLOW_AFTER_MS);
  const response = await fetch("chatwise_bg.wasm", { signal }).catch((error) => {
    clearTimeout(slow);
    throw error;
  });
  if (!response.ok || !response.body) {
    clearTimeout(slow);
    throw new Error(`download failed: ${response.status}`);
  }
  const counted = countProgress(response.clone().body.getReader()).then(() => {
    downloaded = true;
    clearTimeout(slow);
    $("loading-slow").hidden = true;
    $("loading-progress").removeAttribute("value");
    $("loading-detail").textContent = pageStrings.text("web-starting");
  });
  counted.catch(() => clearTimeout(slow));
  if (!WebAssembly.compileStreaming) return WebAssembly.compile(await response.arrayBuffer());
  // A download that breaks off fails the compile too; the count's failure is reported there.
  const [module] = await Promise.all([WebAssembly.compileStreaming(response), counted]);
  return module;
}

/** Shows how much of the module has arrived, from a copy of its bytes. */
async function countProgress(reader) {
  const bar = $("loading-progress");
  const detail = $("loading-detail");
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    received += value.length;
    if (WASM_BYTES > 0) {
      const percent = Math.min(100, Math.floor((received / WASM_BYTES) * 100));
      if (bar.value !== percent) {
        bar.value = percent;
        detail.textContent = pageStrings.text("web-loading-percent").replace("{ $percent }", String(percent));
      }
    }
  }
}

function webgl2Works() {
  try {
    return !!document.createElement("canvas").getContext("webgl2");
  } catch {
    return false;
  }
}

/**
 * The site's pack, checked as far as the page can before the app downloads: present, JSON,
 * and in the format this player reads. `null` when it cannot be used (the page then says so).
 */
async function loadPack(site) {
  try {
    const response = await fetch(site.pack);
    if (!response.ok) throw new Error(`${site.pack}: ${response.status}`);
    const text = await response.text();
    const format = JSON.parse(text).format;
    if (format !== PACK_FORMAT) throw new Error(`${site.pack} has format ${format}; this player reads ${PACK_FORMAT}`);
    return text;
  } catch (error) {
    console.warn("chatwise: the site's lessons could not be loaded:", String(error));
    return null;
  }
}

// ---- Help and Quick exit before the app is there ------------------------------------------

/** help-<language>.json: the Help screen's words and routes (`chatwise page-files` / `site`). */
async function loadHelp(lang) {
  try {
    const response = await fetch(`help-${lang}.json`);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

let helpPage = Promise.resolve(null);

function leave() {
  // As the app's Quick exit: replace this page, so Back does not return to it.
  helpPage.then((help) => location.replace(help?.neutral || "about:blank"));
}

/** Shift three times, each within 5 s of the last (as in the app, src/ui/quick_exit.rs). */
function watchShift() {
  let presses = 0;
  let last = 0;
  let held = false;
  let modifier = false;
  const down = (event) => {
    if (event.key === "Shift") {
      if (!held) modifier = false;
      held = true;
    } else {
      presses = 0;
      if (held) modifier = true;
    }
  };
  const up = (event) => {
    if (event.key !== "Shift" || !held) return;
    held = false;
    if (modifier) return;
    const now = performance.now();
    if (now - last > 5000) presses = 0;
    presses += 1;
    last = now;
    if (presses >= 3) leave();
  };
  // Once the app runs it counts Shift itself, unless this page's help is open over it.
  const active = () => root.dataset.state !== "ready" || root.dataset.earlyHelp === "open";
  document.addEventListener("keydown", (event) => active() && down(event), true);
  document.addEventListener("keyup", (event) => active() && up(event), true);
}

/** The reader's country: their saved choice, the site's, or their browser's region. */
function helpCountry(help, site) {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem("chatwise") || "null")?.settings?.country ?? null;
  } catch {
    saved = null;
  }
  if (saved === "NotListed") return null;
  const codes = help.countries.map((c) => c.code);
  const wanted = [saved?.Code, site.country, ...(navigator.languages || []).map((tag) => tag.split("-")[1])];
  return wanted.map((code) => String(code || "").toUpperCase()).find((code) => codes.includes(code)) || null;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) if (value !== null && value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function routeCard(route, text) {
  return el(
    "div",
    { class: "route" },
    el("p", {}, el("strong", {}, route.name)),
    route.number ? el("p", {}, el("a", { class: "number", href: `tel:${route.number.replace(/[^0-9+]/g, "")}` }, route.number)) : null,
    route.about ? el("p", {}, route.about) : null,
    route.hours ? el("p", {}, route.hours) : null,
    route.anonymous ? el("p", {}, route.anonymous) : null,
    route.url ? el("p", {}, el("a", { href: route.url, target: "_blank", rel: "noopener noreferrer" }, `${route.name}: ${route.host} (${text.opens})`)) : null,
  );
}

function renderHelp(panel, help, code) {
  const text = help.text;
  const country = help.countries.find((c) => c.code === code) || null;
  const routes = country || help.international;
  const section = (title, intro, list, none) => [
    el("h3", {}, title),
    intro ? el("p", {}, intro) : null,
    ...(list.length ? list.map((route) => routeCard(route, text)) : [none ? el("p", {}, none) : null]),
  ];
  const select = el("select", { id: "help-country", "aria-label": text.country });
  select.append(el("option", { value: "" }, text["not-listed"]));
  for (const c of help.countries) select.append(el("option", { value: c.code }, c.name));
  select.value = code || "";
  select.addEventListener("change", () => renderHelp(panel, help, select.value || null));
  const close = el("button", { type: "button", class: "close" }, text.back);
  close.addEventListener("click", () => toggleHelp(false));
  panel.replaceChildren(
    close,
    el(
      "div",
      {},
      el("h2", { id: "help-now-title", tabindex: "-1" }, text.title),
      el("p", {}, text.anonymous),
      el("div", { class: "crisis" }, el("h3", {}, text["crisis-title"]), el("p", {}, text.crisis), el("p", {}, country?.["emergency-line"] || text.emergency)),
      el("p", {}, el("label", { for: "help-country" }, `${text.country}: `), select),
      ...section(text["person-title"], text["person-intro"], routes.person, `${text["person-none"]} ${text["trusted-adult"]}`),
      ...section(text["report-title"], text["image-intro"], routes.image, null),
      ...section(text["talk-title"], null, routes.talk, null),
      country ? null : el("p", {}, text["international-title"]),
    ),
  );
}

let helpSite = {};
async function toggleHelp(open) {
  const panel = $("help-now");
  const button = $("early-help");
  if (open) {
    const help = await helpPage;
    if (!help) return;
    renderHelp(panel, help, helpCountry(help, helpSite));
    panel.hidden = false;
    root.dataset.earlyHelp = "open";
    button.setAttribute("aria-expanded", "true");
    $("help-now-title").focus();
  } else {
    panel.hidden = true;
    delete root.dataset.earlyHelp;
    button.setAttribute("aria-expanded", "false");
    // Back to where the reader was: the button, or the app if it started meanwhile.
    (root.dataset.state === "ready" ? $("chatwise") : button).focus();
  }
}

function earlyHelp(strings, site) {
  helpSite = site;
  helpPage = loadHelp(strings.lang);
  $("early-help").textContent = strings.text("web-help") || $("early-help").textContent;
  $("early-exit").textContent = strings.text("web-quick-exit") || $("early-exit").textContent;
  helpPage.then((help) => {
    if (!help) return;
    $("early-help").textContent = help.text.help;
    $("early-exit").textContent = help.text["quick-exit"];
  });
  $("early-help").addEventListener("click", () => toggleHelp($("help-now").hidden));
  helpPage.then((help) => {
    if (!help) $("early-help").hidden = true; // a site without help pages: the app's Help is on its way
  });
}

watchShift();
$("early-exit").addEventListener("click", leave);

async function start() {
  // The two small files together, then the app and the site's pack together: nothing waits
  // for something it does not need.
  const [site, allStrings] = await Promise.all([loadSite(), fetchStrings()]);
  const strings = chooseStrings(allStrings, site);
  root.lang = strings.lang;
  earlyHelp(strings, site);
  root.dir = allStrings[strings.lang]?.["@dir"] || "ltr";
  // The reader's language's words and fonts download beside the app, not after it.
  for (const [code, entry] of Object.entries(allStrings)) if (entry["@file"] && !site.pack) languageFiles[code] = entry["@file"];
  if (languageFiles[strings.lang]) globalThis.chatwiseFetchLanguage(strings.lang);
  for (const file of allStrings[strings.lang]?.["@fonts"] || []) globalThis.chatwiseFetchFont(file);
  $("loading-text").textContent = strings.text("web-loading") || $("loading-text").textContent;
  if (site.organisation) {
    $("organisation").textContent = strings.text("web-from").replace("{ $organisation }", site.organisation);
    $("organisation").hidden = false;
  }
  $("loading-slow").textContent = strings.text("web-loading-slow");
  if (!canRun) {
    showProblem(strings, "unsupported", "web-unsupported-title", "web-unsupported-text");
    return;
  }
  // The app says when it fails (its panic hook sets data-state="failed"), or when the site's
  // pack does not check ("pack-failed").
  new MutationObserver(() => {
    if (root.dataset.state === "failed") showProblem(strings, "failed", "web-failed-title", "web-failed-text");
    if (root.dataset.state === "pack-failed" && $("problem").hidden) {
      showProblem(strings, "pack-failed", "web-pack-failed-title", "web-pack-failed-text");
    }
  }).observe(root, { attributes: true, attributeFilter: ["data-state"] });
  pageStrings = strings;
  if (site.pack) {
    const pack = await loadPack(site);
    if (pack === null) {
      showProblem(strings, "pack-failed", "web-pack-failed-title", "web-pack-failed-text");
      return;
    }
    globalThis.chatwisePack = pack;
  }
  try {
    await init({ module_or_path: await appModule });
  } catch (error) {
    console.error("chatwise:", error);
    $("loading-slow").hidden = true;
    // A download that failed or broke off: the connection, not the app. Say so, and offer to
    // try again (a reload: nothing of a broken download is kept).
    if (root.dataset.state === "loading" && !downloaded) {
      showProblem(strings, "download-failed", "web-download-failed-title", "web-download-failed-text");
      const retry = $("problem-retry");
      retry.textContent = strings.text("web-try-again");
      retry.hidden = false;
      retry.onclick = () => location.reload();
      return;
    }
    showProblem(strings, "failed", "web-failed-title", "web-failed-text");
  }
}

// Offline after the first visit: the service worker keeps a copy of every file of this build.
// It is registered once the app is on screen, so that on a first visit its copy does not
// compete with the app's own download (it then costs revalidations, not a second download).
function keepOfflineCopy() {
  const allowed = location.protocol === "https:" || location.hostname === "localhost" || location.hostname === "127.0.0.1";
  if (!("serviceWorker" in navigator) || !allowed) return;
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn("chatwise: offline copy unavailable:", error));
}
new MutationObserver((_, observer) => {
  if (root.dataset.state !== "ready") return;
  observer.disconnect();
  keepOfflineCopy();
}).observe(root, { attributes: true, attributeFilter: ["data-state"] });

start();
