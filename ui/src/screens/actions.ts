// Actions: turn concerns into actions (owner, due date, status, dated updates, and whether the
// change came from results or community input), and the report-back view per precinct, which
// follows each concern from the session that raised it to what was done.

import type { Screen } from "../app";
import { type Action, type ActionStatus, ActionStatusValues, type BoardCard, ChangeBasis, ChangeBasisValues, commands, Entity, run, showDone, touches, type TracedConcern } from "../api";
import { debounce, field, h, options, replace, userText } from "../dom";
import { fmtDateTime, t } from "../l10n";
import { kindLabel, orNull, statusLabel } from "./common";

const ACTION_STATUSES = ActionStatusValues;
const BASES = ChangeBasisValues;

export function actionsScreen(): Screen {
  const list = h("div", { id: "actions-list" });
  const reportBox = h("div", { id: "report-back" });
  const pickBox = h("div", { class: "concern-picks" });
  const precinct = h("input", { type: "text", id: "report-precinct" });
  const pickSearch = h("input", { type: "search", id: "action-concern-search" });
  let cards: BoardCard[] = [];
  const picked = new Set<string>();

  async function refreshPicks(): Promise<void> {
    cards = (await run(commands.mergedBoard(null, { search: pickSearch.value.trim() || null, include_duplicates: false }))) ?? [];
    replace(
      pickBox,
      cards.slice(0, 30).map((c) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            value: c.id,
            checked: picked.has(c.id),
            onchange: (e: Event) => ((e.target as HTMLInputElement).checked ? picked.add(c.id) : picked.delete(c.id)),
          }),
          userText(c.text),
          " — ",
          userText(c.session_title),
        ),
      ),
    );
  }

  function actionForm(): HTMLElement {
    const title = h("input", { type: "text", required: true });
    const response = h("textarea", { rows: 2 });
    const owner = h("input", { type: "text" });
    const due = h("input", { type: "date" });
    const where = h("input", { type: "text" });
    const basis = h("select", null, options(BASES.map((b) => [b, t(`basis-${b}`)]), ChangeBasis.communityInput));
    pickSearch.addEventListener("input", debounce(() => void refreshPicks(), 200));
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "new-action-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(
            commands.addAction({
              title: title.value,
              response: orNull(response.value),
              owner: orNull(owner.value),
              due: orNull(due.value),
              precinct: orNull(where.value),
              basis: basis.value as ChangeBasis,
              concerns: [...picked],
            }),
          );
          if (out) {
            showDone(t("actions-created"));
            picked.clear();
            title.value = "";
            await refreshPicks();
          }
        },
      },
      h("h2", { id: "new-action-heading" }, t("actions-new")),
      field(t("action-title"), title),
      field(t("action-response"), response),
      field(t("action-owner"), owner),
      field(t("action-due"), due),
      field(t("action-precinct"), where),
      field(t("action-basis"), basis),
      h("div", { class: "wide" }, field(t("action-concerns"), pickSearch, t("action-concerns-hint")), pickBox),
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("actions-create"))),
    );
  }

  function actionCard(a: Action, byId: Map<string, BoardCard>): HTMLElement {
    const text = h("input", { type: "text", "aria-label": t("action-update-text", { title: a.title }) });
    const status = h("select", { "aria-label": t("action-update-status", { title: a.title }) }, h("option", { value: "" }, t("action-status-unchanged")), options(ACTION_STATUSES.map((s) => [s, t(`action-status-${s}`)])));
    return h(
      "article",
      { class: "card action", dataset: { action: a.id } },
      h("h3", null, userText(a.title), " ", h("span", { class: `badge action-${a.status}` }, t(`action-status-${a.status}`)), h("span", { class: "badge" }, t(`basis-${a.basis}`))),
      a.response ? h("p", { dir: "auto" }, a.response) : null,
      h("p", { class: "muted" }, t("action-meta", { owner: a.owner ?? "—", due: a.due ?? "—", precinct: a.precinct ?? "—" })),
      a.concern_ids.length
        ? h("ul", { class: "plain-list" }, a.concern_ids.map((id) => h("li", { dir: "auto" }, byId.get(id)?.text ?? id.slice(0, 8))))
        : null,
      a.updates.length
        ? h("ol", { class: "timeline" }, a.updates.map((u) => h("li", null, h("strong", null, u.on_date), " ", userText(u.text), u.status ? ` (${t(`action-status-${u.status}`)})` : "")))
        : null,
      h(
        "form",
        {
          class: "inline",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            const out = await run(commands.updateAction(a.id, { text: text.value, status: (status.value || null) as ActionStatus | null }));
            if (out) text.value = "";
          },
        },
        text,
        status,
        h("button", { type: "submit", class: "small" }, t("action-add-update")),
      ),
    );
  }

  async function refresh(): Promise<void> {
    const [actions, all] = await Promise.all([
      run(commands.actions(null, null)).then((x) => x ?? []),
      run(commands.mergedBoard(null, { include_duplicates: true })).then((x) => x ?? []),
    ]);
    const byId = new Map(all.map((c) => [c.id, c]));
    replace(list, actions.length ? actions.map((a) => actionCard(a, byId)) : h("p", { class: "muted" }, t("actions-empty")));
    await refreshReport();
  }

  async function refreshReport(): Promise<void> {
    const trace: TracedConcern[] = (await run(commands.reportBack(precinct.value.trim() || null))) ?? [];
    replace(
      reportBox,
      trace.length
        ? h(
            "ol",
            { class: "trace" },
            trace.slice(0, 100).map(({ card: c, also_raised, actions }) =>
              h(
                "li",
                { dataset: { concern: c.id } },
                h("p", { class: "card-text", dir: "auto" }, c.text),
                h("p", { class: "muted" }, t("report-raised", { session: c.session_title, kind: kindLabel(c.session_kind), group: c.group_name ?? "—", dots: c.dots })),
                also_raised.length
                  ? h("p", null, t("report-also-raised", { count: also_raised.length, groups: also_raised.map((m) => m.group_name ?? m.session_title).join(", ") }))
                  : null,
                actions.length
                  ? actions.map((a) => h("p", { class: "answered" }, t("report-action", { title: a.title, status: t(`action-status-${a.status}`), updated: a.updates.at(-1)?.on_date ?? fmtDateTime(a.created_at) })))
                  : h("p", { class: "unanswered" }, t("report-no-action", { status: statusLabel(c.status) })),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("report-empty")),
    );
  }

  return {
    async mount(root) {
      precinct.addEventListener("change", () => void refreshReport());
      replace(
        root,
        h("h1", null, t("actions-heading")),
        h("div", { class: "columns" }, actionForm(), h("section", { class: "card", "aria-labelledby": "actions-list-heading" }, h("h2", { id: "actions-list-heading" }, t("actions-list")), list)),
        h("section", { class: "card", "aria-labelledby": "report-heading" }, h("h2", { id: "report-heading" }, t("report-heading")), field(t("report-precinct"), precinct, t("report-precinct-hint")), reportBox),
      );
      await refreshPicks();
      await refresh();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.action, Entity.actionUpdate, Entity.concern)) await refresh();
    },
  };
}
