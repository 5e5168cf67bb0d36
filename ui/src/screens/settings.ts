// Settings: this laptop's name (shown to the coordinator beside its bundles), the data folder,
// and the facilitator's language, which switches at once.

import { save } from "@tauri-apps/plugin-dialog";
import type { Screen } from "../app";
import { commands, run, showDone, type AppInfo } from "../api";
import { field, h, options, replace } from "../dom";
import { PSEUDO, languageName, t } from "../l10n";

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
          info.locales.map((l) => [l, l === PSEUDO ? t("settings-pseudo-locale") : `${languageName(l, l)} — ${languageName(l)}`]),
          info.locale,
        ),
      );
      lang.addEventListener("change", () => void run(commands.setLocale(lang.value)));
      replace(
        root,
        h("h1", null, t("settings-heading")),
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
        h("section", { class: "card form-grid", "aria-labelledby": "lang-heading" }, h("h2", { id: "lang-heading" }, t("settings-language")), field(t("settings-language-label"), lang, t("settings-language-hint"))),
        h("p", { class: "muted" }, t("settings-version", { version: info.version })),
      );
    },
  };
}
