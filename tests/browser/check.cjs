// Open an HTML file in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) at each width, and print what tests/test_html.py asserts on, as JSON:
// every request the page made, console messages, page errors and dialogs, the page's
// width against the viewport's, its visible text, what print shows, axe-core's violations, and a screenshot.
//
//   node tests/browser/check.cjs PAGE.html OUT_DIR [WIDTH...]
//
// The npm packages come from $USPERU_NODE_MODULES (a node_modules folder: .ci/run installs
// axe-core and playwright-core there); the browser from $USPERU_CHROMIUM or /usr/bin/chromium.
// Anything missing is an error (exit 2), never a pass.
"use strict";
const fs = require("fs");
const path = require("path");
const url = require("url");

function fail(message) {
  process.stderr.write(`check.cjs: ${message}\n`);
  process.exit(2);
}

const modules = process.env.USPERU_NODE_MODULES;
if (!modules || !fs.existsSync(path.join(modules, "playwright-core")) || !fs.existsSync(path.join(modules, "axe-core"))) {
  fail(`USPERU_NODE_MODULES must name a node_modules folder with playwright-core and axe-core (got ${modules})`);
}
const { chromium } = require(path.join(modules, "playwright-core"));
const axeSource = fs.readFileSync(path.join(modules, "axe-core", "axe.min.js"), "utf8");
const executablePath = process.env.USPERU_CHROMIUM || "/usr/bin/chromium";
if (!fs.existsSync(executablePath)) fail(`no Chromium at ${executablePath}`);

const [page, outDir, ...widthArgs] = process.argv.slice(2);
if (!page || !outDir) fail("usage: check.cjs PAGE.html OUT_DIR [WIDTH...]");
const widths = widthArgs.length ? widthArgs.map(Number) : [1280, 390];
const address = url.pathToFileURL(path.resolve(page)).href;

(async () => {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ], // launch() starts each run with a new empty profile of its own
  });
  const results = [];
  try {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      const seen = { width, requests: [], console: [], errors: [], dialogs: [] };
      tab.on("request", (request) => seen.requests.push(request.url()));
      tab.on("console", (message) => seen.console.push(`${message.type()}: ${message.text()}`));
      tab.on("pageerror", (error) => seen.errors.push(String(error)));
      tab.on("dialog", async (dialog) => {
        seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      await tab.goto(address, { waitUntil: "load" });
      await tab.waitForTimeout(200);
      Object.assign(
        seen,
        await tab.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          text: document.body.innerText,
          lang: document.documentElement.lang,
          title: document.title,
        })),
      );
      // on paper: the print stylesheet hides the navigation
      await tab.emulateMedia({ media: "print" });
      seen.printed = await tab.evaluate(() => ({
        nav: getComputedStyle(document.querySelector("nav")).display,
        main: getComputedStyle(document.querySelector("main")).display,
      }));
      await tab.emulateMedia({ media: "screen" });
      seen.screenshot = path.join(outDir, `page-${width}.png`);
      await tab.screenshot({ path: seen.screenshot, fullPage: false });
      // axe-core in the page itself, after the page's own requests were recorded
      const before = seen.requests.length;
      await tab.evaluate(axeSource);
      const axe = await tab.evaluate(async () => {
        const found = await window.axe.run(document, { resultTypes: ["violations"] });
        return {
          violations: found.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
          })),
          passes: found.passes.map((p) => p.id),
        };
      });
      seen.axe = axe;
      seen.requestsDuringAxe = seen.requests.slice(before);
      results.push(seen);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify({ address, results }) + "\n");
})().catch((error) => fail(String(error && error.stack ? error.stack : error)));
