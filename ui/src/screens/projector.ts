// The projector window, for the back row: the running agenda item and its timer, the current
// question, and live vote results, in one or two languages side by side.

import { commands, onChanged, onViewChanged, run, type AgendaItem, type ProjectorView, type Question, type Tally } from "../api";
import { h, replace } from "../dom";
import { applyDocumentLanguage, dir, fmtNumber, onLocaleChange, setLocale, tl } from "../l10n";
import { clock } from "./common";
import { secondsLeft } from "./run";

/** The question to show in `lang`: the chosen one, or its counterpart written in that language. */
export function questionIn(questions: Question[], chosen: Question | undefined, lang: string): Question | undefined {
  if (!chosen || chosen.language === lang || !chosen.language) return chosen;
  const same = questions.filter((q) => q.language === chosen.language);
  const other = questions.filter((q) => q.language === lang);
  return other[same.findIndex((q) => q.id === chosen.id)] ?? chosen;
}

export async function startProjector(root: HTMLElement): Promise<void> {
  const info = await run(commands.appInfo());
  setLocale(info?.locale ?? "en");
  let view: ProjectorView = { session: null, question: null, languages: ["en"], show_results: false };
  let agenda: AgendaItem[] = [];
  let questions: Question[] = [];
  let tally: Tally | undefined;
  const timers: HTMLElement[] = [];

  async function load(): Promise<void> {
    view = (await run(commands.projectorView())) ?? view;
    if (!view.session) {
      agenda = [];
      questions = [];
      tally = undefined;
    } else {
      [agenda, questions, tally] = await Promise.all([
        run(commands.agenda(view.session)).then((x) => x ?? []),
        run(commands.questions(view.session)).then((x) => x ?? []),
        run(commands.tally(view.session)),
      ]);
    }
    render();
  }

  function column(lang: string): HTMLElement {
    const current = agenda.find((i) => i.started_at && !i.finished_at);
    const chosen = questions.find((q) => q.id === view.question);
    const question = questionIn(questions, chosen, lang);
    const timer = h("p", { class: "projector-timer", dataset: { timer: "1" } });
    timers.push(timer);
    const dots = tally?.dots.slice(0, 8) ?? [];
    const max = Math.max(1, ...dots.map((d) => d.score));
    return h(
      "section",
      { class: "projector-column", lang, dir: dir(lang) },
      h("h2", null, tl(lang, "projector-now")),
      h("p", { class: "projector-item" }, current ? current.title : tl(lang, "projector-waiting")),
      current ? timer : null,
      question ? [h("h2", null, tl(lang, "projector-question-label")), h("p", { class: "projector-question", lang: question.language ?? undefined, dir: "auto" }, question.text)] : null,
      view.show_results
        ? [
            h("h2", null, tl(lang, "projector-results")),
            dots.length
              ? h(
                  "ol",
                  { class: "chart", "aria-label": tl(lang, "projector-results") },
                  dots.map((d) =>
                    h(
                      "li",
                      null,
                      h("span", { class: "bar-label" }, d.text, d.interpretation ? h("span", { class: "interpretation" }, ` — ${d.interpretation}`) : null),
                      h("span", { class: "bar", style: `inline-size: ${(100 * d.score) / max}%` }),
                      h("span", { class: "bar-value" }, tl(lang, "projector-dots", { count: d.score, shown: fmtNumber(d.score, lang) })),
                    ),
                  ),
                )
              : h("p", null, tl(lang, "projector-no-votes")),
          ]
        : null,
    );
  }

  function render(): void {
    timers.length = 0;
    const langs = view.languages.length ? view.languages.slice(0, 2) : ["en"];
    applyDocumentLanguage(document.documentElement, langs[0]);
    document.title = tl(langs[0], "projector-window-title");
    replace(root, h("main", { class: `projector cols-${langs.length}` }, h("h1", { class: "sr-only" }, tl(langs[0], "projector-window-title")), langs.map(column)));
    tickTimers();
  }

  function tickTimers(): void {
    const current = agenda.find((i) => i.started_at && !i.finished_at);
    if (!current) return;
    const left = secondsLeft(current);
    for (const el of timers) {
      el.textContent = clock(left);
      el.classList.toggle("over", left < 0);
    }
  }

  onChanged(() => void load());
  onViewChanged(() => void load());
  onLocaleChange(render);
  window.setInterval(tickTimers, 1000);
  await load();
}
