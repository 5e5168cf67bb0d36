// Starts tauri-driver (which starts WebKitWebDriver) and the real app under it, with a data
// folder and config folder of the test's own, and offers the steps the scenarios share.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Driver, Element, Keys, sleep } from "./webdriver";

export const repo = resolve(import.meta.dirname, "../..");
export const targetDir = process.env.CARGO_TARGET_DIR ?? join(repo, "target");
export const appBinary = process.env.CONVENE_APP ?? join(targetDir, "debug", "convene-app");
export const cliBinary = process.env.CONVENE_CLI ?? join(targetDir, "debug", "convene");
export const screenshotDir = process.env.CONVENE_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), "convene-shots-"));
mkdirSync(screenshotDir, { recursive: true });

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ port, host: "127.0.0.1" });
    s.once("connect", () => {
      s.destroy();
      done(true);
    });
    s.once("error", () => done(false));
  });
}

export class Harness {
  private driverProcess: ChildProcess | null = null;
  readonly home = mkdtempSync(join(tmpdir(), "convene-e2e-"));

  async startDriver(): Promise<void> {
    this.driverProcess = spawn("tauri-driver", ["--native-driver", "/usr/bin/WebKitWebDriver"], {
      stdio: ["ignore", "inherit", "inherit"],
      // The app's settings file goes in a folder of the test's own, not the tester's.
      env: { ...process.env, XDG_CONFIG_HOME: join(this.home, "config"), XDG_DATA_HOME: join(this.home, "data") },
    });
    // tauri-driver listens before WebKitWebDriver does: wait for both.
    const deadline = Date.now() + 30000;
    while (!((await portOpen(4444)) && (await portOpen(4445)))) {
      if (Date.now() > deadline) throw new Error("tauri-driver and WebKitWebDriver did not start listening on 4444 and 4445");
      await sleep(200);
    }
  }

  async launch(args: string[]): Promise<App> {
    const driver = await Driver.start("http://127.0.0.1:4444", appBinary, args);
    const app = new App(driver);
    await driver.waitFor("the app to render", "return document.querySelector('main') !== null", 30000);
    return app;
  }

  stop(): void {
    this.driverProcess?.kill("SIGTERM");
  }
}

const axeSource = readFileSync(join(repo, "ui/node_modules/axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

export class App {
  constructor(readonly d: Driver) {}

  async go(route: string): Promise<void> {
    await this.d.exec(`window.location.hash = arguments[0];`, `#/${route}`);
    await this.d.waitFor(`screen ${route}`, `return document.querySelector('main')?.dataset.screen === arguments[0] && document.querySelector('main h1') !== null`, 10000, route);
    await sleep(150);
  }

  /** The id of the control a visible label names, as a person would find it. */
  async labelled(text: string, scope = "body"): Promise<string> {
    return this.d.waitFor<string>(
      `a field labelled “${text}”`,
      `const scope = document.querySelector(arguments[1]);
       const label = [...scope.querySelectorAll('label')].find(l => l.textContent.trim() === arguments[0] && l.offsetParent !== null);
       return label ? label.htmlFor : null;`,
      10000,
      text,
      scope,
    );
  }

  async byLabel(text: string, scope = "body"): Promise<Element> {
    return this.d.find(`[id="${await this.labelled(text, scope)}"]`);
  }

  async button(text: string, scope = "body"): Promise<Element> {
    const marker = `b${Math.random().toString(36).slice(2)}`;
    await this.d.waitFor(
      `a button “${text}”`,
      `const scope = document.querySelector(arguments[1]);
       const b = [...scope.querySelectorAll('button')].find(b => b.textContent.trim() === arguments[0] && b.offsetParent !== null);
       if (b) b.dataset.e2e = arguments[2];
       return !!b;`,
      10000,
      text,
      scope,
      marker,
    );
    return this.d.find(`[data-e2e="${marker}"]`);
  }

  /** An element by its accessible name (aria-label), as a screen reader announces it. */
  async byAria(label: string): Promise<Element> {
    const marker = `a${Math.random().toString(36).slice(2)}`;
    await this.d.waitFor(
      `an element named “${label}”`,
      `const el = [...document.querySelectorAll('[aria-label]')].find(e => e.getAttribute('aria-label').replace(/[\\u2068\\u2069]/g, '') === arguments[0]);
       if (el) el.dataset.e2e = arguments[1];
       return !!el;`,
      10000,
      label,
      marker,
    );
    return this.d.find(`[data-e2e="${marker}"]`);
  }

  async fill(label: string, value: string, scope = "body"): Promise<Element> {
    const el = await this.byLabel(label, scope);
    await el.clear();
    if (value) await el.type(value);
    return el;
  }

  async choose(label: string, value: string, scope = "body"): Promise<void> {
    const id = await this.labelled(label, scope);
    await (await this.d.find(`[id="${id}"] option[value="${value}"]`)).click();
    // Make sure the screen's change listeners ran, whatever the engine does on option clicks.
    await this.d.exec(`document.getElementById(arguments[0])?.dispatchEvent(new Event('change', { bubbles: true }))`, id);
  }

  text(selector: string): Promise<string> {
    // Fluent isolates placeables with FSI/PDI marks; people do not see them, so neither do tests.
    return this.d.read<string>(`return (document.querySelector(arguments[0])?.textContent ?? '').replace(/[\\u2068\\u2069]/g, '')`, selector);
  }

  count(selector: string): Promise<number> {
    return this.d.read<number>(`return document.querySelectorAll(arguments[0]).length`, selector);
  }

  async shot(name: string): Promise<void> {
    await sleep(300);
    writeFileSync(join(screenshotDir, `${name}.png`), await this.d.screenshot());
  }

  async axe(where: string): Promise<Violation[]> {
    // Injecting is guarded, so it is safe to retry like a read.
    await this.d.read(`if (!window.axe) { ${axeSource}\n } return true;`);
    const out = await this.d.execAsync<Violation[] | { error: string }>(
      `const done = arguments[arguments.length - 1];
       axe.run(document, { resultTypes: ['violations'] })
         .then(r => done(r.violations
           .filter(v => v.impact === 'serious' || v.impact === 'critical')
           .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ')) }))))
         .catch(e => done({ error: String(e) }));`,
    );
    if (!Array.isArray(out)) throw new Error(`axe failed on ${where}: ${out.error}`);
    return out;
  }
}

export { Keys, sleep };
