// The whole app in Arabic: every screen mirrored, right to left, with no English left over.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROUTES } from "../../src/routes";
import { Keys } from "../harness";
import { expect, type Scenario } from "../runner";

export const arabic: Scenario = {
  name: "arabic",
  steps: [
    "prepare the demo database",
    "launch the app in Arabic",
    "every screen in Arabic, laid out right to left",
    "an English street name inside Arabic text keeps its direction",
    "a PDF report in Arabic from the Reports screen",
    "CSV out and a malformed sheet in, from the Reports screen",
  ],
  async run(ctx) {
    const { step, scan } = ctx;

    const dir = mkdtempSync(join(tmpdir(), "convene-ar-"));
    let db = "";
    await step("prepare the demo database", async () => {
      db = (await ctx.fixtures.demo()).db;
    });
    const app = await ctx.launch("launch the app in Arabic", ["--db", db, "--demo", "--locale", "ar"]);
    const d = app.d;
    await step("every screen in Arabic, laid out right to left", async () => {
      for (const { route } of ROUTES) {
        await app.go(route);
        const page = await d.read<{ dir: string; lang: string; navRight: boolean; h1: string; start: string }>(
          `const nav = document.querySelector('nav').getBoundingClientRect();
           const main = document.querySelector('main').getBoundingClientRect();
           const h1 = document.querySelector('main h1');
           return { dir: document.documentElement.dir, lang: document.documentElement.lang, navRight: nav.left > main.left,
                    h1: h1.textContent, start: getComputedStyle(h1).textAlign };`,
        );
        expect(page.dir === "rtl" && page.lang === "ar", `${route}: the document is Arabic, right to left (${page.dir}, ${page.lang})`);
        expect(page.navRight, `${route}: the navigation is mirrored to the right`);
        expect(/[\u0600-\u06FF]/.test(page.h1) && !/[A-Za-z]{3,}/.test(page.h1), `${route}: the heading is Arabic (${page.h1})`);
        const english = await d.read<string[]>(
          `return [...document.querySelectorAll('main label, main button, main h2, nav a')].map(e => e.textContent.trim())
             .filter(t => /^[A-Za-z][a-z]+( [a-z]+)+$/.test(t));`,
        );
        expect(english.length === 0, `${route}: no English labels left (${english.slice(0, 5)})`);
        if (["sessions", "signin", "board", "capture", "reports", "actions"].includes(route)) await app.shot(`ar-${route}`);
        // Each screen as it stands, with the demo's data on it.
        await scan(app, `${route} (ar)`);
      }
    });

    await step("an English street name inside Arabic text keeps its direction", async () => {
      await app.go("capture");
      const text = "الشارع مظلم قرب Pine St منذ شهرين";
      await (await d.find("#capture-text")).type(text + Keys.enter);
      // The saved concern, not the "saving…" placeholder shown while the core writes it.
      const saved = `[...document.querySelectorAll('main li:not(.pending) *')].find(e => e.children.length === 0 && e.textContent.includes('Pine St'))`;
      await d.waitFor("the capture", `return ${saved} !== undefined`);
      const span = await d.exec<{ dir: string | null; bidi: string }>(
        `const el = ${saved};
         return { dir: el.getAttribute('dir'), bidi: getComputedStyle(el).unicodeBidi };`,
      );
      expect(span.dir === "auto" || span.bidi === "isolate" || span.bidi === "plaintext", `user text is isolated with its own direction (${JSON.stringify(span)})`);
      await app.shot("ar-capture-mixed");
    });

    await step("a PDF report in Arabic from the Reports screen", async () => {
      await app.go("reports");
      const out = join(dir, "summary-ar.pdf");
      await (await d.find("#pdf-path")).type(out);
      await (await d.find("form[aria-labelledby=pdf-heading] button[type=submit]")).click();
      await d.waitFor("written", `return document.querySelector('form[aria-labelledby=pdf-heading] .result.ok') !== null`, 20000);
      const text = execFileSync("pdftotext", [out, "-"]).toString();
      expect(text.includes("الحضور"), "the Arabic PDF has its Arabic headings");
    });

    await step("CSV out and a malformed sheet in, from the Reports screen", async () => {
      await app.go("reports");
      const csv = join(dir, "concerns.csv");
      await (await d.find("#csv-path")).type(csv);
      await (await d.find("form[aria-labelledby=csv-heading] button[type=submit]")).click();
      await d.waitFor("the CSV written", `return document.querySelector('form[aria-labelledby=csv-heading] .result.ok') !== null`, 10000);
      expect(readFileSync(csv, "utf8").split("\n").length > 30, "the concerns table was written");
      // A typed-up paper sheet with two bad rows: each is listed, nothing is imported.
      const sheet = join(dir, "paper.csv");
      writeFileSync(sheet, "name,zip,language,interpreter\nAmina,98122,so,yes\nBo,ABCDE,ko,no\nCai,98144,zh-Hant,maybe\n");
      const before = await d.execAsync<number>(`const done = arguments[0]; window.__TAURI_INTERNALS__.invoke('attendance', { session: localStorage.getItem('convene.session') }).then(a => done(a.total))`);
      await (await d.find("#import-path")).type(sheet);
      await (await d.find("form[aria-labelledby=import-heading] button[type=submit]")).click();
      await d.waitFor("the problem list", `return document.querySelectorAll('form[aria-labelledby=import-heading] .problems li').length === 2`, 10000);
      const after = await d.execAsync<number>(`const done = arguments[0]; window.__TAURI_INTERNALS__.invoke('attendance', { session: localStorage.getItem('convene.session') }).then(a => done(a.total))`);
      expect(after === before, `nothing was imported (${before} -> ${after})`);
      await app.shot("ar-import-problems");
    });
    await d.quit();
  },
};
