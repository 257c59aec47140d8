// Benchmark: time from navigation to the first frame the app paints (its first WebGL draw
// call: egui's meshes), for ChatWise's dist/ and for the bare bevy_egui app, served the same
// way (localhost, brotli), each round in a fresh browser context (nothing cached), rounds
// alternating. Then the same on a slow phone, emulated: 1.6 Mbps down, 150 ms round trips and
// the CPU slowed 4 times (Chromium's own throttling, as Lighthouse's "slow 4G" does). Prints the
// medians, their ratios and where ChatWise's time goes; asserts nothing
// (tests/bench/web-load.sh builds both and runs this).
//   node tests/web/load-time.mjs DIST BASELINE_DIST [ROUNDS] [THROTTLED_ROUNDS]
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, activate, serve } from "./e2e-support.mjs";

const [dist, baseline, rounds = "5", throttledRounds = "1"] = process.argv.slice(2);
if (!dist || !baseline) {
  console.error("usage: node tests/web/load-time.mjs DIST BASELINE_DIST [ROUNDS] [THROTTLED_ROUNDS]");
  process.exit(2);
}

/** A slow phone on a mobile connection. */
const SLOW_PHONE = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150, cpuSlowdown: 4 };

// Records the moment of the first draw call, relative to the start of navigation.
const firstDraw = () => {
  for (const proto of [WebGL2RenderingContext.prototype]) {
    for (const name of ["drawElements", "drawArrays", "drawElementsInstanced", "drawArraysInstanced"]) {
      const original = proto[name];
      proto[name] = function (...args) {
        if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
        return original.apply(this, args);
      };
    }
  }
};

/** One cold load of `name`: ms to the first frame, and where ChatWise's time went. */
async function load(browser, servers, name, throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(firstDraw);
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: (SLOW_PHONE.downloadKbps * 1000) / 8,
      uploadThroughput: (SLOW_PHONE.uploadKbps * 1000) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE.cpuSlowdown });
  }
  await page.goto(`${servers[name].origin}/`, { timeout: 300_000 });
  await page.waitForFunction(() => window.__firstDraw !== undefined, null, { timeout: 300_000, polling: 50 });
  const result = await page.evaluate(() => {
    const at = (mark) => performance.getEntriesByName(mark)[0]?.startTime;
    const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
    return {
      firstFrame: window.__firstDraw,
      downloaded: wasm?.responseEnd,
      started: at("chatwise:start"),
      library: at("chatwise:library"),
      shell: at("chatwise:shell"),
    };
  });
  await context.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const servers = { chatwise: await serve(dist), bare: await serve(baseline) };
const times = { chatwise: [], bare: [] };
const slow = { chatwise: [], bare: [] };
const breakdown = [];
let mirror;
try {
  for (let round = 0; round < Number(rounds); round += 1) {
    for (const name of round % 2 === 0 ? ["chatwise", "bare"] : ["bare", "chatwise"]) {
      const result = await load(browser, servers, name, false);
      times[name].push(result.firstFrame);
      if (name === "chatwise") breakdown.push(result);
    }
  }
  for (let round = 0; round < Number(throttledRounds); round += 1) {
    for (const name of round % 2 === 0 ? ["chatwise", "bare"] : ["bare", "chatwise"]) {
      slow[name].push((await load(browser, servers, name, true)).firstFrame);
    }
  }
  // The screen-reader mirror's running cost on a lesson screen (src/browser/a11y.rs): time
  // spent mirroring egui's tree per frame, while the reader moves through a chat with Tab.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.chatwise.origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
  // A lesson without a learning check, so its first chat is two presses from the start.
  for (const name of ["Me, on my own", "Show the lessons", "Start: Just one photo", "Start", "Continue"]) await activate(page, name);
  await page.waitForTimeout(3000);
  const sample = () => page.evaluate(() => [Number(document.getElementById("a11y").dataset.frame), Number(document.getElementById("a11y").dataset.busyMs), document.querySelectorAll("#a11y [data-ak]").length]);
  const [frames0, busy0] = await sample();
  await page.focus("#chatwise");
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press("Tab");
    await page.waitForTimeout(150);
  }
  const [frames1, busy1, elements] = await sample();
  mirror = { perFrame: (busy1 - busy0) / Math.max(1, frames1 - frames0), frames: frames1 - frames0, elements };
  await context.close();
} finally {
  servers.chatwise.stop();
  servers.bare.stop();
  await browser.close();
}
const [ours, bare] = [median(times.chatwise), median(times.bare)];
const list = (values) => values.map((t) => t.toFixed(0)).join(", ");
console.log(`navigation to first painted frame, median of ${rounds} cold loads in headless Chromium (SwiftShader):`);
console.log(`  chatwise  ${ours.toFixed(0)} ms   (${list(times.chatwise)})`);
console.log(`  bare app  ${bare.toFixed(0)} ms   (${list(times.bare)})`);
console.log(`  ratio     ${(ours / bare).toFixed(2)}x`);
const step = (key, from) => median(breakdown.map((b) => (b[key] ?? NaN) - (from ? b[from] ?? NaN : 0))).toFixed(0);
console.log(
  `  chatwise's median start-up: module downloaded at ${step("downloaded")} ms, app code starts at ${step("started")} ms, ` +
    `library loaded +${step("library", "started")} ms, shell +${step("shell", "library")} ms, first frame +${step("firstFrame", "shell")} ms`,
);
if (slow.chatwise.length > 0) {
  const [slowOurs, slowBare] = [median(slow.chatwise), median(slow.bare)];
  const phone = `${SLOW_PHONE.downloadKbps / 1000} Mbps, ${SLOW_PHONE.latencyMs} ms, CPU ${SLOW_PHONE.cpuSlowdown}x slower`;
  console.log(`on a slow phone (${phone}), median of ${slow.chatwise.length}:`);
  console.log(`  chatwise  ${(slowOurs / 1000).toFixed(1)} s   (${list(slow.chatwise)} ms)`);
  console.log(`  bare app  ${(slowBare / 1000).toFixed(1)} s   (${list(slow.bare)} ms)`);
  console.log(`  ratio     ${(slowOurs / slowBare).toFixed(2)}x`);
}
console.log(
  `screen-reader mirror on a chat step: ${mirror.perFrame.toFixed(2)} ms per frame (${mirror.frames} frames while tabbing, ${mirror.elements} elements)`,
);
