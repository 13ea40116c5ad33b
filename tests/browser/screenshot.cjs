// Take the README's picture of the edition (docs/edition.png) in headless Chromium:
//
//   node tests/browser/screenshot.cjs PAGE.html OUT.png [ANCHOR] [WIDTH] [HEIGHT]
//
// ANCHOR (default "#text") is scrolled to the top first. Needs $USPERU_NODE_MODULES with
// playwright-core, as check.cjs does.
"use strict";
const path = require("path");
const url = require("url");

const [page, out, anchor = "#text", width = "900", height = "640"] = process.argv.slice(2);
const { chromium } = require(path.join(process.env.USPERU_NODE_MODULES || "", "playwright-core"));

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.USPERU_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await tab.goto(url.pathToFileURL(path.resolve(page)).href + anchor);
  await tab.screenshot({ path: out });
  await browser.close();
})().catch((error) => {
  process.stderr.write(`screenshot.cjs: ${error}\n`);
  process.exit(2);
});
