// Renders every SVG in this folder to a PNG one level up (content/images/<name>.png), 960 px
// wide, with the headless Chromium the browser tests use. Run after editing a drawing:
//   npm ci --prefix tests/web && node content/images/src/render.mjs
// (An NGO does not need this: export PNG from any drawing program, at most 1600 px wide and
// 200 KB; `chatwise check` says if a picture is too big.)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "../../../tests/web/node_modules/playwright-core/index.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const width = 960;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const name of readdirSync(here).filter((n) => n.endsWith(".svg")).sort()) {
    const svg = readFileSync(join(here, name), "utf8");
    const box = /viewBox="\s*[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)"/.exec(svg);
    const height = Math.round(width * (box ? Number(box[2]) / Number(box[1]) : 0.625));
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${width}" height="${height}" `)}</body>`);
    const out = join(here, "..", name.replace(/\.svg$/, ".png"));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
    await page.context().close();
    console.log(`${name} -> ${out}`);
  }
} finally {
  await browser.close();
}
