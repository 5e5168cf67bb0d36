// Checks the UI's strings against locales/: every message id the code asks for exists in
// English (and so, by the locale tests, in every locale), and no user-facing text is written
// into the code instead of a .ftl file. Run by scripts/test.sh; exits 1 with a list on failure.

import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  ActionStatusValues,
  AgendaKindValues,
  BundleStatusValues,
  ChangeBasisValues,
  ConcernStatusValues,
  DeviceStateValues,
  ImportStatus,
  ImportStatusValues,
  KioskModeValues,
  PaperSizeValues,
  PdfKindValues,
  CsvTableValues,
  CsvImportTableValues,
  LedgerDetailValues,
  PersonalDataValues,
  RoleValues,
  SessionKindValues,
  TagKind,
  TagKindValues,
} from "../src/bindings";

const ui = resolve(import.meta.dirname, "..");
const locales = resolve(ui, "../locales");

function ftlIds(locale: string): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(join(locales, locale)).filter((f) => f.endsWith(".ftl"))) {
    for (const m of readFileSync(join(locales, locale, f), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)) ids.add(m[1]);
  }
  return ids;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && e.name !== "bindings.ts" ? [join(dir, e.name)] : [],
  );
}

const en = ftlIds("en");
const problems: string[] = [];
// Ids built from a prefix and a value: every value of the type must have its message. The
// values come from the Rust enums, through the generated bindings.
const families: Record<string, readonly string[]> = {
  "session-kind-": SessionKindValues,
  "agenda-kind-": AgendaKindValues,
  "role-": RoleValues,
  "status-": ConcernStatusValues,
  "tag-kind-": TagKindValues.filter((k) => k !== TagKind.retired),
  "action-status-": ActionStatusValues,
  "basis-": ChangeBasisValues,
  "device-state-": DeviceStateValues,
  "coordinator-status-": [...BundleStatusValues, ...ImportStatusValues.filter((s) => s !== ImportStatus.imported && s !== ImportStatus.quarantined)],
  "exchange-personal-": PersonalDataValues,
  "ledger-detail-": LedgerDetailValues,
  "kiosk-mode-": KioskModeValues,
  "reports-pdf-": PdfKindValues,
  "reports-table-": CsvTableValues,
  "reports-import-": CsvImportTableValues,
  "reports-paper-": PaperSizeValues,
};
for (const [prefix, values] of Object.entries(families))
  for (const v of values) if (!en.has(prefix + v)) problems.push(`locales/en: no message ${prefix}${v}`);

// Text a person may see that is fine as it is: symbols, the product's name.
const allowed = new Set(["Convene", "⠿", "✕", "↑", "↓", "✓", " · ", " — ", "—", ", ", " ", "#", "“", "”"]);

for (const file of sources(join(ui, "src"))) {
  const text = readFileSync(file, "utf8");
  const rel = file.slice(ui.length + 1);
  for (const m of text.matchAll(/\b(?:t|tk|tl\([^,()]+,)\s*\(?\s*"([a-z0-9-]+)"/g))
    if (!en.has(m[1])) problems.push(`${rel}: no English message "${m[1]}"`);
  for (const m of text.matchAll(/label: "([a-z0-9-]+)"/g)) if (!en.has(m[1])) problems.push(`${rel}: no English message "${m[1]}"`);
  for (const m of text.matchAll(/\["(sessions-col-[a-z-]+|coordinator-col-[a-z-]+)"/g)) if (!en.has(m[1])) problems.push(`${rel}: no English message "${m[1]}"`);
  // A string literal given to h() as a child, or as an aria-label/title/placeholder, with
  // letters in it, is text someone will read: it belongs in a .ftl file.
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim().startsWith("//")) return;
    for (const m of line.matchAll(/h\(\s*"[a-z0-9]+"\s*,\s*(?:null|\{[^{}]*\})\s*,\s*"([^"]*)"/g))
      if (/\p{L}/u.test(m[1]) && !allowed.has(m[1])) problems.push(`${rel}:${i + 1}: text in the code: "${m[1]}"`);
    for (const m of line.matchAll(/"(?:aria-label|title|placeholder)":\s*"([^"]*)"/g))
      if (/\p{L}/u.test(m[1])) problems.push(`${rel}:${i + 1}: text in the code: "${m[1]}"`);
  });
}

if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} localisation problem(s) in the UI`);
  process.exit(1);
}
console.log(`l10n: every message the UI uses is in locales/en; no user-facing text in the code (${en.size} messages)`);
