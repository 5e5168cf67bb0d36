// Run of show: the running agenda item with a countdown and an overrun warning, next/previous
// (N/P or PageDown/PageUp) recording actual times, and what the projector shows.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { type AgendaItem, commands, Entity, type ProjectorView, type Question, run, touches } from "../api";
import { field, h, options, replace } from "../dom";
import { available, fmtTime, languageName, t } from "../l10n";
import { clock } from "./common";

/** Seconds left of an item's planned time (negative once over). */
export function secondsLeft(item: AgendaItem, now = Date.now()): number {
  if (!item.started_at) return item.planned_minutes * 60;
  return item.planned_minutes * 60 - (now - new Date(item.started_at).getTime()) / 1000;
}

export function runScreen(): Screen {
  const sessionId = currentSession()!;
  const nowBox = h("section", { class: "now card", "aria-labelledby": "now-heading" });
  const timer = h("p", { class: "timer", role: "timer", "aria-live": "off" });
  const overrun = h("p", { class: "overrun", role: "alert" });
  const list = h("ol", { class: "run-list" });
  const projectorBox = h("section", { class: "card", "aria-labelledby": "projector-heading" });
  let agenda: AgendaItem[] = [];
  let current: AgendaItem | undefined;
  let tick: number | undefined;
  let questions: Question[] = [];
  let view: ProjectorView = { session: null, question: null, languages: [], show_results: false };

  function updateTimer(): void {
    if (!current) {
      replace(timer, "");
      replace(overrun, "");
      return;
    }
    const left = secondsLeft(current);
    replace(timer, clock(left));
    timer.classList.toggle("over", left < 0);
    const warn = left < 0 ? t("run-overrun", { time: clock(-left) }) : left < 120 ? t("run-almost", { time: clock(left) }) : "";
    if (overrun.textContent !== warn) replace(overrun, warn);
  }

  async function refresh(): Promise<void> {
    agenda = (await run(commands.agenda(sessionId))) ?? [];
    current = agenda.find((i) => i.started_at && !i.finished_at);
    replace(
      nowBox,
      h("h2", { id: "now-heading" }, t("run-now")),
      current
        ? [h("p", { class: "now-title", dir: "auto" }, current.title), timer, overrun]
        : h("p", { class: "now-title muted" }, agenda.some((i) => i.finished_at) ? t("run-done") : t("run-not-started")),
      h(
        "div",
        { class: "toolbar" },
        h("button", { class: "big", "aria-keyshortcuts": "P PageUp", onclick: previous }, t("run-previous")),
        h("button", { class: "big primary", "aria-keyshortcuts": "N PageDown", onclick: next }, current ? t("run-next") : t("run-start")),
      ),
    );
    updateTimer();
    replace(
      list,
      agenda.map((i) =>
        h(
          "li",
          { class: i === current ? "current" : i.finished_at ? "finished" : "", dataset: { item: i.id } },
          h("span", { class: "agenda-title", dir: "auto" }, i.title),
          h("span", { class: "planned" }, t("run-planned", { minutes: i.planned_minutes })),
          i.started_at ? h("span", null, t("run-started", { time: fmtTime(i.started_at) })) : null,
          i.actual_minutes !== null
            ? h(
                "span",
                { class: i.actual_minutes > i.planned_minutes ? "actual over" : "actual" },
                t("run-actual", { minutes: i.actual_minutes }),
              )
            : null,
          i !== current
            ? h("button", { class: "small", onclick: () => run(commands.startAgendaItem(i.id)) }, t("run-start-this"))
            : null,
        ),
      ),
    );
  }

  async function next(): Promise<void> {
    await run(commands.nextAgendaItem(sessionId));
  }
  async function previous(): Promise<void> {
    await run(commands.previousAgendaItem(sessionId));
  }

  function onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "n" || e.key === "PageDown") {
      e.preventDefault();
      void next();
    } else if (e.key === "p" || e.key === "PageUp") {
      e.preventDefault();
      void previous();
    }
  }

  async function renderProjector(): Promise<void> {
    questions = (await run(commands.questions(sessionId))) ?? [];
    view = (await run(commands.projectorView())) ?? view;
    const question = h(
      "select",
      { id: "projector-question" },
      h("option", { value: "" }, t("projector-no-question")),
      options(questions.map((q) => [q.id, q.text]), view.question, true),
    );
    const langs = available();
    const first = h("select", { id: "projector-lang-1" }, options(langs.map((l) => [l, languageName(l)]), view.languages[0] ?? "en"));
    const second = h(
      "select",
      { id: "projector-lang-2" },
      h("option", { value: "" }, t("projector-no-second")),
      options(langs.map((l) => [l, languageName(l)]), view.languages[1] ?? ""),
    );
    const results = h("input", { type: "checkbox", id: "projector-results", checked: view.show_results });
    const apply = async () => {
      const next: ProjectorView = {
        session: sessionId,
        question: question.value || null,
        languages: [first.value, second.value].filter(Boolean),
        show_results: results.checked,
      };
      view = (await run(commands.setProjectorView(next))) ?? view;
    };
    for (const el of [question, first, second, results]) el.addEventListener("change", apply);
    replace(
      projectorBox,
      h("h2", { id: "projector-heading" }, t("projector-heading")),
      h("button", { onclick: async () => { await apply(); await run(commands.openProjector()); } }, t("projector-open")),
      field(t("projector-question"), question),
      field(t("projector-language-1"), first),
      field(t("projector-language-2"), second),
      h("div", { class: "check" }, results, h("label", { for: "projector-results" }, t("projector-show-results"))),
    );
  }

  return {
    async mount(root) {
      replace(
        root,
        h("h1", null, t("run-heading")),
        h("div", { class: "columns" }, h("div", null, nowBox, h("section", { class: "card" }, h("h2", null, t("run-agenda")), list)), projectorBox),
      );
      await refresh();
      await renderProjector();
      tick = window.setInterval(updateTimer, 1000);
      window.addEventListener("keydown", onKey);
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.agenda)) await refresh();
      if (touches(changed, Entity.question)) await renderProjector();
    },
    unmount() {
      window.clearInterval(tick);
      window.removeEventListener("keydown", onKey);
    },
  };
}
