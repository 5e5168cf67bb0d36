// Kits and bundles on this laptop: before the event the coordinator exports a kit and every
// laptop imports it; at the end each laptop exports its bundle, written safely and verified.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { commands, ErrorCode, isUiError, type KeyInfo, run, type SessionSummary, showError } from "../api";
import { h, replace, userText } from "../dom";
import { fmtNumber, t } from "../l10n";
import { onDrop, pathField } from "./files";

export function exchangeScreen(openFile?: string | null): Screen {
  let info: KeyInfo | undefined;
  let sessions: SessionSummary[] = [];
  const laptopBox = h("section", { class: "card", "aria-labelledby": "laptop-heading" });
  const kitOut = h("div", { "aria-live": "polite" });
  const kitIn = h("div", { "aria-live": "polite" });
  const bundleOut = h("div", { "aria-live": "polite" });
  let stopDrop: (() => void) | undefined;

  function sessionChecks(name: string, checked: (s: SessionSummary) => boolean): HTMLElement {
    return h(
      "fieldset",
      { class: "checks" },
      h("legend", null, t("exchange-sessions")),
      sessions.map((s) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name, value: s.id, checked: checked(s) }), userText(s.title)),
      ),
    );
  }
  const chosen = (root: HTMLElement, name: string) =>
    [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

  function renderLaptop(): void {
    if (!info) return;
    replace(
      laptopBox,
      h("h2", { id: "laptop-heading" }, t("exchange-this-laptop")),
      h("p", null, t("exchange-fingerprint", { fingerprint: info.fingerprint })),
      info.follows
        ? h("p", null, t("exchange-follows", { fingerprint: info.follows.fingerprint }))
        : h("p", { class: "muted" }, t("exchange-no-kit")),
      info.coordinator_recipient
        ? h("p", null, t("exchange-is-coordinator"))
        : h(
            "button",
            {
              onclick: async () => {
                if ((await run(commands.coordinatorInit())) !== undefined) await load();
              },
            },
            t("exchange-become-coordinator"),
          ),
    );
  }

  async function importKit(path: string, newCoordinator = false): Promise<void> {
    try {
      const k = await commands.importKit(path, newCoordinator);
      replace(
        kitIn,
        h(
          "div",
          { class: "result ok", role: "status" },
          h("p", null, t("exchange-kit-imported", { count: k.sessions.length, ops: fmtNumber(k.new_ops) })),
          h("p", { class: "fingerprint" }, t("exchange-compare-fingerprint", { fingerprint: k.coordinator.fingerprint })),
          k.own_changes_elsewhere > 0 ? h("p", { class: "hint restored" }, t("exchange-kit-own-elsewhere", { count: k.own_changes_elsewhere })) : null,
        ),
      );
      await load();
    } catch (e) {
      if (isUiError(e) && e.code === ErrorCode.foreignCoordinator) {
        replace(
          kitIn,
          h(
            "div",
            { class: "result warning-box", role: "alert" },
            h("p", null, e.message),
            h("button", { onclick: () => importKit(path, true) }, t("exchange-kit-new-coordinator")),
          ),
        );
      } else showError(e);
    }
  }

  async function load(): Promise<void> {
    info = await run(commands.keyInfo());
    sessions = (await run(commands.sessions())) ?? [];
    renderLaptop();
  }

  return {
    async mount(root) {
      await load();
      const current = currentSession();
      const kitPath = pathField(t("exchange-kit-file"), "save", "kit.convene");
      const kitImport = pathField(t("exchange-kit-file"), "open", "kit.convene");
      const bundlePath = pathField(t("exchange-bundle-file"), "save", "bundle.convene");
      const kitForm = h(
        "form",
        {
          class: "card",
          "aria-labelledby": "kit-out-heading",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            const out = await run(commands.exportKit(chosen(kitForm, "kit-session"), kitPath.paths()[0] ?? ""));
            if (out)
              replace(kitOut, h("p", { class: "result ok", role: "status" }, t("exchange-kit-written", { path: out.path, ops: fmtNumber(out.ops) })));
          },
        },
        h("h2", { id: "kit-out-heading" }, t("exchange-kit-out")),
        h("p", { class: "hint" }, t("exchange-kit-out-help")),
        sessionChecks("kit-session", (s) => s.id === current),
        kitPath.el,
        h("button", { type: "submit", class: "primary", id: "export-kit" }, t("exchange-export-kit")),
        kitOut,
      );
      const kitInForm = h(
        "form",
        {
          class: "card",
          "aria-labelledby": "kit-in-heading",
          onsubmit: (e: Event) => {
            e.preventDefault();
            void importKit(kitImport.paths()[0] ?? "");
          },
        },
        h("h2", { id: "kit-in-heading" }, t("exchange-kit-in")),
        h("p", { class: "hint" }, t("exchange-kit-in-help")),
        kitImport.el,
        h("button", { type: "submit", class: "primary", id: "import-kit" }, t("exchange-import-kit")),
        kitIn,
      );
      const bundleForm = h(
        "form",
        {
          class: "card",
          "aria-labelledby": "bundle-heading",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            replace(bundleOut, h("p", { class: "progress", role: "status" }, h("progress", { "aria-label": t("working") }), t("exchange-writing")));
            const out = await run(commands.exportBundle(chosen(bundleForm, "bundle-session"), bundlePath.paths()[0] ?? "", false));
            replace(
              bundleOut,
              out
                ? h(
                    "div",
                    { class: "result ok", role: "status" },
                    h("p", { class: "safe" }, t("exchange-bundle-safe")),
                    h("p", null, t("exchange-bundle-written", { path: out.path, ops: fmtNumber(out.ops), personal: t(`exchange-personal-${out.personal_data}`) })),
                  )
                : "",
            );
          },
        },
        h("h2", { id: "bundle-heading" }, t("exchange-bundle-out")),
        h("p", { class: "hint" }, t("exchange-bundle-out-help")),
        sessionChecks("bundle-session", (s) => s.id === current),
        bundlePath.el,
        h("button", { type: "submit", class: "primary big", id: "export-bundle" }, t("exchange-export-bundle")),
        bundleOut,
      );
      replace(root, h("h1", null, t("exchange-heading")), h("div", { class: "columns" }, h("div", null, laptopBox, kitInForm, bundleForm), kitForm));
      stopDrop = await onDrop((paths) => {
        if (paths[0]) {
          kitImport.input.value = paths[0];
          void importKit(paths[0]);
        }
      });
      if (openFile) {
        kitImport.input.value = openFile;
        void importKit(openFile);
      }
    },
    unmount() {
      stopDrop?.();
    },
  };
}
