// The coordinator's desk, three laptops: app A (coordinator), app B (a table), the CLI (C).
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../fixtures";
import { Keys, sleep } from "../harness";
import { expect, type Scenario } from "../runner";

export const desk: Scenario = {
  name: "desk",
  steps: [
    "launch laptop A on the demo",
    "laptop A: the coordinator exports a kit",
    "launch laptop B",
    "laptop B: imports the kit, captures, exports its bundle",
    "laptop C (CLI): kit, capture, the same agenda item edited, the session renamed, bundle",
    "launch laptop A again",
    "laptop A: imports both bundles, approves the laptops",
    "laptop A: resolves the conflict in the app",
    "laptop A: refuses a held change, previews a revoke and keeps the laptop",
    "laptop A: the merged board shows all three laptops' concerns",
    "laptop A: an action answers a concern, and the report-back follows it",
    "laptop A: backs up the coordinator's laptop from Settings",
  ],
  async run(ctx) {
    const { step, scan } = ctx;

    const dir = mkdtempSync(join(tmpdir(), "convene-three-"));
    const [dbA, dbB, dbC] = ["coordinator", "table-b", "table-c"].map((n) => join(dir, `${n}.sqlite3`));
    const kit = join(dir, "kit.convene");
    const bundleB = join(dir, "table-b.convene");
    const bundleC = join(dir, "table-c.convene");

    // 1. The kit, from the coordinator's app.
    let app = await ctx.launch("launch laptop A on the demo", ["--db", dbA, "--demo", "--locale", "en"]);
    let d = app.d;
    await step("laptop A: the coordinator exports a kit", async () => {
      await app.go("settings");
      await app.fill("Laptop name", "Coordinator");
      await (await app.button("Save", "form[aria-labelledby='device-heading']")).click();
      await app.go("exchange");
      await (await app.button("Make this the coordinator's laptop")).click();
      await d.waitFor("coordinator", `return document.body.textContent.includes("This laptop is the coordinator's")`);
      await app.fill("Kit file", kit, "form[aria-labelledby='kit-out-heading']");
      await (await d.find("#export-kit")).click();
      await d.waitFor("the kit", `return document.querySelector('form[aria-labelledby="kit-out-heading"] .result.ok') !== null`);
      await app.shot("exchange");
      await scan(app, "exchange");
    });
    await d.quit();

    // 2. Laptop B in the app: kit, capture, a concurrent edit, the bundle.
    app = await ctx.launch("launch laptop B", ["--db", dbB, "--locale", "en"]);
    d = app.d;
    await step("laptop B: imports the kit, captures, exports its bundle", async () => {
      await app.go("settings");
      await app.fill("Laptop name", "Table B");
      await (await app.button("Save", "form[aria-labelledby='device-heading']")).click();
      await app.go("exchange");
      await app.fill("Kit file", kit, "form[aria-labelledby='kit-in-heading']");
      await (await d.find("#import-kit")).click();
      await d.waitFor("the kit's fingerprint", `return document.querySelector('form[aria-labelledby="kit-in-heading"] .fingerprint') !== null`);
      await app.go("sessions");
      await (await app.button("Open", "tbody")).click();
      await app.go("capture");
      const text = await d.find("#capture-text");
      for (const words of ["Table B: the underpass on Yesler needs lights #lighting", "Table B: speeding on Boren past the school #traffic"]) {
        await text.type(words + " " + Keys.enter);
        await sleep(300);
      }
      await d.waitFor("two captures", `return document.querySelectorAll('.capture.saved').length >= 2 && !document.querySelector('.capture.pending')`);
      await app.go("setup");
      const minutes = await d.find(".agenda-list li:first-child input[type=number]");
      await minutes.clear();
      await minutes.type("12" + Keys.tab);
      await sleep(500);
      await app.go("exchange");
      await app.fill("Bundle file", bundleB, "form[aria-labelledby='bundle-heading']");
      await (await d.find("#export-bundle")).click();
      await d.waitFor("safe to remove", `return document.querySelector('.safe') !== null`);
    });
    await d.quit();

    // 3. Laptop C on the command line.
    await step("laptop C (CLI): kit, capture, the same agenda item edited, the session renamed, bundle", async () => {
      cli(dbC, "init", "--device-name", "Table C (CLI)");
      cli(dbC, "kit", "import", kit);
      const session = JSON.parse(cli(dbC, "session", "list")).sessions[0].id as string;
      cli(dbC, "concern", "add", session, "--text", "Table C: more youth programmes at the community centre #youth");
      const item = JSON.parse(cli(dbC, "agenda", "list", session)).agenda[0].id as string;
      cli(dbC, "agenda", "edit", item, "--minutes", "15");
      // The coordinator's session title: counts on C, waits for review at the coordinator.
      cli(dbC, "session", "edit", session, "--title", "Renamed at table C");
      cli(dbC, "bundle", "export", session, "--out", bundleC);
    });

    // 4–7. The coordinator imports, approves, resolves the conflict, sees the merged board.
    app = await ctx.launch("launch laptop A again", ["--db", dbA, "--locale", "en"]);
    d = app.d;
    await step("laptop A: imports both bundles, approves the laptops", async () => {
      await app.go("coordinator");
      await app.fill("Bundle files", `${bundleB}${Keys.enter}${bundleC}`);
      await (await d.find("#import-bundles")).click();
      await d.waitFor("the summary", `return document.body.textContent.replace(/[\\u2068\\u2069]/g, '').includes('waiting for approval 2')`, 20000);
      for (let i = 0; i < 2; i++) {
        await (await d.find("li[data-state=quarantined] button.approve")).click();
        await d.waitFor("approved", `return document.querySelectorAll('li[data-state=quarantined]').length === arguments[0]`, 10000, 1 - i);
      }
      expect((await app.count("#ledger tbody tr")) >= 2, "the bundles are in the table");
    });
    await step("laptop A: resolves the conflict in the app", async () => {
      await d.waitFor("a conflict", `return document.querySelector('article.conflict') !== null`);
      const values = await d.exec<string[]>(`return [...document.querySelectorAll('article.conflict .conflict-value')].map(e => e.textContent)`);
      expect(values.includes("12") && values.includes("15"), `both laptops' minutes are shown side by side (${values})`);
      await app.shot("coordinator");
      await scan(app, "coordinator");
      await (await d.find("article.conflict .conflict-side:nth-child(2) button.keep")).click();
      await d.waitFor("no conflicts", `return document.querySelector('article.conflict') === null`);
    });
    await step("laptop A: refuses a held change, previews a revoke and keeps the laptop", async () => {
      await d.waitFor("a held change", `return document.querySelector('ul.held-changes li[data-entity=session]') !== null`);
      const held = await app.text("ul.held-changes");
      expect(held.includes("Renamed at table C") && held.includes("Table C (CLI)"), `the change, and who made it, are shown (${held})`);
      const titles = (JSON.parse(cli(dbA, "session", "list")).sessions as { title: string }[]).map((x) => x.title);
      expect(!titles.includes("Renamed at table C"), `a held change does not count (${titles})`);
      await app.shot("coordinator-held");
      await scan(app, "coordinator-held");
      await (await d.find("ul.held-changes li button.refuse")).click();
      await d.waitFor("none held", `return document.querySelector('ul.held-changes') === null`);
      // Revoking shows what it takes back before it does anything.
      await (await d.find("li[data-state=approved] details.revoke-details summary")).click();
      await (await d.find("li[data-state=approved] details[open] button.revoke")).click();
      await d.waitFor("the preview", `return document.querySelector('.revoke-preview li') !== null`);
      const preview = await app.text(".revoke-preview");
      expect(/Concerns: \d+ back, \d+ gone/.test(preview.replace(/[\u2068\u2069]/g, "")), `the preview lists kinds of records (${preview})`);
      await app.shot("coordinator-revoke-preview");
      await (await app.button("Cancel", ".revoke-preview")).click();
      await d.waitFor("cancelled", `return document.querySelector('.revoke-preview') === null`);
    });
    await step("laptop A: the merged board shows all three laptops' concerns", async () => {
      const laptops = await d.exec<string[]>(`return [...new Set([...document.querySelectorAll('#merged-board td.laptop')].map(e => e.firstChild.textContent))]`);
      const texts = await app.text("#merged-board");
      expect(texts.includes("Table B: the underpass") && texts.includes("Table C: more youth"), "B's and C's concerns are on the board");
      expect(["Coordinator", "Table B", "Table C (CLI)"].every((n) => laptops.includes(n)), `each card says where it came from (${laptops})`);
    });
    await step("laptop A: an action answers a concern, and the report-back follows it", async () => {
      await app.go("actions");
      await app.fill("Action", "Add lighting to the Yesler underpass");
      await app.fill("Owner", "SDOT");
      await (await d.find("#action-concern-search")).type("underpass");
      await d.waitFor("the concern to pick", `return document.querySelectorAll('.concern-picks input').length === 1`);
      await (await d.find(".concern-picks input")).click();
      await (await app.button("Create the action")).click();
      await d.waitFor("the action", `return document.querySelector('article.action') !== null`);
      await d.waitFor("the trace", `return [...document.querySelectorAll('#report-back .answered')].some(e => e.textContent.includes('Yesler underpass'))`);
      await app.shot("actions");
      await scan(app, "actions");
    });
    await step("laptop A: backs up the coordinator's laptop from Settings", async () => {
      const backup = join(dir, "coordinator.convene-backup");
      const form = "form[aria-labelledby='backup-heading']";
      await app.go("settings");
      await app.fill("Backup file", backup, form);
      await app.fill("Passphrase", "three ordinary words", form);
      await app.fill("The passphrase again", "three ordinary words", form);
      await (await d.find("#backup-now")).click();
      await d.waitFor("the backup", `return document.body.textContent.includes("with the coordinator identity")`);
      expect(existsSync(backup) && (statSync(backup).mode & 0o777) === 0o600, "the backup file is there, readable only by its owner");
      expect(readFileSync(backup).subarray(0, 21).toString() === "age-encryption.org/v1", "and is an age file");
      await app.shot("settings-backup");
      await scan(app, "settings with backup and restore");
    });
    await d.quit();
  },
};
