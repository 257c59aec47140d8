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

/** Where the learner is, as the app reports it on <html data-*>. */
export const place = (page) =>
  page.evaluate(() => {
    const d = document.documentElement.dataset;
    return { screen: d.screen, lesson: d.lesson, step: d.step, complete: d.complete === "true" };
  });

/** The name of the control egui has focused, as a screen reader hears it: the canvas names its
 * mirror element with aria-activedescendant (src/browser/a11y.rs). */
export const focused = (page) =>
  page.evaluate(() => {
    const id = document.getElementById("chatwise").getAttribute("aria-activedescendant");
    const element = id && document.getElementById(id);
    return element ? element.getAttribute("aria-label") || element.textContent : "";
  });

/** Waits until the app has drawn no new frame for 500 ms (it redraws only on input, so every
 * key sent so far has been handled), then says which control has focus. */
export async function settled(page) {
  const frame = () => page.evaluate(() => document.getElementById("a11y").dataset.frame || "0");
  let last = await frame();
  for (let i = 0; i < 40; i += 1) {
    await page.waitForTimeout(500);
    const now = await frame();
    if (now === last) break;
    last = now;
  }
  return focused(page);
}

/** Waits up to `timeout` ms for the learner's place (see `place`) to differ from `before`
 * (a JSON string of an earlier `place`); a press that only selects something does not move it. */
export async function movedOn(page, before, timeout = 1_000) {
  await page
    .waitForFunction(
      (was) => {
        const d = document.documentElement.dataset;
        return JSON.stringify({ screen: d.screen, lesson: d.lesson, step: d.step, complete: d.complete === "true" }) !== was;
      },
      before,
      { timeout },
    )
    .catch(() => {});
}

/** Presses Tab until the focused control is named `label` (a string, or a test of the name). */
export async function focus(page, label) {
  const wanted = typeof label === "string" ? (said) => said === label : label;
  const seen = [];
  const active = () => page.evaluate(() => document.getElementById("chatwise").getAttribute("aria-activedescendant") || "");
  // A control can appear while the user tabs (a chat's replies come after its messages are
  // "typed"): keep going for 80 presses, and for at least 20 seconds.
  const started = Date.now();
  for (let i = 0; i < 80 || Date.now() - started < 20_000; i += 1) {
    const before = await active();
    await page.keyboard.press("Tab");
    // Tab past the last control leaves nothing focused: go on.
    const said = await page
      .waitForFunction(
        (was) => (document.getElementById("chatwise").getAttribute("aria-activedescendant") || "") !== was,
        before,
        { timeout: 1_500 },
      )
      .then(() => focused(page))
      .catch(() => "(nothing)");
    // Under load a frame can lag behind the keys: once the app is idle (every Tab drawn),
    // make sure the focus is still there before the caller presses Enter on it.
    if (wanted(said) && wanted(await settled(page))) return said;
    seen.push(said);
  }
  throw new Error(`no control "${label}" in the focus order; heard: ${JSON.stringify(seen.slice(0, 40))}`);
}

/** Named checks that go on after a failure; `tally()` gives the counts for the summary line. */
export function checks() {
  const counts = { passes: 0, failures: 0 };
  async function check(name, body) {
    // E2E_ONLY=words runs only the checks whose names contain them (for debugging one).
    if (process.env.E2E_ONLY && !process.env.E2E_ONLY.split("|").some((words) => name.includes(words))) return;
    try {
      await body();
      counts.passes += 1;
      console.log(`ok   ${name}`);
    } catch (error) {
      counts.failures += 1;
      console.log(`FAIL ${name}\n     ${String(error.stack || error).split("\n").slice(0, 6).join("\n     ")}`);
    }
  }
  return { check, tally: () => counts };
}

/** Clicks the page's accessibility mirror element named `label`, as a screen reader's "activate"
 * does (src/browser/a11y.rs; no pointer reaches the canvas), waits for the press to move the
 * learner on (or long enough for a press that only selects something), then for the mirror of a
 * frame drawn after it (the press's own frame still shows the old screen). A press that closes
 * its page (the presenter view's "Back to one screen") ends there. */
export async function activate(page, label) {
  const before = JSON.stringify(await place(page));
  await page
    .waitForFunction(
      (name) => [...document.querySelectorAll("#a11y [data-ak]")].some((e) => e.getAttribute("aria-label") === name),
      label,
      { timeout: 20_000 },
    )
    .catch(async () => {
      const names = await page.evaluate(() => [...document.querySelectorAll("#a11y [aria-label]")].map((e) => e.getAttribute("aria-label")));
      throw new Error(`no "${label}" in the mirror at ${JSON.stringify(await place(page))}; it has ${JSON.stringify(names)}`);
    });
  const frame = await page.evaluate((name) => {
    [...document.querySelectorAll("#a11y [data-ak]")].find((e) => e.getAttribute("aria-label") === name).click();
    return Number(document.getElementById("a11y").dataset.frame);
  }, label);
  try {
    await movedOn(page, before);
    await page.waitForFunction((f) => Number(document.getElementById("a11y").dataset.frame) >= f + 2, frame, { timeout: 5_000 });
  } catch (error) {
    if (!page.isClosed()) throw error;
  }
}

/** Whether the page's accessibility mirror has a control named `label` or a text that reads it. */
export const mirrorHas = (page, label) => page.evaluate(mirrorNames, label);

/** (In the page.) Whether the mirror has `name`, as a control's name or an element's own text. */
export function mirrorNames(name) {
  return [...document.querySelectorAll("#a11y *")].some(
    (e) => e.getAttribute("aria-label") === name || (e.children.length === 0 && e.textContent.trim() === name),
  );
}

/** Waits until the page's mirror has `label` (see `mirrorHas`). */
export async function waitForMirror(page, label, timeout = 10_000) {
  await page.waitForFunction(mirrorNames, label, { timeout }).catch(() => {
    throw new Error(`"${label}" never appeared in the mirror`);
  });
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** A browser context that records console errors and refuses every request to another host. */
export async function watchedContext(browser, origin, options) {
  const context = await browser.newContext(options);
  const record = { errors: [], offsite: [], opened: [] };
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      const request = route.request();
      // A top-level navigation the learner asked for (a help link, the quick exit) is
      // answered with a stub page; anything else going off the site is a leak.
      if (request.isNavigationRequest()) {
        record.opened.push(request.url());
        await route.fulfill({ status: 200, contentType: "text/html", body: "<title>elsewhere</title>elsewhere" });
      } else {
        record.offsite.push(request.url());
        await route.abort();
      }
    },
  );
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") record.errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => record.errors.push(`${page.url()}: ${error.message}`));
  });
  return { context, record };
}
