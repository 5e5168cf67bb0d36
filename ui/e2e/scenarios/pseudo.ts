// The pseudo-locale on every screen of a database full of data: the demo summit, a table
// laptop's bundle merged with a conflict left open, a damaged bundle and a malformed sign-in
// sheet imported in the app. Any plain ASCII word left on a screen is text the code did not
// localise. What people typed is data, shown with its own direction (dir="auto") or language
// (lang), and is not judged.

import { ROUTES } from "../../src/routes";
import type { App } from "../harness";
import { expect, type Scenario } from "../runner";

/** Every text the database holds that the screens may show, read through the app's own
 * commands: session, agenda, groups, questions, concerns, sign-ins, tags, laptops, bundles. */
async function dataTexts(app: App, session: string): Promise<string[]> {
  return app.d.execAsync<string[]>(
    `const [session, done] = arguments;
     const call = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args).catch(() => null);
     Promise.all([
       call('session', { session }), call('agenda', { session }), call('groups', { session }),
       call('questions', { session }), call('concerns', { session, filter: { include_duplicates: true } }),
       call('signins', { session }), call('tags', {}), call('devices', {}), call('ledger', {}),
       call('actions', { session: null, precinct: null }), call('conflicts', {}), call('sessions', {}),
     ]).then((all) => {
       // Only fields that hold what people typed or named: never codes (a status, a kind, a
       // field name), which the app must put in words itself.
       const human = new Set(['title', 'name', 'text', 'interpretation', 'location', 'neighbourhood', 'zip',
         'precinct', 'place', 'label', 'slug', 'pillar', 'tags', 'topic', 'facilitator', 'note_taker', 'presenter',
         'response', 'owner', 'device_name', 'file_name', 'session_title', 'group_name', 'value', 'accessibility']);
       const out = [];
       const take = (v) => { if (typeof v === 'string') out.push(v); else if (Array.isArray(v)) v.forEach(take); };
       const walk = (v) => {
         if (Array.isArray(v)) v.forEach(walk);
         else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (human.has(k) ? take(x) : walk(x));
       };
       walk(all);
       done(out);
     });`,
    session,
  );
}

/** The plain ASCII words on the screen that are the app's own text, not data. Text that people
 * typed is data: shown with its own direction (dir="auto") or language, or substituted into a
 * message, where Fluent isolates it between FSI and PDI marks; such a placeable is skipped only
 * when its text is the database's own. */
async function untranslated(app: App, allowed: Set<string>, data: string[]): Promise<string[]> {
  const words = await app.d.exec<string[]>(
    `const data = new Set(arguments[0]);
     const out = [];
     const strip = (t) => t.replace(/\u2068([^\u2068\u2069]*)\u2069/g, (m, inner) => (data.has(inner) || /^[\d\s.,:%+−-]*$/.test(inner) ? ' ' : inner));
     const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
     for (let n = walker.nextNode(); n; n = walker.nextNode()) {
       const el = n.parentElement;
       if (!el || el.closest('script, style, bdi, [dir=auto], [lang]:not(html):not([lang=qps-ploc])')) continue;
       const left = strip(n.textContent);
       if (/[A-Za-z]{2,}/.test(left)) out.push(left + ' @' + el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + '<' + (el.parentElement?.tagName.toLowerCase() ?? ''));
     }
     for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]'))
       for (const a of ['placeholder', 'aria-label', 'title']) {
         // An attribute that is wholly data (a card named by its concern's words) is data.
         const v = el.getAttribute(a);
         if (v && !data.has(v)) out.push(strip(v));
       }
     return out;`,
    data,
  );
  // E2E_PSEUDO_WHERE=1 says where each untranslated text is (element < parent).
  if (process.env.E2E_PSEUDO_WHERE) console.log(words.filter((w) => /@/.test(w)).slice(0, 40).join("\n"));
  const all = words.map((w) => w.replace(/ @\S+$/, "")).join(" ").match(/[A-Za-z]{2,}/g) ?? [];
  const fingerprint = /^[A-F]+$/; // letters of a device fingerprint (hex groups)
  return [...new Set(all.filter((w) => !allowed.has(w) && !fingerprint.test(w)))];
}

export const pseudo: Scenario = {
  name: "pseudo",
  steps: [
    "prepare a database with a merged bundle and a conflict",
    "launch the app in the pseudo-locale",
    "a damaged bundle and a malformed sheet imported in the app",
    "the pseudo-locale on every screen finds no untranslated text",
  ],
  async run(ctx) {
    const { step } = ctx;
    let rich = { db: "", session: "", damagedBundle: "", badSheet: "" };
    await step("prepare a database with a merged bundle and a conflict", async () => {
      rich = await ctx.fixtures.rich();
    });
    const app = await ctx.launch("launch the app in the pseudo-locale", ["--db", rich.db, "--demo", "--locale", "qps-ploc"]);
    const d = app.d;

    await step("a damaged bundle and a malformed sheet imported in the app", async () => {
      await app.go("coordinator");
      await (await d.find("form[aria-labelledby=import-heading] textarea.paths")).type(rich.damagedBundle);
      await (await d.find("#import-bundles")).click();
      await d.waitFor("the rejected bundle listed", `return document.querySelector('form[aria-labelledby=import-heading] li.problems') !== null`, 20000);
      expect((await app.count("article.conflict")) >= 1, "the merged bundle left a conflict to resolve");
      await app.go("reports");
      await (await d.find("#import-path")).type(rich.badSheet);
      await (await d.find("form[aria-labelledby=import-heading] button[type=submit]")).click();
      await d.waitFor("the problem list", `return document.querySelectorAll('form[aria-labelledby=import-heading] .problems li').length === 2`, 10000);
    });

    await step("the pseudo-locale on every screen finds no untranslated text", async () => {
      // Each language's own name (English, Español, Tiếng Việt) stays as its speakers write it.
      const autonyms = await d.exec<string[]>(
        `return ['en', 'es', 'vi', 'am', 'ar', 'zh-Hant', 'ko', 'ru', 'so'].map(l => { try { return new Intl.DisplayNames([l], { type: 'language' }).of(l); } catch { return ''; } });`,
      );
      const allowed = new Set(["Convene", "PDF", "CSV", "ZIP", "PIN", "USB", "Excel", ...autonyms.flatMap((x) => x.split(/[^A-Za-z]+/))]);
      const data = await dataTexts(app, rich.session);
      expect(data.length > 200, `the database's texts were read (${data.length})`);
      const found: string[] = [];
      for (const { route } of ROUTES) {
        await app.go(route);
        // Some screens fill in after their first paint (the board, the ledger).
        await d.waitFor("the screen's data", `return document.querySelector('main .loading') === null`, 10000);
        const left = await untranslated(app, allowed, data);
        if (left.length) found.push(`${route}: ${left.slice(0, 12).join(", ")}`);
        if (route === "setup" || route === "reports" || route === "coordinator" || route === "board") await app.shot(`pseudo-${route}`);
      }
      expect(found.length === 0, `untranslated text:\n  ${found.join("\n  ")}`);
    });
    await d.quit();
  },
};
