// End-to-end: the real Convene app under Xvfb, driven through tauri-driver and WebKitWebDriver
// the way a facilitator, the attendees at the kiosk and the room would use it.
//
//   xvfb-run -a -s "-screen 0 1366x768x24" npx tsx e2e/run.ts
//
// E2E_ONLY=summit,desk runs some scenarios (scenarios/index.ts lists them); CONVENE_SCREENSHOTS=dir
// keeps the screenshots (docs/screenshots when refreshing the docs).
//
// It exits 0 only when every planned step of every chosen scenario passed and, on a full run,
// every screen and window was scanned by axe with no serious or critical violation.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROUTES, WINDOWS } from "../src/routes";
import { Fixtures } from "./fixtures";
import { Harness, screenshotDir } from "./harness";
import { Run, unscanned } from "./runner";
import { SCENARIOS } from "./scenarios";

function chosen(): { names: string[]; full: boolean } {
  const only = (process.env.E2E_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const known = SCENARIOS.map((s) => s.name);
  const unknown = only.filter((n) => !known.includes(n));
  if (unknown.length) {
    console.log(`FAIL E2E_ONLY names no scenario: ${unknown.join(", ")} (there are: ${known.join(", ")})`);
    process.exit(1);
  }
  return only.length ? { names: only, full: false } : { names: known, full: true };
}

async function main(): Promise<number> {
  const { names, full } = chosen();
  const scenarios = SCENARIOS.filter((s) => names.includes(s.name));
  const h = new Harness();
  const run = new Run(h, new Fixtures());
  const problems: string[] = [];
  try {
    await h.startDriver();
    for (const s of scenarios) await run.scenarioRun(s);
  } catch (e) {
    problems.push(`the driver: ${(e as Error).message}`);
  } finally {
    h.stop();
  }

  // What was meant to run against what passed.
  const planned = scenarios.flatMap((s) => s.steps.map((step) => run.key(s.name, step)));
  const missing = planned.filter((k) => !run.passed.has(k));
  if (missing.length) problems.push(`${missing.length} of ${planned.length} planned steps did not pass:\n       ${missing.join("\n       ")}`);

  const serious = Object.entries(run.axe).filter(([, v]) => v.length);
  if (serious.length) problems.push(`axe: serious or critical violations on ${serious.map(([k]) => k).join(", ")}`);
  if (full) {
    const required = [...ROUTES.map((r) => r.route), ...WINDOWS];
    const notScanned = unscanned(required, Object.keys(run.axe));
    if (notScanned.length) problems.push(`axe: never scanned ${notScanned.join(", ")} (every route and window must be)`);
  }
  console.log(`axe scans (${Object.keys(run.axe).length}): ${Object.keys(run.axe).join(", ") || "none"}`);

  writeFileSync(join(screenshotDir, "e2e-results.json"), JSON.stringify({ results: run.results, axe: run.axe, passed: [...run.passed], missing }, null, 2));
  console.log(`screenshots and results in ${screenshotDir}`);
  if (problems.length) {
    for (const p of problems) console.log(`FAIL ${p}`);
    return 1;
  }
  console.log(`ok   all ${planned.length} planned steps of ${scenarios.map((s) => s.name).join(", ")} passed`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(`FAIL the runner itself: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
