// Benchmark: time from navigation to the first frame the app paints (its first WebGL draw
// call: egui's meshes), for ChatWise's dist/ and for the bare bevy_egui app, served the same
// way (localhost, brotli), each round in a fresh browser context (nothing cached), rounds
// alternating. Prints the medians and their ratio; asserts nothing (tests/bench/web-load.sh
// builds both and runs this).
//   node tests/web/load-time.mjs DIST BASELINE_DIST [ROUNDS]
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, serve } from "./e2e-support.mjs";

const [dist, baseline, rounds = "5"] = process.argv.slice(2);
if (!dist || !baseline) {
  console.error("usage: node tests/web/load-time.mjs DIST BASELINE_DIST [ROUNDS]");
  process.exit(2);
}

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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const servers = { chatwise: await serve(dist), bare: await serve(baseline) };
const times = { chatwise: [], bare: [] };
let mirror;
try {
  for (let round = 0; round < Number(rounds); round += 1) {
    for (const name of round % 2 === 0 ? ["chatwise", "bare"] : ["bare", "chatwise"]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(firstDraw);
      const page = await context.newPage();
      await page.goto(`${servers[name].origin}/`);
      await page.waitForFunction(() => window.__firstDraw !== undefined, null, { timeout: 120_000, polling: 10 });
      times[name].push(await page.evaluate(() => window.__firstDraw));
      await context.close();
    }
  }
  // The screen-reader mirror's running cost on a lesson screen (src/app/web_a11y.rs): time
  // spent mirroring egui's tree per frame, while the reader moves through a chat with Tab.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.chatwise.origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 120_000 });
  const activate = async (name) => {
    await page.waitForFunction((n) => [...document.querySelectorAll("#a11y [data-ak]")].some((e) => e.getAttribute("aria-label") === n), name, { timeout: 20_000 });
    await page.evaluate((n) => [...document.querySelectorAll("#a11y [data-ak]")].find((e) => e.getAttribute("aria-label") === n).click(), name);
    await page.waitForTimeout(400);
  };
  for (const name of ["Me, on my own", "Show the lessons", "Start: When a new friend wants secrets", "Start", "Continue"]) await activate(name);
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
console.log(`navigation to first painted frame, median of ${rounds} cold loads in headless Chromium (SwiftShader):`);
console.log(`  chatwise  ${ours.toFixed(0)} ms   (${times.chatwise.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`  bare app  ${bare.toFixed(0)} ms   (${times.bare.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`  ratio     ${(ours / bare).toFixed(2)}x`);
console.log(
  `screen-reader mirror on a chat step: ${mirror.perFrame.toFixed(2)} ms per frame (${mirror.frames} frames while tabbing, ${mirror.elements} elements)`,
);
