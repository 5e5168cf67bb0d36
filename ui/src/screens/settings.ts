// Settings: this laptop's name (shown to the coordinator beside its bundles), the data folder,
// and the facilitator's language, which switches at once.

import { save } from "@tauri-apps/plugin-dialog";
import type { Screen } from "../app";
import { commands, run, showDone, type AppInfo } from "../api";
import { field, h, options, replace } from "../dom";
import { PSEUDO, languageName, locale, reviewLabel, t } from "../l10n";
import { pathField } from "./files";

const BACKUP_FILTERS = [{ name: "Convene backup", extensions: ["convene-backup"] }];

/** A passphrase box: hidden as typed, never autofilled or remembered by the page. */
function passphraseInput(id: string): HTMLInputElement {
  return h("input", { type: "password", id, autocomplete: "new-password", spellcheck: "false", minlength: "10" });
}

export function settingsScreen(): Screen {
  let info: AppInfo | undefined;
  return {
    async mount(root) {
      info = await run(commands.appInfo());
      if (!info) return;
      const name = h("input", { type: "text", id: "device-name", value: info.device_name ?? "" });
      const db = h("input", { type: "text", id: "database", value: info.database });
      const lang = h(
        "select",
        { id: "locale" },
        options(
          info.locales.map((l) => [
            l,
            l === PSEUDO ? t("settings-pseudo-locale") : `${languageName(l, l)} — ${languageName(l)} (${reviewLabel(l, locale())})`,
          ]),
          info.locale,
        ),
      );
      lang.addEventListener("change", () => void run(commands.setLocale(lang.value)));
      const missing = (await run(commands.missingKeys())) ?? [];
      const backupPath = pathField(t("settings-backup-file"), "save", "convene.convene-backup", BACKUP_FILTERS, "backup-file");
      const backupPass = passphraseInput("backup-passphrase");
      const backupAgain = passphraseInput("backup-passphrase-again");
      const restoreFrom = pathField(t("settings-restore-file"), "open", "", BACKUP_FILTERS, "restore-file");
      const restorePass = passphraseInput("restore-passphrase");
      const restoreInto = pathField(t("settings-restore-database"), "save", "convene.sqlite3", [{ name: "Convene", extensions: ["sqlite3"] }], "restore-database");
      replace(
        root,
        h("h1", null, t("settings-heading")),
        ...missing.map((m) =>
          h("p", { class: "merge-banner", role: "alert" }, t(m.kind === "device-key" ? "settings-missing-device-key" : "settings-missing-coordinator-identity", { path: m.path })),
        ),
        h(
          "form",
          {
            class: "card form-grid",
            "aria-labelledby": "device-heading",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              if ((await run(commands.setDeviceName(name.value))) !== undefined) showDone(t("saved"));
            },
          },
          h("h2", { id: "device-heading" }, t("settings-device")),
          field(t("settings-device-name"), name, t("settings-device-name-hint")),
          h("p", null, t("settings-fingerprint", { fingerprint: info.fingerprint })),
          h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("save"))),
        ),
        h(
          "form",
          {
            class: "card form-grid",
            "aria-labelledby": "data-heading",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              const out = await run(commands.openDatabase(db.value));
              if (out) {
                localStorage.removeItem("convene.session");
                showDone(t("settings-database-opened"));
              }
            },
          },
          h("h2", { id: "data-heading" }, t("settings-data")),
          field(t("settings-database"), db, t("settings-database-hint")),
          h(
            "div",
            { class: "form-actions" },
            h(
              "button",
              {
                type: "button",
                onclick: async () => {
                  const path = await save({ defaultPath: info!.database, filters: [{ name: "Convene", extensions: ["sqlite3"] }] });
                  if (typeof path === "string") db.value = path;
                },
              },
              t("settings-choose"),
            ),
            h("button", { type: "submit", class: "primary" }, t("settings-open-database")),
          ),
        ),
        h(
          "form",
          {
            class: "card form-grid",
            "aria-labelledby": "backup-heading",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              if (backupPass.value !== backupAgain.value) {
                backupAgain.setCustomValidity(t("settings-backup-mismatch"));
                backupAgain.reportValidity();
                return;
              }
              backupAgain.setCustomValidity("");
              const b = await run(commands.backupLaptop(backupPath.paths()[0] ?? "", backupPass.value));
              if (b) {
                backupPass.value = backupAgain.value = "";
                showDone(t(b.coordinator ? "settings-backup-done-coordinator" : "settings-backup-done", { path: b.path }));
              }
            },
          },
          h("h2", { id: "backup-heading" }, t("settings-backup")),
          h("p", null, t("settings-backup-intro")),
          backupPath.el,
          field(t("settings-backup-passphrase"), backupPass, t("settings-backup-passphrase-hint")),
          field(t("settings-backup-passphrase-again"), backupAgain),
          h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "backup-now" }, t("settings-backup-now"))),
        ),
        h(
          "form",
          {
            class: "card form-grid",
            "aria-labelledby": "restore-heading",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              const r = await run(commands.restoreBackup(restoreFrom.paths()[0] ?? "", restorePass.value, restoreInto.paths()[0] ?? ""));
              if (r) {
                restorePass.value = "";
                localStorage.removeItem("convene.session");
                showDone(t("settings-restored", { path: r.path, old: r.old_device, new: r.new_device }));
              }
            },
          },
          h("h2", { id: "restore-heading" }, t("settings-restore")),
          h("p", null, t("settings-restore-intro")),
          restoreFrom.el,
          field(t("settings-backup-passphrase"), restorePass),
          restoreInto.el,
          h("div", { class: "form-actions" }, h("button", { type: "submit", id: "restore-now" }, t("settings-restore-now"))),
        ),
        h("section", { class: "card form-grid", "aria-labelledby": "lang-heading" }, h("h2", { id: "lang-heading" }, t("settings-language")), field(t("settings-language-label"), lang, t("settings-language-hint")), h("p", { class: "muted", id: "language-review-note" }, t("settings-language-review"))),
        h("p", { class: "muted" }, t("settings-version", { version: info.version })),
      );
    },
  };
}
