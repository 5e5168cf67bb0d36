// The runner's own test: a run that cannot launch the app, a run whose fixture cannot be made,
// and a run asked for a scenario that does not exist must each exit 1. Without this, a broken
// runner could report green having checked nothing.
//
//   xvfb-run -a npx tsx e2e/selftest.ts

import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const cases: { what: string; env: Record<string, string>; says: RegExp }[] = [
  { what: "the app cannot be launched", env: { E2E_ONLY: "summit", CONVENE_APP: "/nonexistent/convene-app" }, says: /FAIL summit \/ launch the app/ },
  { what: "the demo database cannot be made", env: { E2E_ONLY: "board", CONVENE_CLI: "/bin/false" }, says: /FAIL board \/ prepare a database/ },
  { what: "E2E_ONLY names no scenario", env: { E2E_ONLY: "no-such-scenario" }, says: /E2E_ONLY names no scenario/ },
];

let failures = 0;
for (const c of cases) {
  const r = spawnSync("npx", ["tsx", resolve(import.meta.dirname, "run.ts")], {
    env: { ...process.env, ...c.env },
    encoding: "utf8",
    timeout: 120000,
  });
  const out = `${r.stdout}${r.stderr}`;
  const ok = r.status === 1 && c.says.test(out) && /FAIL/.test(out) && !/^ok {3}all /m.test(out);
  console.log(`${ok ? "ok  " : "FAIL"} e2e self-test: exits 1 when ${c.what} (exit ${r.status})`);
  if (!ok) {
    failures++;
    console.log(out.split("\n").slice(-15).join("\n"));
  }
}
process.exit(failures ? 1 : 0);
