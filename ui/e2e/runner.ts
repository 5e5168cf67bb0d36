// What every scenario shares: steps that count, expectations that say why, axe scans, and the
// plan. A scenario declares the steps it means to run; the run passes only when every planned
// step of every chosen scenario passed, so a launch that fails, a fixture that cannot be made or
// a scenario that stops early can never end in a green run that checked nothing.

import type { App, Harness, Violation } from "./harness";
import type { Fixtures } from "./fixtures";

export interface Scenario {
  name: string;
  /** Every step the scenario runs, in order: the run fails unless each one passed. */
  steps: readonly string[];
  run(ctx: Ctx): Promise<void>;
}

export interface Ctx {
  h: Harness;
  fixtures: Fixtures;
  step(name: string, fn: () => Promise<void>): Promise<void>;
  /** A step that launches the app; the app it returns is where failures are photographed. */
  launch(name: string, args: string[]): Promise<App>;
  scan(app: App, where: string): Promise<void>;
  results: Record<string, unknown>;
}

export function expect(cond: unknown, why: string): void {
  if (!cond) throw new Error(`expectation failed: ${why}`);
}

export class Run {
  readonly passed = new Set<string>();
  readonly failed: string[] = [];
  readonly axe: Record<string, Violation[]> = {};
  readonly results: Record<string, unknown> = {};
  private current: App | null = null;
  private scenario = "";
  private planned: readonly string[] = [];

  constructor(
    readonly h: Harness,
    readonly fixtures: Fixtures,
  ) {}

  key(scenario: string, step: string): string {
    return `${scenario} / ${step}`;
  }

  /** Runs one scenario; a failed step ends it (the later steps stay unpassed and are reported). */
  async scenarioRun(s: Scenario): Promise<void> {
    this.scenario = s.name;
    this.planned = s.steps;
    this.current = null;
    const ctx: Ctx = {
      h: this.h,
      fixtures: this.fixtures,
      results: this.results,
      step: (name, fn) => this.step(name, fn),
      launch: async (name, args) => {
        let app: App | null = null;
        await this.step(name, async () => {
          app = await this.h.launch(args);
        });
        this.current = app;
        return app!;
      },
      scan: (app, where) => this.scan(app, where),
    };
    try {
      await s.run(ctx);
    } catch (e) {
      // The step already reported itself; anything else (a bug in the scenario) is a failure too.
      if (!(e instanceof StepFailed)) {
        this.failed.push(this.key(s.name, "(outside any step)"));
        console.log(`FAIL ${s.name}: ${(e as Error).stack ?? e}`);
      }
    } finally {
      // The launch closure above sets it: TypeScript cannot see that.
      const app = this.current as App | null;
      await app?.d.quit().catch(() => undefined);
      this.current = null;
    }
  }

  async step(name: string, fn: () => Promise<void>): Promise<void> {
    const key = this.key(this.scenario, name);
    if (!this.planned.includes(name)) {
      // A step the scenario does not declare would never be missed if it stopped running.
      this.failed.push(key);
      console.log(`FAIL ${key}: not in the scenario's list of steps`);
      throw new StepFailed(key);
    }
    const start = Date.now();
    try {
      await fn();
      this.passed.add(key);
      console.log(`ok   ${key} (${Date.now() - start} ms)`);
    } catch (e) {
      this.failed.push(key);
      console.log(`FAIL ${key}: ${(e as Error).message}`);
      const app = this.current;
      await app?.shot(`failure-${name.replace(/[^a-z0-9]+/gi, "-")}`).catch(() => undefined);
      const toasts = await app?.d
        .exec<string>(`return [...document.querySelectorAll('.toast')].map(t => t.textContent).join(' | ')`)
        .catch(() => "");
      if (toasts) console.log(`     on screen: ${toasts}`);
      throw new StepFailed(key);
    }
  }

  async scan(app: App, where: string): Promise<void> {
    const v = await app.axe(where);
    this.axe[where] = v;
    if (v.length) console.log(`axe ${where}:`, JSON.stringify(v, null, 1));
  }
}

/** A failed step, already reported: it ends its scenario. */
export class StepFailed extends Error {}

/** The screens and windows `scanned` misses: each must have been scanned at least once. */
export function unscanned(required: readonly string[], scanned: string[]): string[] {
  // A scan is named "<screen>" or "<screen> (<what>)", e.g. "board (ar)".
  const names = new Set(scanned.map((s) => s.replace(/ \(.*\)$/, "")));
  return required.filter((r) => !names.has(r));
}
