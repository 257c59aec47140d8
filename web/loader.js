// Starts ChatWise in the page: checks the browser can run it, downloads the app with a
// progress bar, and starts it. Texts come from locales/*/web.ftl (web/build.sh writes them
// into strings.json). Nothing is requested from any other site.
import init from "./chatwise.js";

// Filled in by web/build.sh: the uncompressed size of the app, for the progress bar.
const WASM_BYTES = Number("__WASM_BYTES__") || 0;

const root = document.documentElement;
const $ = (id) => document.getElementById(id);

function pickLanguage(available) {
  const wanted = [...(navigator.languages || []), navigator.language || ""].filter(Boolean);
  for (const tag of wanted) {
    if (available.includes(tag)) return tag;
    const base = tag.split("-")[0].toLowerCase();
    if (available.includes(base)) return base;
  }
  return "en";
}

async function loadStrings() {
  try {
    const all = await (await fetch("strings.json")).json();
    const lang = pickLanguage(Object.keys(all));
    return { lang, text: (id) => all[lang]?.[id] ?? all.en?.[id] ?? "" };
  } catch {
    return { lang: "en", text: () => "" };
  }
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

async function start() {
  const strings = await loadStrings();
  root.lang = strings.lang;
  $("loading-text").textContent = strings.text("web-loading") || $("loading-text").textContent;
  if (!webgl2Works()) {
    showProblem(strings, "unsupported", "web-unsupported-title", "web-unsupported-text");
    return;
  }
  // The app says when it fails (its panic hook sets data-state="failed").
  new MutationObserver(() => {
    if (root.dataset.state === "failed") showProblem(strings, "failed", "web-failed-title", "web-failed-text");
  }).observe(root, { attributes: true, attributeFilter: ["data-state"] });
  try {
    const bytes = await download(strings);
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
