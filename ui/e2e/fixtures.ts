// Databases the scenarios share, each prepared once through the `convene` command line (the
// same core the app runs) and copied for every scenario that uses it, so no scenario pays for
// another's set-up or sees its changes.

import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliBinary } from "./harness";

/** Runs the CLI against `db` with --json; a failure throws with what the CLI said. */
export function cli(db: string, ...args: string[]): string {
  try {
    return execFileSync(cliBinary, ["--db", db, "--json", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`convene ${args.join(" ")} failed: ${(err.stderr ?? "").trim() || err.message}`);
  }
}

export interface DemoDb {
  db: string;
  session: string;
}

/** The demo summit with bundles from a table laptop merged in, a conflict left to resolve, and
 * a damaged bundle and a malformed sign-in sheet ready to import: every screen has data. */
export interface RichDb extends DemoDb {
  dir: string;
  /** A copy of the table laptop's bundle with one byte changed. */
  damagedBundle: string;
  /** A paper sign-in sheet, typed up, with two bad rows. */
  badSheet: string;
}

export class Fixtures {
  private readonly dir = mkdtempSync(join(tmpdir(), "convene-fixtures-"));
  private made = new Map<string, Promise<DemoDb>>();
  private copies = 0;

  /** A fresh copy of `db` for one scenario to change as it likes: with its write-ahead log and
   * the key files Convene keeps beside it (`<file>.device-key`, `<file>.coordinator-identity`). */
  private copy(db: string): string {
    const to = join(mkdtempSync(join(tmpdir(), "convene-db-")), `copy-${++this.copies}.sqlite3`);
    copyFileSync(db, to);
    for (const ext of ["-wal", "-shm", ".device-key", ".coordinator-identity"])
      if (existsSync(db + ext)) copyFileSync(db + ext, to + ext);
    return to;
  }

  private once(name: string, make: () => DemoDb): Promise<DemoDb> {
    let p = this.made.get(name);
    if (!p) {
      p = Promise.resolve().then(make);
      this.made.set(name, p);
    }
    return p;
  }

  /** The demo summit, with `concerns` more sample concerns (a city-sized board). */
  async demo(concerns = 0): Promise<DemoDb> {
    const base = await this.once(`demo-${concerns}`, () => {
      const db = join(this.dir, `demo-${concerns}.sqlite3`);
      const extra = concerns ? ["--concerns", String(concerns)] : [];
      const session = JSON.parse(cli(db, "demo", ...extra)).id as string;
      return { db, session };
    });
    return { ...base, db: this.copy(base.db) };
  }

  async rich(): Promise<RichDb> {
    const base = (await this.once("rich", () => {
      const dir = mkdtempSync(join(this.dir, "rich-"));
      const db = join(dir, "coordinator.sqlite3");
      const table = join(dir, "table.sqlite3");
      const kit = join(dir, "kit.convene");
      const bundle = join(dir, "table-7.convene");
      cli(db, "init", "--device-name", "Coordinator");
      const session = JSON.parse(cli(db, "demo")).id as string;
      cli(db, "coordinator", "init");
      cli(db, "kit", "export", session, "--out", kit);
      cli(table, "init", "--device-name", "Table 7");
      cli(table, "kit", "import", kit);
      const item = JSON.parse(cli(table, "agenda", "list", session)).agenda[1].id as string;
      cli(table, "concern", "add", session, "--text", "Table 7: the bus shelter on Rainier has no light #lighting");
      cli(table, "signin", "add", session, "--zip", "98118", "--language", "so", "--name", "Hodan");
      cli(table, "agenda", "edit", item, "--minutes", "12");
      cli(table, "bundle", "export", session, "--out", bundle);
      // The coordinator changed the same item before the bundle came in: a conflict to resolve.
      cli(db, "agenda", "edit", item, "--minutes", "25");
      cli(db, "bundle", "import", bundle);
      const device = JSON.parse(cli(table, "key", "show")).device_id as string;
      cli(db, "trust", "approve", device);
      const damaged = join(dir, "table-7-damaged.convene");
      const bytes = readFileSync(bundle);
      bytes[Math.floor(bytes.length / 2)] ^= 0x55;
      writeFileSync(damaged, bytes);
      const sheet = join(dir, "paper.csv");
      writeFileSync(sheet, "name,zip,language,interpreter\nAmina,98122,so,yes\nBo,ABCDE,ko,no\nCai,98144,zh-Hant,maybe\n");
      return { db, session, dir, damagedBundle: damaged, badSheet: sheet } as RichDb;
    })) as RichDb;
    return { ...base, db: this.copy(base.db) };
  }
}
