// Voting: enter counted dots per concern (type a number, Enter), see the tally (dots, ranked
// Borda and instant runoff, budget), and put the results on the projector.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { commands, type Concern, type ConcernScore, Entity, run, showDone, type Tally, touches } from "../api";
import { h, replace } from "../dom";
import { fmtNumber, t } from "../l10n";

export function votingScreen(): Screen {
  const sessionId = currentSession()!;
  const list = h("table", { class: "table dots-table" });
  const tallyBox = h("section", { class: "card", "aria-labelledby": "tally-heading", "aria-live": "polite" });
  let concerns: Concern[] = [];
  let tally: Tally | undefined;

  function scoreList(scores: ConcernScore[]): HTMLElement {
    const max = Math.max(1, ...scores.map((s) => s.score));
    return h(
      "ol",
      { class: "bars" },
      scores.slice(0, 10).map((s) =>
        h(
          "li",
          null,
          h("span", { class: "bar-label", dir: "auto" }, s.text),
          h("span", { class: "bar", style: `inline-size: ${(100 * s.score) / max}%` }),
          h("span", { class: "bar-value" }, fmtNumber(s.score)),
        ),
      ),
    );
  }

  function renderTally(): void {
    if (!tally) return;
    replace(
      tallyBox,
      h("h2", { id: "tally-heading" }, t("voting-tally")),
      h("h3", null, t("voting-dots")),
      tally.dots.length ? scoreList(tally.dots) : h("p", { class: "muted" }, t("none-yet")),
      tally.ranked
        ? [
            h("h3", null, t("voting-ranked", { ballots: tally.ranked.ballots })),
            scoreList(tally.ranked.borda),
            tally.ranked.irv_winner
              ? h("p", null, t("voting-irv-winner", { text: concerns.find((c) => c.id === tally!.ranked!.irv_winner)?.text ?? "" }))
              : null,
          ]
        : null,
      tally.budget ? [h("h3", null, t("voting-budget", { ballots: tally.budget_ballots })), scoreList(tally.budget)] : null,
      h(
        "button",
        {
          class: "primary",
          id: "show-results",
          onclick: async () => {
            const view = await run(commands.projectorView());
            if (!view) return;
            await run(commands.setProjectorView({ ...view, session: sessionId, show_results: true, languages: view.languages.length ? view.languages : ["en"] }));
            await run(commands.openProjector());
          },
        },
        t("voting-show-on-projector"),
      ),
    );
  }

  function row(c: Concern): HTMLElement {
    const dots = tally?.dots.find((d) => d.concern === c.id)?.score ?? 0;
    const input = h("input", {
      type: "number",
      min: "1",
      max: "100000",
      inputmode: "numeric",
      class: "dot-input",
      "aria-label": t("voting-add-dots-for", { text: c.text }),
      dataset: { concern: c.id },
    });
    const add = async () => {
      if (!input.value) return;
      const out = await run(commands.addDotCount(sessionId, c.id, Number(input.value)));
      if (out) {
        input.value = "";
        showDone(t("voting-dots-saved"));
      }
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        void add().then(() => {
          // Move down the list: counting goes card by card.
          const inputs = [...list.querySelectorAll<HTMLInputElement>(".dot-input")];
          inputs[inputs.indexOf(input) + 1]?.focus();
        });
      }
    });
    return h(
      "tr",
      null,
      h("th", { scope: "row", lang: c.language ?? undefined, dir: "auto" }, c.text, c.interpretation ? h("div", { class: "interpretation", dir: "auto" }, c.interpretation) : null),
      h("td", { class: "num" }, fmtNumber(dots)),
      h("td", null, input, h("button", { class: "small", onclick: add }, t("voting-add"))),
    );
  }

  async function refresh(): Promise<void> {
    [concerns, tally] = await Promise.all([
      run(commands.concerns(sessionId, { include_duplicates: false })).then((x) => x ?? []),
      run(commands.tally(sessionId)),
    ]);
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.dataset.concern : undefined;
    replace(
      list,
      h("caption", { class: "sr-only" }, t("voting-dots-heading")),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, t("voting-col-concern")), h("th", { scope: "col" }, t("voting-col-dots")), h("th", { scope: "col" }, t("voting-col-add")))),
      h("tbody", null, concerns.map(row)),
    );
    if (focused) list.querySelector<HTMLInputElement>(`[data-concern="${focused}"]`)?.focus();
    renderTally();
  }

  return {
    async mount(root) {
      replace(
        root,
        h("h1", null, t("voting-heading")),
        h("div", { class: "columns" }, h("section", { class: "card", "aria-labelledby": "dots-heading" }, h("h2", { id: "dots-heading" }, t("voting-dots-heading")), h("p", { class: "hint" }, t("voting-dots-help")), list), tallyBox),
      );
      await refresh();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.concern, Entity.dotCount, Entity.ballot)) await refresh();
    },
  };
}
