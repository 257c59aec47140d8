// End-to-end test of a site an NGO publishes with `chatwise site`, in Debian's Chromium:
// - the test pack (tests/packs/site: only the author's files) is published with the player
//   this build made, by the chatwise binary, and served on localhost;
// - the page starts in the pack's default language (Ukrainian) for a browser set to English,
//   names the organisation while loading, and shows the pack's default country's help;
// - a learner plays the pack's lesson to its end with the keyboard alone;
// - it works offline after the first visit;
// - a missing or corrupt pack.json gives the page's message in the reader's language, never a
//   blank canvas, and no console error;
// - no request goes to any host but the site's own.
//   node tests/web/site.mjs PLAYER CHATWISE_BINARY   (CI: the release bundle's web-player and chatwise)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, assert, checks, focus, focused, place, serve, watchedContext } from "./e2e-support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const [distArg, binArg] = process.argv.slice(2);
const dist = resolve(distArg || join(repo, "dist"));
const chatwise = resolve(binArg || join(repo, "target/debug/chatwise"));
const shots = resolve(process.env.SHOTS || join(repo, "target/web-shots"));
mkdirSync(shots, { recursive: true });

const { check, tally } = checks();

// Publish the test pack, as an NGO would, with the player this build made.
const work = mkdtempSync(join(tmpdir(), "chatwise-site-"));
const site = join(work, "site");
// With a bare PATH: publishing needs no Rust, wasm or Node tools.
const output = execFileSync(
  chatwise,
  ["site", "--pack", join(repo, "tests/packs/site"), "--player", dist, "--out", site],
  { encoding: "utf8", env: { PATH: "/usr/bin:/bin", HOME: tmpdir() } },
);
console.log(output.trim());

async function settled(page) {
  await page.waitForFunction(
    () => ["ready", "failed", "unsupported", "pack-failed"].includes(document.documentElement.dataset.state),
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(() => document.documentElement.dataset.state);
}

/**
 * Focuses the control named `label` and presses Enter on it, as a keyboard user. A chat's
 * messages arrive with typing pauses; until they have, the replies can move under the focus, so
 * Enter is pressed only once the focus has stayed on `label` for a moment.
 */
async function press(page, label) {
  const heard = () => focused(page);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await focus(page, (said) => said === label);
    await page.waitForTimeout(500);
    if ((await heard()) === label) break;
  }
  await page.keyboard.press("Enter");
  await page.waitForTimeout(400);
}

// The lesson of the test pack (tests/packs/site), as a Ukrainian reader meets its controls.
const text = (lang, id) => {
  const line = readFileSync(join(repo, "locales", lang, "ui.ftl"), "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${id} =`));
  return line.slice(line.indexOf("=") + 1).trim();
};
const uk = (id) => text("uk", id);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const served = await serve(site);
try {
  const { context, record } = await watchedContext(browser, served.origin, {
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
  });
  const page = await context.newPage();

  await check("the published site starts in the pack's language and names its organisation", async () => {
    await page.goto(`${served.origin}/`);
    assert((await settled(page)) === "ready", "the app started");
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert(lang === "uk", `an English browser gets the pack's default language: <html lang="${lang}">`);
    const organisation = await page.evaluate(() => document.getElementById("organisation").textContent);
    assert(organisation.includes("Example NGO"), `the loading screen names the organisation: "${organisation}"`);
    await page.focus("#chatwise");
    await page.screenshot({ path: join(shots, "site-start.png") });
  });

  await check("a learner plays the pack's lesson to its end with the keyboard", async () => {
    await press(page, uk("ui-player-solo"));
    await press(page, uk("ui-start-go"));
    await press(page, `${uk("ui-start-lesson")}: Крихітний урок`);
    await press(page, uk("ui-continue"));
    // The contact's message arrives after a typing pause (reduced motion is off by default).
    await page.waitForTimeout(3_000);
    for (const label of ["Who are you?", uk("ui-continue"), "Your favourite band", uk("ui-quiz-check"), uk("ui-continue")]) {
      if ((await place(page)).complete) break;
      await press(page, label);
    }
    const at = await place(page);
    assert(at.lesson === "mini" && at.step === "end", `reached the end: ${JSON.stringify(at)}`);
    await page.screenshot({ path: join(shots, "site-end.png") });
  });

  await check("help shows the pack's default country (Mongolia's portal)", async () => {
    await press(page, uk("ui-help"));
    const said = await focus(page, (s) => s.includes("report.iwf.org.uk"));
    assert(said.startsWith("IWF reporting portal"), `Mongolia's IWF portal is offered: ${said}`);
  });

  await check("it works offline after the first visit", async () => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    assert((await settled(page)) === "ready", "starts offline");
    await context.setOffline(false);
  });

  await check("no console errors and no request to another host", async () => {
    assert(record.errors.length === 0, `console errors: ${record.errors.join("\n")}`);
    assert(record.offsite.length === 0, `requests elsewhere: ${record.offsite.join(", ")}`);
  });
  await context.close();

  // A damaged site: the page says so in the reader's language; the app never starts half-loaded.
  const title = JSON.parse(readFileSync(join(site, "strings.json"), "utf8")).uk["web-pack-failed-title"];
  for (const [name, damage] of [
    ["missing", (dir) => rmSync(join(dir, "pack.json"))],
    ["corrupt", (dir) => writeFileSync(join(dir, "pack.json"), "{ not json")],
    ["from another engine", (dir) => writeFileSync(join(dir, "pack.json"), JSON.stringify({ format: 99 }))],
    [
      "with a broken lesson",
      (dir) => {
        const pack = JSON.parse(readFileSync(join(dir, "pack.json"), "utf8"));
        pack.content["lessons/mini.ron"] = pack.content["lessons/mini.ron"].replace('start: "intro"', 'start: "nowhere"');
        pack.content["lessons/extra.ron"] = "Lesson( id: ";
        writeFileSync(join(dir, "pack.json"), JSON.stringify(pack));
      },
    ],
  ]) {
    await check(`a ${name} pack.json gives the page's message, not a blank canvas`, async () => {
      const copy = join(work, `damaged-${name.replaceAll(" ", "-")}`);
      cpSync(site, copy, { recursive: true });
      damage(copy);
      const server = await serve(copy);
      const { context: ctx, record: rec } = await watchedContext(browser, server.origin, { locale: "en-GB" });
      try {
        const p = await ctx.newPage();
        await p.goto(`${server.origin}/`);
        const state = await settled(p);
        assert(state === "pack-failed", `data-state=${state}`);
        const shown = await p.evaluate(() => [document.getElementById("problem-title").textContent, document.getElementById("problem").hidden]);
        assert(shown[0] === title && !shown[1], `the message in Ukrainian: ${JSON.stringify(shown)}`);
        // A missing file is a 404, which Chromium itself logs; nothing else may be.
        const errors = rec.errors.filter((e) => !(name === "missing" && e.includes("404")));
        assert(errors.length === 0, `console errors: ${errors.join("\n")}`);
        await p.screenshot({ path: join(shots, `site-${name.replaceAll(" ", "-")}.png`) });
      } finally {
        await ctx.close();
        server.stop();
      }
    });
  }
} finally {
  served.stop();
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
const { passes, failures } = tally();
console.log(`site: ${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
