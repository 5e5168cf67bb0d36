// The issue board: cards by status (drag to change it), or grouped by tag or by group, with
// votes on each card; search and filters; likely duplicates suggested by the core, merged here.
// Built as one HTML string per render so 2,000 cards paint well inside 300 ms.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { type BoardCard, commands, type ConcernStatus, type DuplicateSuggestion, Entity, type Group, run, showDone, type Tag, TagKind, touches } from "../api";
import { debounce, esc, field, h, options, replace, userText } from "../dom";
import { fmtNumber, t } from "../l10n";
import { STATUSES, statusLabel } from "./common";

type Layout = "status" | "tag" | "group";

/** Cards drawn per column at first, and per "show more". */
const PAGE = 40;

export function boardScreen(): Screen {
  const sessionId = currentSession()!;
  const columns = h("div", { class: "board", id: "board" });
  const dupBox = h("section", { class: "card", "aria-labelledby": "dups-heading" });
  const mergeBanner = h("div", { class: "merge-banner", role: "status", hidden: true });
  let cards: BoardCard[] = [];
  let groups: Group[] = [];
  let tags: Tag[] = [];
  let layout: Layout = "status";
  let mergeFrom: string | null = null;
  const limits = new Map<string, number>();
  let firstPaintStart = performance.now();

  const search = h("input", { type: "search", id: "board-search", autocomplete: "off" });
  const tagFilter = h("select", { id: "board-tag" });
  const groupFilter = h("select", { id: "board-group" });
  const layoutSelect = h(
    "select",
    { id: "board-layout" },
    options(
      [
        ["status", t("board-by-status")],
        ["tag", t("board-by-tag")],
        ["group", t("board-by-group")],
      ],
      layout,
    ),
  );

  function cardHtml(c: BoardCard): string {
    const group = c.group_name ? `<span class="badge" dir="auto">${esc(c.group_name)}</span>` : "";
    const interp = c.interpretation ? `<p class="interpretation" dir="auto">${esc(c.interpretation)}</p>` : "";
    const tagChips = c.tags.map((tg) => `<span class="tag-chip" dir="auto">#${esc(tg)}</span>`).join("");
    const lang = c.language ? ` lang="${esc(c.language)}"` : "";
    return (
      `<li class="board-card${mergeFrom === c.id ? " merging" : ""}" draggable="true" data-concern="${c.id}" tabindex="0"` +
      ` aria-label="${esc(c.text)}">` +
      `<p class="card-text" dir="auto"${lang}>${esc(c.text)}</p>${interp}` +
      `<div class="card-meta">${group}${tagChips}` +
      `<span class="votes" title="${esc(t("board-votes"))}">${esc(t("board-dots", { count: c.dots }))}</span></div>` +
      `<div class="card-actions">` +
      `<label class="sr-only" for="st-${c.id}">${esc(t("board-status-of"))}</label>` +
      `<select id="st-${c.id}" data-status-for="${c.id}">${STATUSES.map((s) => `<option value="${s}"${s === c.status ? " selected" : ""}>${esc(statusLabel(s))}</option>`).join("")}</select>` +
      `<button class="small" data-merge="${c.id}">${esc(mergeFrom === c.id ? t("board-merge-cancel") : mergeFrom ? t("board-merge-here") : t("board-merge"))}</button>` +
      `</div></li>`
    );
  }

  function columnsFor(): { key: string; title: string; items: BoardCard[]; status?: ConcernStatus }[] {
    if (layout === "status")
      return STATUSES.map((s) => ({ key: s, title: statusLabel(s), status: s, items: cards.filter((c) => c.status === s) }));
    if (layout === "group") {
      const cols = groups.map((g) => ({ key: g.id, title: g.name, items: cards.filter((c) => c.group_id === g.id) }));
      cols.push({ key: "none", title: t("board-no-group"), items: cards.filter((c) => !c.group_id) });
      return cols.filter((c) => c.items.length);
    }
    const cols = tags
      .filter((tg) => tg.kind !== TagKind.retired)
      .map((tg) => ({ key: tg.slug, title: `#${tg.slug}`, items: cards.filter((c) => c.tags.includes(tg.slug)) }));
    cols.push({ key: "none", title: t("board-untagged"), items: cards.filter((c) => !c.tags.length) });
    return cols.filter((c) => c.items.length);
  }

  function render(): void {
    const html = columnsFor()
      .map((col) => {
        // A column shows its first cards and offers the rest: a room works from the top of
        // each column, and 2,000 cards at once would make every paint slow.
        const shown = col.items.slice(0, limits.get(col.key) ?? PAGE);
        const rest = col.items.length - shown.length;
        return (
          `<section class="board-column" data-column="${esc(col.key)}"${col.status ? ` data-status="${col.status}"` : ""} aria-label="${esc(col.title)}">` +
          `<h2>${col.status ? esc(col.title) : `<bdi>${esc(col.title)}</bdi>`} <span class="count">${esc(fmtNumber(col.items.length))}</span></h2>` +
          `<ul>${shown.map(cardHtml).join("")}</ul>` +
          (rest > 0 ? `<button class="more" data-more="${esc(col.key)}">${esc(t("board-show-more", { count: Math.min(rest, PAGE), rest }))}</button>` : "") +
          `</section>`
        );
      })
      .join("");
    columns.innerHTML = html;
    mergeBanner.hidden = !mergeFrom;
    if (mergeFrom) replace(mergeBanner, t("board-merge-pick"));
  }

  async function load(draw = true): Promise<void> {
    const t0 = performance.now();
    cards =
      (await run(
        commands.board(sessionId, {
          search: search.value.trim() || null,
          tag: tagFilter.value || null,
          group: groupFilter.value || null,
          include_duplicates: false,
        }),
      )) ?? [];
    const t1 = performance.now();
    document.body.dataset.boardCards = String(cards.length);
    if (draw) render();
    document.body.dataset.boardFetchMs = String(Math.round(t1 - t0));
    document.body.dataset.boardRenderMs = String(Math.round(performance.now() - t1));
  }

  async function loadDuplicates(): Promise<void> {
    const dups: DuplicateSuggestion[] = (await run(commands.duplicateSuggestions(sessionId, 0.5))) ?? [];
    const byId = new Map(cards.map((c) => [c.id, c]));
    const shown = dups.filter((d) => byId.has(d.concern) && byId.has(d.likely_duplicate_of)).slice(0, 10);
    replace(
      dupBox,
      h("h2", { id: "dups-heading" }, t("board-duplicates")),
      shown.length
        ? h(
            "ul",
            { class: "plain-list" },
            shown.map((d) =>
              h(
                "li",
                { class: "dup" },
                h("span", null, "“", userText(byId.get(d.concern)!.text), "”"),
                h("span", { class: "muted" }, t("board-dup-similar", { percent: Math.round(d.similarity * 100) })),
                h("span", null, "“", userText(byId.get(d.likely_duplicate_of)!.text), "”"),
                h(
                  "button",
                  {
                    class: "small",
                    onclick: async () => {
                      const out = await run(commands.mergeConcern(d.concern, d.likely_duplicate_of));
                      if (out) showDone(t("board-merged"));
                    },
                  },
                  t("board-merge-these"),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("board-no-duplicates")),
    );
  }

  // Event delegation: one listener for every card, however many there are.
  columns.addEventListener("change", async (e) => {
    const sel = e.target as HTMLSelectElement;
    const id = sel.dataset.statusFor;
    if (id) await run(commands.setConcernStatus(id, sel.value as ConcernStatus));
  });
  columns.addEventListener("click", async (e) => {
    const more = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-more]");
    if (more) {
      const key = more.dataset.more!;
      limits.set(key, (limits.get(key) ?? PAGE) + PAGE);
      render();
      columns.querySelector<HTMLElement>(`[data-column="${key}"] li:nth-last-child(${PAGE}) `)?.focus();
      return;
    }
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-merge]");
    if (!btn) return;
    const id = btn.dataset.merge!;
    if (!mergeFrom) mergeFrom = id;
    else if (mergeFrom === id) mergeFrom = null;
    else {
      const from = mergeFrom;
      mergeFrom = null;
      const out = await run(commands.mergeConcern(from, id));
      if (out) showDone(t("board-merged"));
    }
    render();
  });
  columns.addEventListener("dragstart", (e) => {
    const card = (e.target as HTMLElement).closest<HTMLElement>("[data-concern]");
    if (card) e.dataTransfer?.setData("text/plain", card.dataset.concern!);
  });
  columns.addEventListener("dragover", (e) => {
    if ((e.target as HTMLElement).closest("[data-status]")) e.preventDefault();
  });
  columns.addEventListener("drop", async (e) => {
    const col = (e.target as HTMLElement).closest<HTMLElement>("[data-status]");
    const id = e.dataTransfer?.getData("text/plain");
    if (col && id) {
      e.preventDefault();
      await run(commands.setConcernStatus(id, col.dataset.status as ConcernStatus));
    }
  });

  search.addEventListener("input", debounce(() => void load(), 200));
  for (const el of [tagFilter, groupFilter]) el.addEventListener("change", () => void load());
  layoutSelect.addEventListener("change", () => {
    layout = layoutSelect.value as Layout;
    render();
  });

  return {
    async mount(root) {
      firstPaintStart = performance.now();
      // The cards are fetched while the filters' lists load, not after.
      const cardsLoaded = load(false);
      const [g, tg] = await Promise.all([run(commands.groups(sessionId)), run(commands.tags())]);
      groups = g ?? [];
      tags = tg ?? [];
      replace(tagFilter, h("option", { value: "" }, t("board-all-tags")), options(tags.map((x) => [x.slug, `#${x.slug}`]), null, true));
      replace(groupFilter, h("option", { value: "" }, t("board-all-groups")), options(groups.map((x) => [x.id, x.name]), null, true));
      replace(
        root,
        h("h1", null, t("board-heading")),
        h(
          "div",
          { class: "toolbar filters", role: "search" },
          field(t("board-search"), search),
          field(t("board-tag"), tagFilter),
          field(t("board-group"), groupFilter),
          field(t("board-layout"), layoutSelect),
        ),
        mergeBanner,
        columns,
        dupBox,
      );
      await cardsLoaded;
      render();
      // First paint: from opening the screen to the frame after the cards are in the DOM.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          document.body.dataset.boardPaintMs = String(Math.round(performance.now() - firstPaintStart));
        }),
      );
      void loadDuplicates();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.concern, Entity.dotCount, Entity.ballot)) {
        await load();
        void loadDuplicates();
      }
    },
  };
}
