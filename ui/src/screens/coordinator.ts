// The coordinator's desk: import many bundles with progress, the table of what came in,
// devices waiting for approval, conflicts side by side, and the merged board across sessions.

import { listen } from "@tauri-apps/api/event";
import type { Screen } from "../app";
import { commands, type Conflict, type ConflictSide, type Device, DeviceState, type Entity, events, type HeldChange, ImportStatus, type LedgerEntry, type Progress, type RevokeFrom, run, SessionScope, showDone } from "../api";
import { debounce, field, h, replace, userText } from "../dom";
import { fmtDateTime, fmtNumber, named, t } from "../l10n";
import { onDrop, pathField, progressBar } from "./files";

/** That a laptop's clock was off, and by about how much, in the largest unit that fits. */
export function clockOff(device: string, offsetMs: number): string {
  return t(offsetMs > 0 ? "clock-ahead" : "clock-behind", { device, duration: duration(offsetMs) });
}

function duration(ms: number): string {
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  const abs = Math.abs(ms);
  if (abs >= 365 * day) return t("duration-years", { count: Math.floor(abs / (365 * day)) });
  if (abs >= day) return t("duration-days", { count: Math.floor(abs / day) });
  if (abs >= hour) return t("duration-hours", { count: Math.floor(abs / hour) });
  return t("duration-minutes", { count: Math.max(1, Math.floor(abs / minute)) });
}

