// The coordinator's desk: import many bundles with progress, the table of what came in,
// devices waiting for approval, conflicts side by side, and the merged board across sessions.

import { listen } from "@tauri-apps/api/event";
import type { Screen } from "../app";
import { commands, type Conflict, type ConflictSide, DeviceState, type Entity, events, ImportStatus, type Progress, run, showDone } from "../api";
import { debounce, field, h, replace, userText } from "../dom";
import { fmtDateTime, fmtNumber, t } from "../l10n";
import { onDrop, pathField, progressBar } from "./files";

export function coordinatorScreen(openFile?: string | null): Screen {
  const importResult = h("div", { "aria-live": "polite" });
  const ledgerBox = h("div");
  const devicesBox = h("div");
  const conflictsBox = h("div");
  const boardBox = h("div");
  const precinct = h("input", { type: "text", id: "merged-precinct" });
  const search = h("input", { type: "search", id: "merged-search" });
  let stops: Array<() => void> = [];
  let sessionTitles = new Map<string, string>();

  const value = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

  async function importPaths(paths: string[]): Promise<void> {
    if (!paths.length) return;
    const bar = progressBar(t("coordinator-importing"));
    bar.set(0, paths.length);
    replace(importResult, bar.el);
    const stop = await listen<Progress>(events.progress, (e) => bar.set(e.payload.done, e.payload.total, e.payload.item));
    const summary = await run(commands.importBundles(paths));
    stop();
    if (!summary) return replace(importResult, "");
    replace(
      importResult,
      h(
        "div",
        { class: "result", role: "status" },
        h(
          "p",
          null,
          t("coordinator-import-summary", {
            imported: summary.imported,
            already: summary.already_had,
            quarantined: summary.quarantined,
            rejected: summary.rejected,
            conflicts: summary.conflicts,
          }),
        ),
        h(
          "ul",
          null,
          summary.bundles
            .filter((b) => b.status === ImportStatus.rejected)
            .map((b) => h("li", { class: "problems" }, userText(b.file.split("/").at(-1)), ": ", b.error ?? "")),
        ),
      ),
    );
  }

  async function refreshLedger(): Promise<void> {
    const rows = (await run(commands.ledger())) ?? [];
    replace(
      ledgerBox,
      rows.length
        ? h(
            "table",
            { class: "table", id: "ledger" },
            h("caption", { class: "sr-only" }, t("coordinator-bundles")),
            h("thead", null, h("tr", null, ["coordinator-col-device", "coordinator-col-facilitator", "coordinator-col-sessions", "coordinator-col-received", "coordinator-col-counts", "coordinator-col-signature"].map((c) => h("th", { scope: "col" }, t(c))))),
            h(
              "tbody",
              null,
              rows.map((r) =>
                h(
                  "tr",
                  { dataset: { status: r.status } },
                  h("td", null, userText(r.file_name ?? r.hash.slice(0, 12))),
                  h("td", null, userText(r.device_name ?? r.device_id.slice(0, 8))),
                  h("td", { dir: "auto" }, r.sessions.map((s) => sessionTitles.get(s) ?? s.slice(0, 8)).join(", ")),
                  h("td", null, fmtDateTime(r.received_at)),
                  h("td", { class: "num" }, t("coordinator-ops", { ops: fmtNumber(r.ops), new: fmtNumber(r.new_ops) })),
                  h("td", null, h("span", { class: `badge state-${r.status}` }, t(`coordinator-status-${r.status}`)), r.detail ? h("div", { class: "muted" }, t(`ledger-detail-${r.detail}`)) : null),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("coordinator-no-bundles")),
    );
  }

  async function refreshDevices(): Promise<void> {
    const devices = ((await run(commands.devices())) ?? []).filter((d) => d.state !== DeviceState.self);
    const order = (s: DeviceState) => (s === DeviceState.quarantined ? 0 : 1);
    devices.sort((a, b) => order(a.state) - order(b.state));
    replace(
      devicesBox,
      devices.length
        ? h(
            "ul",
            { class: "plain-list devices" },
            devices.map((d) =>
              h(
                "li",
                { dataset: { device: d.device_id, state: d.state } },
                h("strong", { dir: "auto" }, d.name ?? d.device_id.slice(0, 8)),
                h("span", { class: `badge state-${d.state}` }, t(`device-state-${d.state}`)),
                h("span", { class: "fingerprint" }, d.fingerprint),
                d.quarantined_bundles ? h("span", null, t("coordinator-waiting", { count: d.quarantined_bundles })) : null,
                d.state === DeviceState.quarantined
                  ? [
                      h(
                        "button",
                        {
                          class: "primary small approve",
                          onclick: async () => {
                            const a = await run(commands.approveDevice(d.device_id));
                            if (a) showDone(t("coordinator-approved", { count: a.merged.length }));
                          },
                        },
                        t("coordinator-approve"),
                      ),
                      h("button", { class: "danger small", onclick: () => run(commands.revokeDevice(d.device_id)) }, t("coordinator-reject")),
                    ]
                  : null,
              ),
            ),
          )
        : h("p", { class: "muted" }, t("coordinator-no-devices")),
    );
  }

  function side(s: ConflictSide, label: string, onKeep: () => void): HTMLElement {
    return h(
      "div",
      { class: "conflict-side" },
      h("h4", null, label),
      h("p", { class: "conflict-value" }, value(s.value)),
      h("p", { class: "muted" }, t("coordinator-conflict-by", { device: s.device_name ?? s.device_id.slice(0, 8), at: fmtDateTime(s.at) })),
      h("button", { class: "small keep", onclick: onKeep }, t("coordinator-keep-this")),
    );
  }

  async function refreshConflicts(): Promise<void> {
    const list: Conflict[] = (await run(commands.conflicts())) ?? [];
    replace(
      conflictsBox,
      list.length
        ? list.map((c) => {
            const own = h("input", { type: "text", "aria-label": t("coordinator-own-value") });
            const resolve = async (keep: Parameters<typeof commands.resolveConflict>[1]) => {
              if (await run(commands.resolveConflict(c.id, keep))) showDone(t("coordinator-resolved"));
            };
            return h(
              "article",
              { class: "conflict card", dataset: { conflict: c.id } },
              h("h3", null, t("coordinator-conflict-title", { title: c.title, field: t(c.field_message) })),
              h(
                "div",
                { class: "conflict-sides" },
                side(c.winner, t("coordinator-conflict-winner"), () => void resolve({ keep: "winner" })),
                c.losers.map((l) => side(l, t("coordinator-conflict-loser"), () => void resolve({ keep: "loser" }))),
              ),
              h("div", { class: "inline" }, own, h("button", { class: "small", onclick: () => own.value && resolve({ keep: "text", value: own.value }) }, t("coordinator-keep-own"))),
            );
          })
        : h("p", { class: "muted" }, t("coordinator-no-conflicts")),
    );
  }

  async function refreshBoard(): Promise<void> {
    const cards =
      (await run(commands.mergedBoard(precinct.value.trim() || null, { search: search.value.trim() || null, include_duplicates: false }))) ?? [];
    replace(
      boardBox,
      h("p", { class: "hint" }, t("coordinator-board-count", { count: cards.length })),
      h(
        "table",
        { class: "table", id: "merged-board" },
        h("caption", { class: "sr-only" }, t("coordinator-board")),
        h("thead", null, h("tr", null, ["coordinator-col-concern", "coordinator-col-session", "coordinator-col-group", "coordinator-col-laptop", "coordinator-col-dots"].map((c) => h("th", { scope: "col" }, t(c))))),
        h(
          "tbody",
          null,
          cards.slice(0, 200).map((c) =>
            h(
              "tr",
              { dataset: { concern: c.id } },
              h("th", { scope: "row", lang: c.language ?? undefined, dir: "auto" }, c.text, c.interpretation ? h("div", { class: "interpretation", dir: "auto" }, c.interpretation) : null),
              h("td", null, userText(c.session_title), c.precinct ? h("div", { class: "muted", dir: "auto" }, c.precinct) : null),
              h("td", null, userText(c.group_name)),
              h("td", { class: "laptop" }, userText(c.device_name ?? c.origin_device.slice(0, 8)), c.device_state ? h("span", { class: `badge state-${c.device_state}` }, t(`device-state-${c.device_state}`)) : null),
              h("td", { class: "num" }, fmtNumber(c.dots)),
            ),
          ),
        ),
      ),
    );
  }

  async function refreshAll(): Promise<void> {
    sessionTitles = new Map(((await run(commands.sessions())) ?? []).map((s) => [s.id, s.title]));
    await Promise.all([refreshLedger(), refreshDevices(), refreshConflicts(), refreshBoard()]);
  }

  return {
    async mount(root) {
      const files = pathField(t("coordinator-bundle-files"), "open-many", "");
      const later = debounce(() => void refreshBoard(), 200);
      for (const el of [precinct, search]) el.addEventListener("input", later);
      replace(
        root,
        h("h1", null, t("coordinator-heading")),
        h(
          "form",
          {
            class: "card",
            "aria-labelledby": "import-heading",
            onsubmit: (e: Event) => {
              e.preventDefault();
              void importPaths(files.paths());
            },
          },
          h("h2", { id: "import-heading" }, t("coordinator-import")),
          h("p", { class: "hint" }, t("coordinator-import-help")),
          files.el,
          h("button", { type: "submit", class: "primary", id: "import-bundles" }, t("coordinator-import-go")),
          importResult,
        ),
        h("div", { class: "columns" }, h("section", { class: "card", "aria-labelledby": "devices-heading" }, h("h2", { id: "devices-heading" }, t("coordinator-devices")), devicesBox), h("section", { class: "card", "aria-labelledby": "conflicts-heading" }, h("h2", { id: "conflicts-heading" }, t("coordinator-conflicts")), conflictsBox)),
        h("section", { class: "card", "aria-labelledby": "bundles-heading" }, h("h2", { id: "bundles-heading" }, t("coordinator-bundles")), ledgerBox),
        h(
          "section",
          { class: "card", "aria-labelledby": "merged-heading" },
          h("h2", { id: "merged-heading" }, t("coordinator-board")),
          h("div", { class: "toolbar filters" }, field(t("coordinator-precinct"), precinct), field(t("board-search"), search)),
          boardBox,
        ),
      );
      await refreshAll();
      stops.push(await onDrop((paths) => void importPaths(paths)));
      if (openFile) {
        files.input.value = openFile;
        void importPaths([openFile]);
      }
    },
    async refresh(_changed: Entity[] | null) {
      await refreshAll();
    },
    unmount() {
      for (const s of stops) s();
      stops = [];
    },
  };
}
