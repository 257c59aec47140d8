// Starts ChatWise in the page: checks the browser can run it, downloads the app with a
// progress bar, and starts it. Texts come from locales/*/web.ftl (web/build.sh, or
// `chatwise site` for a published pack, writes them into strings.json). A site made by
// `chatwise site` also has its pack (pack.json) and its settings (site.json: organisation,
// default language and country); the app reads the pack from `globalThis.chatwisePack`.
// Nothing is requested from any other site.
import init from "./chatwise.js";

// Filled in by web/build.sh: the uncompressed size of the app, for the progress bar.
const WASM_BYTES = Number("__WASM_BYTES__") || 0;

/** The pack format this player reads (src/content/bundle.rs FORMAT). */
const PACK_FORMAT = 1;

const root = document.documentElement;
const $ = (id) => document.getElementById(id);

// Script fonts (Devanagari, Arabic...) come from this site only when a language needs them:
// the app asks with chatwiseFetchFont(file) and finds the bytes in chatwiseFonts[file] (null
// when the site cannot send it). The reader's saved language's fonts are asked for at once,
// in parallel with the app's download, so the first screen is drawn in them.
globalThis.chatwiseFonts = {};
const fontsInFlight = new Set();
globalThis.chatwiseFetchFont = (file) => {
  if (fontsInFlight.has(file) || file in globalThis.chatwiseFonts) return;
  if (!/^[A-Za-z0-9-]+\.ttf$/.test(file)) return; // only this site's own font files
  fontsInFlight.add(file);
  fetch(file)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null)
    .then((bytes) => {
      globalThis.chatwiseFonts[file] = bytes;
      fontsInFlight.delete(file);
      // The loading page's own words use it too, on a machine without the script's fonts.
      if (bytes && "FontFace" in globalThis) {
        document.fonts.add(new FontFace("ChatWise Script", bytes.slice(0)));
      }
      keepFontsOffline();
    });
};

// The built-in library's site: the app carries English; each other language is a file of its
// own (strings.json names it as "@file"), fetched the same way when a reader needs it.
globalThis.chatwiseLanguages = {};
const languageFiles = {};
const languagesInFlight = new Set();
globalThis.chatwiseFetchLanguage = (code) => {
  const file = languageFiles[code];
  if (languagesInFlight.has(code) || code in globalThis.chatwiseLanguages) return;
  if (!file) {
    globalThis.chatwiseLanguages[code] = null; // this site has no such file: the app shows English
    return;
  }
  languagesInFlight.add(code);
  fetch(file)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then((text) => {
      globalThis.chatwiseLanguages[code] = text;
      languagesInFlight.delete(code);
      if (text) keepOffline([file]);
    });
};

// A lesson's pictures, when the app shows that lesson: the browser decodes them (the app
// carries no decoder) and leaves the pixels in chatwiseImages[path] (null if it cannot).
globalThis.chatwiseImages = {};
const imagesInFlight = new Set();
globalThis.chatwiseFetchImage = (path) => {
  if (imagesInFlight.has(path) || path in globalThis.chatwiseImages) return;
  if (!/^images\/[A-Za-z0-9._-]+\.png$/.test(path) || path.includes("..")) {
    globalThis.chatwiseImages[path] = null; // only this site's own pictures
    return;
  }
  imagesInFlight.add(path);
  fetch(path)
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
    .then((blob) => createImageBitmap(blob))
    .then((bitmap) => {
      const canvas = document.createElement("canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext("2d");
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return { width: pixels.width, height: pixels.height, data: new Uint8Array(pixels.data.buffer) };
    })
    .catch((error) => {
      console.warn(`chatwise: picture ${path} could not be shown:`, String(error));
      return null;
    })
    .then((picture) => {
      globalThis.chatwiseImages[path] = picture;
      imagesInFlight.delete(path);
      if (picture) keepOffline([path]);
    });
};

/** Asks the service worker to keep files this reader has needed (see web/sw.js). */
function keepOffline(files) {
  if (files.length === 0 || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep: files })).catch(() => {});
}

function keepFontsOffline() {
  const files = Object.keys(globalThis.chatwiseFonts).filter((file) => globalThis.chatwiseFonts[file]);
  keepOffline(files);
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
  $("problem-title").textContent = strings.text(titleId);
  $("problem-text").textContent = strings.text(textId);
  $("problem").hidden = false;
  $("loading").removeAttribute("aria-busy");
}

/** Downloads the module, showing how much has arrived. */
async function download(strings) {
  const response = await fetch("chatwise_bg.wasm");
  if (!response.ok || !response.body) throw new Error(`download failed: ${response.status}`);
  const reader = response.body.getReader();
  const parts = [];
  let received = 0;
  const bar = $("loading-progress");
  const detail = $("loading-detail");
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    if (WASM_BYTES > 0) {
      const percent = Math.min(100, Math.round((received / WASM_BYTES) * 100));
      bar.value = percent;
      detail.textContent = strings.text("web-loading-percent").replace("{ $percent }", String(percent));
    }
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
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

async function start() {
  // The two small files together, then the app and the site's pack together: nothing waits
  // for something it does not need.
  const [site, allStrings] = await Promise.all([loadSite(), fetchStrings()]);
  const strings = chooseStrings(allStrings, site);
  root.lang = strings.lang;
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
  if (!webgl2Works()) {
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
  const app = download(strings);
  app.catch(() => {}); // reported below, once the pack is known to be usable
  if (site.pack) {
    const pack = await loadPack(site);
    if (pack === null) {
      showProblem(strings, "pack-failed", "web-pack-failed-title", "web-pack-failed-text");
      return;
    }
    globalThis.chatwisePack = pack;
  }
  try {
    const bytes = await app;
    $("loading-progress").removeAttribute("value");
    $("loading-detail").textContent = strings.text("web-starting");
    await init({ module_or_path: bytes });
  } catch (error) {
    // winit ends its start-up with an exception it uses for control flow; anything else is real.
    if (String(error).includes("Using exceptions for control flow")) return;
    console.error("chatwise:", error);
    showProblem(strings, "failed", "web-failed-title", "web-failed-text");
  }
}

// Offline after the first visit: the service worker keeps a copy of every file of this build.
if ("serviceWorker" in navigator && (location.protocol === "https:" || location.hostname === "localhost" || location.hostname === "127.0.0.1")) {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn("chatwise: offline copy unavailable:", error));
}

start();