export function coordinatorScreen(openFile?: string | null): Screen {
  const importResult = h("div", { "aria-live": "polite" });
  const ledgerBox = h("div");
  const devicesBox = h("div");
  const conflictsBox = h("div");
  const heldBox = h("div");
  const boardBox = h("div");
  const precinct = h("input", { type: "text", id: "merged-precinct" });
  const search = h("input", { type: "search", id: "merged-search" });
  let stops: Array<() => void> = [];
  let sessionTitles = new Map<string, string>();
  let ledgerRows: LedgerEntry[] = [];

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
    const held = summary.bundles.reduce((n, b) => n + b.held, 0);
    const refused = summary.bundles.reduce((n, b) => n + b.refused, 0);
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
        held ? h("p", { class: "held" }, t("coordinator-import-held", { count: held })) : null,
        refused ? h("p", { class: "refused" }, t("coordinator-import-refused", { count: refused })) : null,
        summary.bundles
          .filter((b) => b.clock_offset_ms !== null)
          .map((b) => h("p", { class: "clock-warning" }, clockOff(b.device_name ?? b.device_id?.slice(0, 8) ?? "", b.clock_offset_ms ?? 0))),
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
    const rows = (ledgerRows = (await run(commands.ledger())) ?? []);
    replace(
      ledgerBox,
      rows.length
        ? h(
            "table",
            { class: "table", id: "ledger" },
            h("caption", { class: "sr-only" }, t("coordinator-bundles")),
            h("thead", null, h("tr", null, (["coordinator-col-device", "coordinator-col-facilitator", "coordinator-col-sessions", "coordinator-col-received", "coordinator-col-counts", "coordinator-col-signature"] as const).map((c) => h("th", { scope: "col" }, t(c))))),
            h(
              "tbody",
              null,
              rows.map((r) =>
                h(
                  "tr",
                  { dataset: { status: r.status } },
                  h("td", null, userText(r.file_name ?? r.hash.slice(0, 12))),
                  h("td", null, userText(r.device_name ?? r.device_id.slice(0, 8))),
                  h(
                    "td",
                    { class: "sessions" },
                    r.sessions.map((s, i) => {
                      const scope = r.scopes[i];
                      return h(
                        "div",
                        { dataset: { session: s, scope: scope ?? "" } },
                        userText(sessionTitles.get(s) ?? s.slice(0, 8)),
                        scope ? h("span", { class: `badge scope-${scope}` }, t(`session-scope-${scope}`)) : null,
                      );
                    }),
                  ),
                  h("td", null, fmtDateTime(r.received_at)),
                  h(
                    "td",
                    { class: "num" },
                    t("coordinator-ops", { ops: fmtNumber(r.ops), new: fmtNumber(r.new_ops) }),
                    r.held_ops || r.refused_ops ? h("div", { class: "muted" }, t("coordinator-held-refused", { held: fmtNumber(r.held_ops), refused: fmtNumber(r.refused_ops) })) : null,
                  ),
                  h(
                    "td",
                    null,
                    h("span", { class: `badge state-${r.status}` }, t(`coordinator-status-${r.status}`)),
                    r.detail ? h("div", { class: "muted" }, t(`ledger-detail-${r.detail}`)) : null,
                    r.clock_offset_ms !== null ? h("div", { class: "clock-warning" }, clockOff(r.device_name ?? r.device_id.slice(0, 8), r.clock_offset_ms)) : null,
                  ),
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
                d.clock_offset_ms !== null ? h("span", { class: "clock-warning" }, clockOff(d.name ?? d.device_id.slice(0, 8), d.clock_offset_ms)) : null,
                d.revoked_from_seq !== null && d.state === DeviceState.revoked ? h("span", { class: "muted" }, t("coordinator-revoked-from", { seq: d.revoked_from_seq })) : null,
                d.sessions && d.state === DeviceState.approved ? h("span", { class: "muted given" }, t("coordinator-given", { sessions: titles(d.sessions) })) : null,
                d.asks.length && d.state === DeviceState.approved
                  ? h(
                      "div",
                      { class: "not-given" },
                      h("p", null, t("coordinator-not-given", { sessions: titles(d.asks) })),
                      h(
                        "button",
                        {
                          class: "small give",
                          onclick: async () => {
                            const a = await run(commands.approveDevice(d.device_id, null));
                            if (a) showDone(t("coordinator-approved", { count: a.merged.length }));
                          },
                        },
                        t("coordinator-give"),
                      ),
                    )
                  : null,
                d.state === DeviceState.quarantined
                  ? approvePanel(d)
                  : d.state === DeviceState.approved || d.state === DeviceState.coordinator
                    ? revokePanel(d)
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

  const titles = (ids: string[]) => ids.map((s) => sessionTitles.get(s) ?? s.slice(0, 8)).join(", ") || "—";

  function approvePanel(d: Device): HTMLElement {
    const named = [...new Set(ledgerRows.filter((r) => r.device_id === d.device_id).flatMap((r) => r.sessions.filter((s, i) => r.scopes[i] !== SessionScope.own && sessionTitles.has(s))))];
    const boxes = [...sessionTitles].map(([id, title]) => {
      const box = h("input", { type: "checkbox", value: id });
      return { id, el: h("label", { class: "check" }, box, " ", userText(title)), box };
    });
    const approve = async () => {
      const only = boxes.filter((b) => b.box.checked).map((b) => b.id);
      const a = await run(commands.approveDevice(d.device_id, only.length ? only : null));
      if (a) showDone(t("coordinator-approved", { count: a.merged.length }));
    };
    return h(
      "div",
      { class: "device-actions" },
      named.length ? h("p", { class: "asks" }, t("coordinator-asks", { sessions: titles(named) })) : null,
      boxes.length
        ? h("details", null, h("summary", null, t("coordinator-approve-only")), h("fieldset", { class: "plain" }, h("legend", { class: "hint" }, t("coordinator-approve-only-hint")), boxes.map((b) => b.el)))
        : null,
      h("button", { class: "primary small approve", onclick: approve }, t("coordinator-approve")),
      h("button", { class: "danger small reject", onclick: () => run(commands.revokeDevice(d.device_id, { from: "all" })) }, t("coordinator-reject")),
    );
  }

  /** Revoking an approved laptop: choose from where, see what comes back, then confirm. */
  function revokePanel(d: Device): HTMLElement {
    const panel = h("div", { class: "revoke-panel", "aria-live": "polite" });
    const bundles = ledgerRows.filter((r) => r.device_id === d.device_id).sort((a, b) => a.received_at.localeCompare(b.received_at));
    const from = h(
      "select",
      { class: "revoke-from" },
      h("option", { value: "" }, t("coordinator-revoke-from-all")),
      bundles.map((r) => h("option", { value: r.hash }, t("coordinator-revoke-from-bundle", { bundle: r.file_name ?? r.hash.slice(0, 12), at: fmtDateTime(r.received_at) }))),
    );
    const choice = (): RevokeFrom => (from.value ? { from: "bundle", value: from.value } : { from: "all" });
    const show = async () => {
      const preview = await run(commands.revokePreview(d.device_id, choice()));
      if (!preview) return;
      const name = d.name ?? d.device_id.slice(0, 8);
      replace(
        panel,
        h(
          "div",
          { class: "revoke-preview", role: "group", "aria-label": t("coordinator-revoke-heading", { device: name }) },
          h("p", null, t("coordinator-revoke-preview", { device: name, seq: preview.from_seq, count: preview.ops })),
          preview.kinds.length
            ? h(
                "ul",
                null,
                preview.kinds.map((k) => h("li", { dataset: { entity: k.entity } }, t("coordinator-revoke-kind", { kind: t(`entity-${k.entity}`), restored: k.restored, removed: k.removed, changed: k.changed }))),
              )
            : null,
          h(
            "div",
            { class: "inline" },
            h(
              "button",
              {
                class: "danger small revoke-go",
                onclick: async () => {
                  if (await run(commands.revokeDevice(d.device_id, choice()))) showDone(t("coordinator-revoked"));
                },
              },
              t("coordinator-revoke-go"),
            ),
            h("button", { class: "small", onclick: () => replace(panel, "") }, t("coordinator-cancel")),
          ),
        ),
      );
    };
    return h(
      "details",
      { class: "device-actions revoke-details" },
      h("summary", null, t("coordinator-revoke-summary")),
      field(t("coordinator-revoke-from"), from),
      h("button", { class: "small revoke", onclick: show }, t("coordinator-revoke")),
      panel,
    );
  }

  async function refreshHeld(): Promise<void> {
    const list: HeldChange[] = (await run(commands.heldChanges())) ?? [];
    replace(
      heldBox,
      list.length
        ? h(
            "ul",
            { class: "plain-list held-changes" },
            list.map((c) => {
              const device = c.device_name ?? c.device_id.slice(0, 8);
              const review = async (accept: boolean) => {
                if (await run(commands.reviewChange(c.op_id, accept))) showDone(t(accept ? "coordinator-change-accepted" : "coordinator-change-refused"));
              };
              return h(
                "li",
                { dataset: { change: c.op_id, entity: c.entity } },
                h("strong", { dir: "auto" }, c.title),
                h(
                  "p",
                  null,
                  c.field_message
                    ? t("coordinator-held-set", { device, field: named(c.field_message), value: c.value === null ? "" : value(c.value) })
                    : c.redaction
                      ? t("coordinator-held-redact", { device })
                      : t("coordinator-held-delete", { device }),
                ),
                h("p", { class: "muted" }, fmtDateTime(c.at)),
                h(
                  "div",
                  { class: "inline" },
                  h("button", { class: "primary small accept", onclick: () => review(true) }, t("coordinator-accept")),
                  h("button", { class: "danger small refuse", onclick: () => review(false) }, t("coordinator-refuse")),
                ),
              );
            }),
          )
        : h("p", { class: "muted" }, t("coordinator-no-held")),
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
              h("h3", null, t("coordinator-conflict-title", { title: c.title, field: named(c.field_message) })),
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
        h("thead", null, h("tr", null, (["coordinator-col-concern", "coordinator-col-session", "coordinator-col-group", "coordinator-col-laptop", "coordinator-col-dots"] as const).map((c) => h("th", { scope: "col" }, t(c))))),
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
              h(
                "td",
                { class: "laptop" },
                userText(c.device_name ?? c.origin_device.slice(0, 8)),
                c.device_state ? h("span", { class: `badge state-${c.device_state}` }, t(`device-state-${c.device_state}`)) : null,
                c.clock_offset_ms !== null ? h("div", { class: "clock-warning" }, t("time-approximate"), " ", t("time-about", { time: fmtDateTime(c.created_at) })) : null,
              ),
              h("td", { class: "num" }, fmtNumber(c.dots)),
            ),
          ),
        ),
      ),
    );
  }

  async function refreshAll(): Promise<void> {
    sessionTitles = new Map(((await run(commands.sessions())) ?? []).map((s) => [s.id, s.title]));
    await refreshLedger();
    await Promise.all([refreshDevices(), refreshHeld(), refreshConflicts(), refreshBoard()]);
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
        h(
          "section",
          { class: "card", "aria-labelledby": "held-heading" },
          h("h2", { id: "held-heading" }, t("coordinator-held")),
          h("p", { class: "hint" }, t("coordinator-held-help")),
          heldBox,
        ),
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
