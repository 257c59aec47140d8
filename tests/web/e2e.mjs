// End-to-end test of the browser build (dist/, from ./web/build.sh) in Debian's Chromium:
// - it loads from localhost, shows the app, and sets its ready signal;
// - a learner plays "When a new friend wants secrets" to its end with the keyboard alone,
//   finding each control by what the page's live region says it is (what a screen reader
//   user hears);
// - progress survives a reload (local storage); the page speaks the browser's language;
// - a help link opens in a new tab with no way back to this page (noopener);
// - Shift three times leaves for the neutral page with location.replace;
// - it works offline after the first visit (service worker);
// - an English reader downloads no script font and no other language's words; an Urdu reader
//   gets <html lang="ur" dir="rtl">, the Arabic-script font and the Urdu words from this site
//   only, and can read offline afterwards;
// - no console errors, and no request to any host but the page's own.
// Screenshots at phone portrait and laptop sizes go to $SHOTS (default target/web-shots).
//   node tests/web/e2e.mjs [DIST]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, activate, assert, checks, focus, focused, mirrorHas, movedOn, place, serve, settled, waitForMirror, watchedContext } from "./e2e-support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const dist = resolve(process.argv[2] || join(repo, "dist"));
const shots = resolve(process.env.SHOTS || join(repo, "target/web-shots"));
mkdirSync(shots, { recursive: true });
const { check, tally } = checks();
/** A phone in portrait, at a device pixel ratio of 2. */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function waitReady(page) {
  await page.waitForFunction(() => ["ready", "failed", "unsupported"].includes(document.documentElement.dataset.state), null, {
    timeout: 120_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  assert(state === "ready", `the app did not start: data-state=${state}`);
  await page.focus("#chatwise");
}

/** Focuses the control named `label` with Tab and presses Enter on it, as a keyboard user. */
async function press(page, label) {
  await focus(page, label);
  const before = JSON.stringify(await place(page));
  await page.keyboard.press("Enter");
  // Software WebGL draws a frame in 100-200 ms: wait for the press to move the learner on
  // (a new screen or step), or long enough for a press that only selects something.
  await movedOn(page, before);
  await page.waitForTimeout(150);
  if (process.env.E2E_TRACE) console.log(`     pressed "${label}", now at ${JSON.stringify(await place(page))}`);
}

// The safe path through the lesson, as a learner reads the controls (English).
const NEW_FRIEND = [
  "Start",
  // The learning check before the lesson: one answer each, then Done.
  "Say no thanks, and tell an adult I trust if they keep trying.",
  "They ask you to keep your chats a secret.",
  "Quite sure",
  "Done",
  "Continue",
  "Thanks, but I don't take gifts from people I only know online.",
  "Continue",
  "No. I don't keep secrets like that from my family, and I'm not moving to another app.",
  "Continue",
  "(Doesn't send anything, stops replying, reports the account in the game, then blocks it, and shows a trusted adult the messages.)",
  "Continue",
  "Continue",
  "Saying you're the best player and more grown-up than the others",
  "Offering you free gems",
  "Asking you to keep the chats a secret from home",
  "Asking to move to a private app",
  "Check",
  "Continue",
  "Tell a trusted adult about it.",
  "Check",
  "Continue",
  "False",
  "Check",
  "Continue",
  "A classmate you know from school asks if you want to play a round together.",
  "Seems OK",
  'A player you\'ve just met says: "Let\'s keep our chats secret."',
  "Warning sign",
  "A player you don't know offers to send you free game currency.",
  "Warning sign",
  "Your cousin sends a funny video to the family group chat.",
  "Seems OK",
  'Someone you met in a game asks for a photo of you, "just for me".',
  "Warning sign",
  "Someone you met in a game asks to meet up and says not to tell anyone.",
  "Warning sign",
  "A player from your team sends you a friend request in the game.",
  "Ask a trusted adult first",
  "Check my sorting",
  "Continue",
  "Continue",
  "Continue",
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const { origin, stop } = await serve(dist);
try {
  // Laptop: play the lesson, then help, quick exit and offline.
  const laptop = await watchedContext(browser, origin, { viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  // Everything the English reader downloads: never a script font or another language's words.
  const englishFetched = [];
  laptop.context.on("request", (request) => englishFetched.push(new URL(request.url()).pathname));
  const page = await laptop.context.newPage();
  await check("the page loads and the app sets its ready signal", async () => {
    await page.goto(`${origin}/`);
    await waitReady(page);
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]);
    assert(html[0] === "en" && html[1] === "ltr", `html lang/dir ${html}`);
    assert((await place(page)).screen === "start", "starts on the start screen");
    await page.screenshot({ path: join(shots, "laptop-start.png") });
  });

  await check("a learner plays a lesson to its end with the keyboard alone", async () => {
    await press(page, "Me, on my own");
    await press(page, "Show the lessons");
    await page.screenshot({ path: join(shots, "laptop-library.png") });
    await press(page, "Start: When a new friend wants secrets");
    for (const [i, label] of NEW_FRIEND.entries()) {
      await press(page, label);
      if (i === 4) {
        // The check was counted on this device, and only as numbers.
        const checks = await page.evaluate(() => JSON.parse(localStorage.getItem("chatwise") ?? "{}").checks ?? []);
        const gift = checks.find((c) => c.lesson === "new-friend")?.before?.gift;
        assert(JSON.stringify(gift) === "[0,0,1]", `the check's answers are counted: ${JSON.stringify(checks)}`);
        // The opening story: its picture arrives from the site and is drawn.
        await page.waitForFunction(() => globalThis.chatwiseImages["images/new-friend-intro.png"] !== undefined, null, { timeout: 30_000 });
        const shown = await page.evaluate(() => globalThis.chatwiseImages["images/new-friend-intro.png"]);
        assert(shown && shown.width > 0 && shown.height > 0, "the browser decoded the lesson's picture for the app");
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(shots, "laptop-story-picture.png") });
      }
      if (i === 0) await page.screenshot({ path: join(shots, "laptop-check.png") });
      if (i === 7) await page.screenshot({ path: join(shots, "laptop-chat.png") });
    }
    const at = await place(page);
    assert(at.lesson === "new-friend" && at.step === "end" && at.complete, `reached the end: ${JSON.stringify(at)}`);
    await page.screenshot({ path: join(shots, "laptop-end.png") });
  });

  // Screen readers: the page's mirror of the canvas (src/browser/a11y.rs), as Chromium's own
  // accessibility tree shows it, and a whole lesson played by activating mirror elements.
  const reader = await watchedContext(browser, origin, { viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const readerPage = await reader.context.newPage();
  await check("Chromium's accessibility tree lists the start screen's headings and controls by their names", async () => {
    await readerPage.goto(`${origin}/`);
    await waitReady(readerPage);
    await readerPage.waitForSelector('#a11y [role="button"][aria-label="Show the lessons"]', { state: "attached", timeout: 10_000 });
    const cdp = await reader.context.newCDPSession(readerPage);
    await cdp.send("Accessibility.enable");
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const has = (role, name) => nodes.some((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
    const wanted = [
      ["heading", "Welcome to ChatWise"],
      ["heading", "Who is playing?"],
      ["button", "Quick exit"],
      ["button", "Help"],
      ["button", "Show the lessons"],
      ["radio", "Me, on my own"],
    ];
    const missing = wanted.filter(([role, name]) => !has(role, name));
    const seen = nodes.filter((n) => !n.ignored && ["heading", "button", "radio"].includes(n.role?.value)).map((n) => `${n.role.value}:${n.name?.value}`);
    assert(missing.length === 0, `missing ${JSON.stringify(missing)}; the tree has ${JSON.stringify(seen.slice(0, 30))}`);
    // No control without a name: eframe's hidden text field (its "text agent") included.
    const nameless = nodes.filter((n) => !n.ignored && ["textbox", "button", "radio", "checkbox", "link"].includes(n.role?.value) && !n.name?.value);
    assert(nameless.length === 0, `controls without a name: ${JSON.stringify(nameless.map((n) => n.role.value))}`);
    const lang = await readerPage.evaluate(() => document.getElementById("a11y").lang);
    assert(lang === "en", `the mirror says its language (${lang})`);
    // Tab moves egui's focus, and the canvas names the focused control for the screen reader.
    await readerPage.focus("#chatwise");
    await readerPage.keyboard.press("Tab");
    await readerPage.waitForFunction(() => document.getElementById("chatwise").getAttribute("aria-activedescendant"), null, { timeout: 5_000 });
    assert((await focused(readerPage)) === "Quick exit", `the first Tab reaches Quick exit (heard ${await focused(readerPage)})`);
  });

  await check("a screen-reader user plays a whole lesson by activating the mirror's elements alone", async () => {
    for (const label of ["Me, on my own", "Show the lessons", "Start: When a new friend wants secrets", ...NEW_FRIEND]) {
      await activate(readerPage, label);
    }
    const at = await place(readerPage);
    assert(at.lesson === "new-friend" && at.step === "end" && at.complete, `reached the end: ${JSON.stringify(at)}`);
    // The chat was a log whose messages said who sent them.
    await readerPage.screenshot({ path: join(shots, "laptop-end-screen-reader.png") });
  });
  await reader.context.close();

  // Class mode on a projector: the teacher's presenter view is a second page of the same site,
  // kept in step over a BroadcastChannel (src/ui/link.rs, src/browser/link.rs).
  await check("a teacher's presenter page and the projector page stay in step; the notes are on the presenter page only", async () => {
    const classroom = await watchedContext(browser, origin, { viewport: { width: 1280, height: 800 }, locale: "en-GB" });
    const projector = await classroom.context.newPage();
    await projector.goto(`${origin}/`);
    await waitReady(projector);
    for (const label of ["A class, with a teacher", "Show the lessons", "Start: When a new friend wants secrets", "Start", "Skip the questions"]) {
      await activate(projector, label);
    }
    const opened = classroom.context.waitForEvent("page", { timeout: 20_000 });
    await activate(projector, "Open the presenter view");
    const presenter = await opened;
    await waitReady(presenter);
    assert(/^#presenter-[0-9a-z]+$/.test(new URL(presenter.url()).hash), `the presenter page is the site at #presenter-<pair>: ${presenter.url()}`);
    const role = await presenter.evaluate(() => [document.documentElement.dataset.role, document.title]);
    assert(role[0] === "presenter" && role[1].includes("Presenter view"), `the presenter page says what it is: ${role}`);
    const inStep = async () => {
      const want = (await place(projector)).step;
      await presenter.waitForFunction((step) => document.documentElement.dataset.step === step, want, { timeout: 10_000 }).catch(async () => {
        throw new Error(`the presenter page shows ${(await place(presenter)).step}, the projector ${want}`);
      });
    };
    await inStep();
    await waitForMirror(presenter, "Teacher notes");
    await waitForMirror(presenter, "Next");
    assert(!(await mirrorHas(projector, "Teacher notes")), "the projector page shows no teacher's notes");
    assert(!(await mirrorHas(projector, "Show teacher notes")), "nor the button that opens them");
    // Another tab of the site (a class-mode library, say) does not take the presenter page over.
    const other = await classroom.context.newPage();
    await other.goto(`${origin}/`);
    await waitReady(other);
    await activate(other, "Help");
    await presenter.waitForTimeout(500);
    await inStep();
    assert(await mirrorHas(presenter, "Teacher notes"), "the presenter page still follows the tab that opened it");
    await other.close();
    // A presentation clicker's Page Down on the laptop moves the class on, on both pages.
    const first = (await place(projector)).step;
    await presenter.focus("#chatwise");
    await presenter.keyboard.press("PageDown");
    await projector.waitForFunction((step) => document.documentElement.dataset.step !== step, first, { timeout: 10_000 });
    await inStep();
    // The chat: Reveal on the laptop reveals on the projector.
    await activate(presenter, "Reveal the answers");
    await projector.waitForFunction(
      () => /Good thinking|Let's think again/.test(document.getElementById("a11y").textContent),
      null,
      { timeout: 10_000 },
    );
    await presenter.waitForTimeout(300);
    await presenter.screenshot({ path: join(shots, "laptop-presenter-page.png") });
    await projector.screenshot({ path: join(shots, "laptop-projector-page.png") });
    // Only the projector page keeps progress, and it has the reveal.
    const saved = await projector.evaluate(() => JSON.parse(localStorage.getItem("chatwise")).progress["new-friend"].decisions);
    assert(JSON.stringify(saved).includes("Reveal"), `the projector page saved the reveal: ${JSON.stringify(saved)}`);
    // Back to one screen: the presenter window closes and the notes come back beside the lesson.
    const closed = presenter.waitForEvent("close", { timeout: 10_000 });
    await activate(presenter, "Back to one screen");
    await closed;
    await waitForMirror(projector, "Teacher notes");
    assert(classroom.record.errors.length === 0, `console errors: ${classroom.record.errors}`);
    assert(classroom.record.offsite.length === 0, `requests off the site: ${classroom.record.offsite}`);
    await classroom.context.close();
  });

  await check("a first visit takes less motion and forced colours from the reader's system settings", async () => {
    const prefs = await watchedContext(browser, origin, {
      viewport: { width: 1280, height: 800 },
      locale: "en-GB",
      reducedMotion: "reduce",
      forcedColors: "active",
    });
    const page = await prefs.context.newPage();
    await page.goto(`${origin}/`);
    await waitReady(page);
    const state = (name) =>
      page.evaluate((n) => document.querySelector(`#a11y [role="checkbox"][aria-label="${n}"]`)?.getAttribute("aria-checked"), name);
    await page.waitForSelector('#a11y [aria-label="Show the lessons"]', { state: "attached", timeout: 10_000 });
    await page.evaluate(() => document.querySelector('#a11y [aria-label="Show the lessons"]').click());
    await page.waitForSelector('#a11y [aria-label="Settings"]', { state: "attached", timeout: 10_000 });
    await page.evaluate(() => document.querySelector('#a11y [aria-label="Settings"]').click());
    await page.waitForSelector('#a11y [role="checkbox"][aria-label="High contrast"]', { state: "attached", timeout: 10_000 });
    assert((await state("High contrast")) === "true", "forced colours turn on the high-contrast theme");
    assert((await state("Reduce motion")) === "true", "reduced motion is on");
    await page.screenshot({ path: join(shots, "laptop-settings-forced-colors.png") });
    await prefs.context.close();
  });

  await check("progress is kept in local storage across a reload", async () => {
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("chatwise")));
    assert(saved?.progress?.["new-friend"]?.completed === true, `saved: ${JSON.stringify(saved)?.slice(0, 200)}`);
    await page.reload();
    await waitReady(page);
    assert((await place(page)).screen === "library", "the returning learner goes straight to the lessons");
  });

  await check("a help link opens in a new tab without a link back", async () => {
    await press(page, "Help");
    await page.screenshot({ path: join(shots, "laptop-help.png") });
    await focus(page, (said) => said.startsWith("IWF reporting page:"));
    const popup = laptop.context.waitForEvent("page", { timeout: 10_000 });
    await page.keyboard.press("Enter");
    const tab = await popup;
    await tab.waitForLoadState();
    assert(tab.url().startsWith("https://"), `opened ${tab.url()}`);
    assert((await tab.evaluate(() => window.opener)) === null, "the new tab has no window.opener");
    await tab.close();
  });

  await check("a corrupt saved value is set aside with a notice, not fatal", async () => {
    await page.evaluate(() => localStorage.setItem("chatwise", "{ not json"));
    await page.reload();
    await waitReady(page);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert(keys.some((k) => k.startsWith("chatwise.corrupt-")), `kept aside: ${keys}`);
    await page.screenshot({ path: join(shots, "laptop-corrupt-notice.png") });
  });

  await check("a lesson's picture comes from this site when the lesson opens, and stays for offline use", async () => {
    assert(englishFetched.includes("/images/new-friend-intro.png"), "the opening picture of the lesson played was fetched");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(
      async () => {
        for (const key of await caches.keys()) if (await (await caches.open(key)).match("images/new-friend-intro.png")) return true;
        return false;
      },
      null,
      { timeout: 30_000, polling: 250 },
    );
    const other = englishFetched.filter((path) => path.startsWith("/images/") && path !== "/images/new-friend-intro.png");
    assert(other.length === 0, `only the opened lesson's pictures: ${other}`);
  });

  await check("it works offline after the first visit", async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await laptop.context.setOffline(true);
    await page.reload();
    await waitReady(page);
    const picture = await page.evaluate(() => fetch("images/new-friend-intro.png").then((r) => r.ok, () => false));
    assert(picture, "the lesson's picture is there offline");
    await laptop.context.setOffline(false);
  });

  await check("Shift three times leaves for the neutral page, replacing this one", async () => {
    const before = await page.evaluate(() => history.length);
    // Wherever the page's focus is: not on the canvas here (as when a text field is edited and
    // eframe's hidden input has the keys, or the reader clicked outside the app).
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("Shift");
    await page.waitForURL((url) => url.origin !== origin, { timeout: 10_000 });
    assert(!page.url().startsWith(origin), `left to ${page.url()}`);
    assert((await page.evaluate(() => history.length)) === before, "no new history entry to come back to");
  });

  await check("an English reader downloads no script font and no other language", async () => {
    const extra = englishFetched.filter((path) => path.endsWith(".ttf") || /\/lang-[^/]+\.json$/.test(path));
    assert(englishFetched.some((path) => path.endsWith("chatwise_bg.wasm")), "the app itself was fetched");
    assert(extra.length === 0, `fetched for an English reader: ${extra.join(", ")}`);
  });

  await check("no console errors and no request to another host", async () => {
    assert(laptop.record.errors.length === 0, `console errors: ${laptop.record.errors.join("\n")}`);
    assert(laptop.record.offsite.length === 0, `requests off the site: ${laptop.record.offsite.join(", ")}`);
  });
  await laptop.context.close();

  // A new deployment reaches a returning visitor: the changed service worker installs the new
  // build in the background, and the next visit shows it.
  await check("the site can be installed as an app (Chromium's own installability check)", async () => {
    // A normal profile: Chromium never offers to install from an incognito-like context.
    const profile = mkdtempSync(join(tmpdir(), "chatwise-install-"));
    const installed = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await installed.newPage();
      await page.goto(`${origin}/`);
      await waitReady(page);
      // The service worker must control the page (offline start) before Chromium judges.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 }).catch(() => page.reload());
      await waitReady(page);
      const cdp = await installed.newCDPSession(page);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      assert(installabilityErrors.length === 0, `installability errors: ${JSON.stringify(installabilityErrors)}`);
      const { errors, data } = await cdp.send("Page.getAppManifest");
      assert(errors.length === 0, `manifest errors: ${JSON.stringify(errors)}`);
      const sizes = JSON.parse(data).icons.map((icon) => icon.sizes);
      assert(sizes.includes("192x192") && sizes.includes("512x512"), `icons of the usual sizes: ${sizes}`);
    } finally {
      await installed.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  await check("a new deployment is picked up on the next visit", async () => {
    const copy = mkdtempSync(join(tmpdir(), "chatwise-deploy-"));
    cpSync(dist, copy, { recursive: true });
    const site = await serve(copy);
    const visitor = await browser.newContext({ viewport: { width: 800, height: 600 } });
    try {
      const tab = await visitor.newPage();
      await tab.goto(`${site.origin}/`);
      await waitReady(tab);
      await tab.evaluate(() => navigator.serviceWorker.ready);
      // Deploy: a changed page and a service worker with a new version.
      const edit = (name, change) => {
        writeFileSync(join(copy, name), change(readFileSync(join(copy, name), "utf8")));
        rmSync(join(copy, `${name}.br`), { force: true });
        rmSync(join(copy, `${name}.gz`), { force: true });
      };
      edit("index.html", (html) => html.replace("<title>ChatWise</title>", "<title>ChatWise</title><!-- deployment 2 -->"));
      edit("sw.js", (sw) => sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-2"'));
      // The next visit finds the new worker, which copies the new build in the background.
      await tab.reload();
      // Installed and activated: the old copy is gone and only the new one is left.
      const onlyNewCopy = () =>
        tab.evaluate(async () => {
          const keys = (await caches.keys()).filter((key) => key.startsWith("chatwise-"));
          return keys.length === 1 && keys[0].endsWith("-2");
        });
      for (let waited = 0; !(await onlyNewCopy()); waited += 500) {
        assert(waited < 90_000, "the new service worker did not take over within 90 s");
        await tab.waitForTimeout(500);
      }
      let seen = false;
      for (let visit = 0; visit < 5 && !seen; visit += 1) {
        await tab.reload();
        await tab.waitForTimeout(1_000);
        seen = (await tab.content()).includes("deployment 2");
      }
      const head = (await tab.content()).slice(0, 400);
      assert(seen, `the new index.html was not served after the new worker installed: ${head}`);
    } finally {
      await visitor.close();
      site.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  // A browser without WebGL 2 gets a plain message, not a blank page.
  const old = await watchedContext(browser, origin, { viewport: { width: 800, height: 600 } });
  await old.context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : original.call(this, kind, ...rest);
    };
  });
  const oldPage = await old.context.newPage();
  // On a slow connection, as such a phone would have: the download starts before the check
  // (web/loader.js) and must stop as soon as the check fails.
  const oldNetwork = await old.context.newCDPSession(oldPage);
  await oldNetwork.send("Network.enable");
  await oldNetwork.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
  const wasmRequests = { finished: 0, failed: 0 };
  oldPage.on("requestfinished", (r) => r.url().endsWith(".wasm") && (wasmRequests.finished += 1));
  oldPage.on("requestfailed", (r) => r.url().endsWith(".wasm") && (wasmRequests.failed += 1));
  await check("a browser without WebGL 2 is told what to do instead", async () => {
    await oldPage.goto(`${origin}/`);
    await oldPage.waitForFunction(() => document.documentElement.dataset.state === "unsupported", null, { timeout: 20_000 });
    const text = await oldPage.evaluate(() => document.getElementById("problem").innerText);
    assert(text.includes("WebGL 2") && text.includes("trust"), `message: ${text}`);
    await oldPage.waitForTimeout(500);
    assert(wasmRequests.finished === 0 && wasmRequests.failed === 1, `the app's download is stopped when it cannot run: ${JSON.stringify(wasmRequests)}`);
    await oldPage.screenshot({ path: join(shots, "no-webgl2.png") });
  });
  await old.context.close();

  // Phone portrait, Ukrainian browser: the page follows the browser's language.
  const phone = await watchedContext(browser, origin, { ...PHONE, locale: "uk-UA" });
  const phonePage = await phone.context.newPage();
  await check("on a phone in Ukrainian: the app speaks the browser's language", async () => {
    await phonePage.goto(`${origin}/`);
    await waitReady(phonePage);
    assert((await phonePage.evaluate(() => document.documentElement.lang)) === "uk", "html lang follows the language");
    // Laid out for a 360-point-wide phone, at a device pixel ratio of 2 (not twice as big).
    const width = Number(await phonePage.evaluate(() => document.documentElement.dataset.width));
    assert(Math.abs(width - 360) <= 2, `the layout is ${width} points wide on a 360 px phone`);
    await phonePage.screenshot({ path: join(shots, "phone-start-uk.png") });
    await press(phonePage, "Я, самостійно");
    await press(phonePage, "Показати уроки");
    await phonePage.screenshot({ path: join(shots, "phone-library-uk.png") });
    await press(phonePage, "Почати: Лише одне фото");
    await phonePage.screenshot({ path: join(shots, "phone-lesson-uk.png") });
    assert(phone.record.errors.length === 0, `console errors: ${phone.record.errors.join("\n")}`);
    assert(phone.record.offsite.length === 0, `requests off the site: ${phone.record.offsite.join(", ")}`);
  });
  await phone.context.close();

  // Phones draw at their own pixel density (eframe sizes the canvas by the ratio): sharp text,
  // the layout in CSS pixels, and a tap lands on the control under the finger.
  for (const ratio of [2, 3]) {
    const dense = await watchedContext(browser, origin, { ...PHONE, deviceScaleFactor: ratio, locale: "en-GB" });
    const densePage = await dense.context.newPage();
    await check(`at a device pixel ratio of ${ratio}: drawn at the device's density, laid out in CSS pixels, taps land`, async () => {
      await densePage.goto(`${origin}/`);
      await waitReady(densePage);
      const canvas = await densePage.evaluate(() => {
        const c = document.getElementById("chatwise");
        return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, points: Number(document.documentElement.dataset.width) };
      });
      assert(canvas.width === canvas.cssWidth * ratio && canvas.height === canvas.cssHeight * ratio, `backing store ${canvas.width}x${canvas.height} for ${canvas.cssWidth}x${canvas.cssHeight} CSS px`);
      assert(Math.abs(canvas.points - canvas.cssWidth) <= 1, `the layout is ${canvas.points} points wide in ${canvas.cssWidth} CSS px`);
      await densePage.screenshot({ path: join(shots, `phone-start-dpr${ratio}.png`) });
      // A tap at the middle of the control, where the screen-reader mirror says it is, once the
      // app is idle (on a busy machine the first frames can still be settling the layout).
      await settled(densePage);
      const choice = '#a11y [data-ak][aria-label="Me, on my own"]';
      const box = await densePage.locator(choice).boundingBox();
      await densePage.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await densePage.waitForSelector(`${choice}[aria-checked="true"]`, { state: "attached", timeout: 10_000 });
      assert(dense.record.errors.length === 0, `console errors: ${dense.record.errors.join("\n")}`);
    });
    await dense.context.close();
  }

  // A slow connection that then drops: the page says it is slow, then that the download
  // stopped, with a button that tries again; Help and Quick exit stay.
  const flaky = await watchedContext(browser, origin, { ...PHONE, locale: "en-GB" });
  let dropDownload = true;
  await flaky.context.route("**/chatwise_bg.wasm", async (route) => {
    if (!dropDownload) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 9_000));
    await route.abort("connectionreset");
  });
  const flakyPage = await flaky.context.newPage();
  await check("a slow download says so, a dropped one says what to do and tries again", async () => {
    await flakyPage.goto(`${origin}/`);
    await flakyPage.waitForSelector("#loading-slow:not([hidden])", { timeout: 15_000 });
    const slowText = await flakyPage.textContent("#loading-slow");
    assert(slowText.includes("slow") && slowText.includes("Quick exit"), `slow message: ${slowText}`);
    await flakyPage.screenshot({ path: join(shots, "phone-download-slow.png") });
    await flakyPage.waitForFunction(() => document.documentElement.dataset.state === "download-failed", null, { timeout: 20_000 });
    const text = await flakyPage.evaluate(() => document.getElementById("problem").innerText);
    assert(text.includes("connected to the internet") && text.includes("Try again"), `message: ${text}`);
    assert(await flakyPage.isVisible("#early-exit"), "Quick exit stays in reach");
    await flakyPage.screenshot({ path: join(shots, "phone-download-failed.png") });
    dropDownload = false;
    await flakyPage.tap("#problem-retry");
    await waitReady(flakyPage);
    assert((await place(flakyPage)).screen === "start", "after trying again the app starts");
  });
  await flaky.context.close();

  // A child on a slow connection: the app has not arrived (its download is held back), but Help
  // and Quick exit already work, in plain HTML, with the country's routes.
  const slow = await watchedContext(browser, origin, { ...PHONE, locale: "en-GB" });
  await slow.context.route("**/chatwise_bg.wasm", () => {}); // never answered
  const slowPage = await slow.context.newPage();
  await check("Help and Quick exit work before the app has downloaded", async () => {
    await slowPage.goto(`${origin}/`);
    await slowPage.waitForFunction(() => document.getElementById("early-help").textContent === "Help");
    assert((await slowPage.evaluate(() => document.documentElement.dataset.state)) === "loading", "the app is not there");
    await slowPage.click("#early-help");
    await slowPage.waitForSelector("#help-now:not([hidden])");
    const help = await slowPage.textContent("#help-now");
    for (const words of ["Report a person", "CEOP Safety Centre", "999", "Childline"]) {
      assert(help.includes(words), `the loading page's help for the UK names "${words}"`);
    }
    const link = await slowPage.getAttribute("#help-now a[href^='https://www.ceop']", "rel");
    assert(link === "noopener noreferrer", `help links open with no way back: ${link}`);
    assert(await slowPage.isVisible("#early-exit"), "Quick exit stays in reach while the help is open");
    await slowPage.screenshot({ path: join(shots, "phone-help-before-app.png") });
    for (let i = 0; i < 3; i += 1) await slowPage.keyboard.press("Shift");
    await slowPage.waitForURL((url) => url.origin !== origin, { timeout: 10_000 });
    assert(slow.record.offsite.length === 0, `requests off the site: ${slow.record.offsite.join(", ")}`);
  });
  await slow.context.close();

  // An Urdu reader on a phone: right to left, the Arabic-script font and the Urdu words from
  // this site only, and both kept for offline use.
  const urdu = await watchedContext(browser, origin, { ...PHONE, locale: "ur-PK" });
  const urduFetched = [];
  urdu.context.on("request", (request) => urduFetched.push(request.url()));
  const urduPage = await urdu.context.newPage();
  const urduUi = Object.fromEntries(
    readFileSync(join(repo, "locales/ur/ui.ftl"), "utf8")
      .split("\n")
      .map((line) => /^(ui-[a-z0-9-]+) = (.+)$/.exec(line))
      .filter(Boolean)
      .map((m) => [m[1], m[2].trim()]),
  );
  await check("an Urdu reader gets <html lang=ur dir=rtl>, the Arabic-script font and words from this site", async () => {
    await urduPage.goto(`${origin}/`);
    await waitReady(urduPage);
    await urduPage.waitForFunction(() => document.documentElement.lang === "ur", null, { timeout: 30_000 });
    const html = await urduPage.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert(html[0] === "ur" && html[1] === "rtl", `html lang/dir ${html}`);
    const font = urduFetched.filter((url) => url.endsWith(".ttf"));
    assert(font.some((url) => url === `${origin}/NotoNaskhArabicUI-Regular.ttf`), `fonts fetched: ${font.join(", ")}`);
    assert(font.every((url) => url.startsWith(`${origin}/`) && !url.includes("Devanagari")), `only Arabic-script fonts from this site: ${font}`);
    assert(urduFetched.includes(`${origin}/lang-ur.json`), "the Urdu words came from this site");
    await urduPage.screenshot({ path: join(shots, "phone-start-ur.png") });
    await press(urduPage, urduUi["ui-player-solo"]);
    await press(urduPage, urduUi["ui-start-go"]);
    await urduPage.screenshot({ path: join(shots, "phone-library-ur.png") });
  });

  await check("the Urdu reader can read offline afterwards: the worker kept the font and the words", async () => {
    await urduPage.evaluate(() => navigator.serviceWorker.ready);
    await urduPage.waitForFunction(
      async () => {
        for (const key of await caches.keys()) {
          const cache = await caches.open(key);
          if ((await cache.match("NotoNaskhArabicUI-Regular.ttf")) && (await cache.match("lang-ur.json"))) return true;
        }
        return false;
      },
      null,
      { timeout: 30_000, polling: 250 },
    );
    await urdu.context.setOffline(true);
    await urduPage.reload();
    await waitReady(urduPage);
    await urduPage.waitForFunction(() => document.documentElement.dir === "rtl", null, { timeout: 30_000 });
    const offline = await urduPage.evaluate(() => [
      !!globalThis.chatwiseFonts["NotoNaskhArabicUI-Regular.ttf"],
      !!globalThis.chatwiseLanguages.ur,
    ]);
    assert(offline[0] && offline[1], `offline: font ${offline[0]}, words ${offline[1]}`);
    await urduPage.screenshot({ path: join(shots, "phone-library-ur-offline.png") });
    await urdu.context.setOffline(false);
    assert(urdu.record.errors.length === 0, `console errors: ${urdu.record.errors.join("\n")}`);
    assert(urdu.record.offsite.length === 0, `requests off the site: ${urdu.record.offsite.join(", ")}`);
  });
  await urdu.context.close();
} finally {
  stop();
  await browser.close();
}

// Printed documents in Hindi and Urdu (written by `chatwise export` into $EXPORTS), opened in a
// Chromium that can see no system font for either script: they must still draw their letters,
// from the font embedded in the file, and say their language and direction.
if (process.env.EXPORTS) {
  const config = join(mkdtempSync(join(tmpdir(), "chatwise-fc-")), "fonts.conf");
  writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts</dir>
<cachedir>${dirname(config)}/cache</cachedir><selectfont><rejectfont>
<pattern><patelt name="lang"><string>hi</string></patelt></pattern>
<pattern><patelt name="lang"><string>ur</string></patelt></pattern>
</rejectfont></selectfont></fontconfig>`,
  );
  const bare = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: config },
  });
  try {
    for (const [code, dir] of [["hi", "ltr"], ["ur", "rtl"]]) {
      await check(`the printed plan in ${code} draws its script with no ${code} font on the machine`, async () => {
        const context = await bare.newContext({ viewport: { width: 900, height: 1200 } });
        const doc = await context.newPage();
        await doc.goto(`file://${resolve(process.env.EXPORTS, `plan-${code}.html`)}`);
        await doc.evaluate(() => document.fonts.ready);
        const html = await doc.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        assert(html[0] === code && html[1] === dir, `html lang/dir ${html}`);
        const embedded = await doc.evaluate(() => [...document.fonts].some((f) => f.family.includes("ChatWise Script") && f.status === "loaded"));
        assert(embedded, "the embedded script font was loaded and used");
        await doc.screenshot({ path: join(shots, `export-plan-${code}.png`) });
        await context.close();
      });
    }
  } finally {
    await bare.close();
  }
}
const { passes, failures } = tally();
console.log(`browser: ${passes} passed, ${failures} failed (screenshots in ${shots})`);
process.exit(failures === 0 ? 0 : 1);
