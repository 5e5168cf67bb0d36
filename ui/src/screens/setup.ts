// Set-up: the agenda (drag or Alt+↑/↓ to reorder, minutes against the room booking), breakout
// groups, discussion questions, the session's languages and the tag vocabulary.

import { open } from "@tauri-apps/plugin-dialog";
import type { Screen } from "../app";
import { currentSession } from "../app";
import { type AgendaItem, AgendaKind, commands, Entity, run, type Session, showDone, TagKind, touches } from "../api";
import { field, h, options, replace, userText } from "../dom";
import { fmtNumber, fromCore, languageName, t } from "../l10n";
import { AGENDA_KINDS, TAG_KINDS, agendaKindLabel, orNull, splitList } from "./common";

export function setupScreen(): Screen {
  const sessionId = currentSession()!;
  const agendaList = h("ol", { class: "agenda-list", "aria-describedby": "agenda-help" });
  const total = h("p", { class: "agenda-total", "aria-live": "polite" });
  const groupsList = h("ul", { class: "plain-list" });
  const questionsList = h("ol", { class: "plain-list" });
  const tagsList = h("ul", { class: "tag-list" });
  const languagesBox = h("div");
  let session: Session | null = null;
  let agenda: AgendaItem[] = [];
  let dragging: string | null = null;

  async function move(id: string, to: number): Promise<void> {
    if (to < 1 || to > agenda.length) return;
    const out = await run(commands.moveAgendaItem(id, to));
    if (out) {
      await refreshAgenda();
      agendaList.querySelector<HTMLElement>(`[data-item="${id}"] .handle`)?.focus();
    }
  }

  function itemRow(item: AgendaItem, index: number): HTMLElement {
    const mins = h("input", {
      type: "number",
      min: "1",
      max: "600",
      value: String(item.planned_minutes),
      "aria-label": t("agenda-minutes-for", { title: item.title }),
      onchange: async () => {
        await run(commands.editAgendaItem(item.id, null, Number(mins.value), null, null));
      },
    });
    const handle = h(
      "button",
      {
        class: "handle",
        "aria-label": t("agenda-reorder", { title: item.title, place: index + 1, count: agenda.length }),
        "aria-keyshortcuts": "Alt+ArrowUp Alt+ArrowDown",
        onkeydown: (e: KeyboardEvent) => {
          if (e.altKey && e.key === "ArrowUp") {
            e.preventDefault();
            void move(item.id, index);
          } else if (e.altKey && e.key === "ArrowDown") {
            e.preventDefault();
            void move(item.id, index + 2);
          }
        },
      },
      "⠿",
    );
    const li = h(
      "li",
      {
        draggable: "true",
        dataset: { item: item.id },
        ondragstart: (e: DragEvent) => {
          dragging = item.id;
          e.dataTransfer?.setData("text/plain", item.id);
        },
        ondragover: (e: DragEvent) => e.preventDefault(),
        ondrop: (e: DragEvent) => {
          e.preventDefault();
          if (dragging && dragging !== item.id) void move(dragging, index + 1);
          dragging = null;
        },
      },
      handle,
      h("span", { class: "agenda-title", dir: "auto" }, item.title),
      h("span", { class: "badge" }, agendaKindLabel(item.kind)),
      h("label", { class: "minutes" }, mins, h("span", { "aria-hidden": "true" }, t("minutes-short"))),
      h(
        "button",
        { class: "small", "aria-label": t("agenda-up", { title: item.title }), onclick: () => move(item.id, index) },
        "↑",
      ),
      h(
        "button",
        {
          class: "small",
          "aria-label": t("agenda-down", { title: item.title }),
          onclick: () => move(item.id, index + 2),
        },
        "↓",
      ),
      h(
        "button",
        {
          class: "small danger",
          "aria-label": t("agenda-remove", { title: item.title }),
          onclick: () => run(commands.removeAgendaItem(item.id)),
        },
        "✕",
      ),
    );
    return li;
  }

  async function refreshAgenda(): Promise<void> {
    agenda = (await run(commands.agenda(sessionId))) ?? [];
    session = (await run(commands.session(sessionId))) ?? session;
    replace(agendaList, agenda.map(itemRow));
    const planned = agenda.reduce((n, i) => n + i.planned_minutes, 0);
    const booked = session?.room_minutes ?? null;
    total.classList.toggle("warning", booked !== null && planned > booked);
    replace(
      total,
      booked === null
        ? t("agenda-total", { planned: fmtNumber(planned) })
        : planned > booked
          ? t("agenda-over-booking", { planned: fmtNumber(planned), booked: fmtNumber(booked), over: fmtNumber(planned - booked) })
          : t("agenda-within-booking", { planned: fmtNumber(planned), booked: fmtNumber(booked) }),
    );
  }

  function agendaForm(): HTMLElement {
    const title = h("input", { type: "text", required: true, autocomplete: "off" });
    const mins = h("input", { type: "number", min: "1", max: "600", value: "10", required: true });
    const kind = h("select", null, options(AGENDA_KINDS.map((k) => [k, agendaKindLabel(k)]), AgendaKind.discussion));
    const presenter = h("input", { type: "text" });
    return h(
      "form",
      {
        class: "inline-form",
        "aria-label": t("agenda-add"),
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(
            commands.addAgendaItem(sessionId, {
              title: title.value,
              minutes: Number(mins.value),
              kind: kind.value as AgendaKind,
              presenter: orNull(presenter.value),
            }),
          );
          if (out) {
            title.value = "";
            title.focus();
          }
        },
      },
      field(t("agenda-item-title"), title),
      field(t("agenda-item-minutes"), mins),
      field(t("agenda-item-kind"), kind),
      field(t("agenda-item-presenter"), presenter),
      h("button", { type: "submit", class: "primary" }, t("agenda-add")),
    );
  }

  async function importTemplate(): Promise<void> {
    const path = await open({ multiple: false, filters: [{ name: "CSV", extensions: ["csv"] }] });
    if (typeof path !== "string") return;
    const busy = h("p", { class: "progress", role: "status" }, h("progress", { "aria-label": t("working") }), t("working"));
    total.after(busy);
    const report = await run(commands.importAgendaTemplate(sessionId, path));
    busy.remove();
    if (!report) return;
    if (report.committed) showDone(t("agenda-imported", { count: report.imported }));
    else
      total.after(
        h(
          "div",
          { class: "problems", role: "alert" },
          h("p", null, t("import-problems", { count: report.problems.length })),
          h("ul", null, report.problems.map((p) => h("li", null, t("import-problem", { line: p.line, column: fromCore(p.heading), message: p.message })))),
        ),
      );
  }

  async function refreshGroups(): Promise<void> {
    const groups = (await run(commands.groups(sessionId))) ?? [];
    replace(
      groupsList,
      groups.length
        ? groups.map((g) =>
            h(
              "li",
              { dataset: { group: g.id } },
              h("strong", { dir: "auto" }, g.name),
              g.language ? h("span", { class: "badge" }, languageName(g.language)) : null,
              g.topic ? [" — ", userText(g.topic)] : null,
            ),
          )
        : h("li", { class: "empty" }, t("groups-empty")),
    );
    const questions = (await run(commands.questions(sessionId))) ?? [];
    replace(
      questionsList,
      questions.length
        ? questions.map((q) => h("li", { lang: q.language ?? undefined }, h("span", { dir: "auto" }, q.text), q.language ? h("span", { class: "badge" }, languageName(q.language)) : null))
        : h("li", { class: "empty" }, t("questions-empty")),
    );
  }

  function groupForm(): HTMLElement {
    const name = h("input", { type: "text", required: true, autocomplete: "off" });
    const language = h("input", { type: "text", size: 6 });
    const topic = h("input", { type: "text" });
    const facilitator = h("input", { type: "text" });
    return h(
      "form",
      {
        class: "inline-form",
        "aria-label": t("groups-add"),
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(
            commands.addGroup(sessionId, {
              name: name.value,
              language: orNull(language.value),
              topic: orNull(topic.value),
              facilitator: orNull(facilitator.value),
            }),
          );
          if (out) {
            name.value = "";
            name.focus();
          }
        },
      },
      field(t("group-name"), name),
      field(t("group-language"), language, t("language-code-hint")),
      field(t("group-topic"), topic),
      field(t("group-facilitator"), facilitator),
      h("button", { type: "submit", class: "primary" }, t("groups-add")),
    );
  }

  function questionForm(): HTMLElement {
    const text = h("input", { type: "text", required: true, autocomplete: "off" });
    const language = h("input", { type: "text", size: 6 });
    return h(
      "form",
      {
        class: "inline-form",
        "aria-label": t("questions-add"),
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(commands.addQuestion(sessionId, text.value, orNull(language.value)));
          if (out) {
            text.value = "";
            text.focus();
          }
        },
      },
      field(t("question-text"), text),
      field(t("question-language"), language, t("language-code-hint")),
      h("button", { type: "submit", class: "primary" }, t("questions-add")),
    );
  }

  function renderLanguages(): void {
    if (!session) return;
    const spoken = h("input", { type: "text", value: session.languages.join(", ") });
    const interpreted = h("input", { type: "text", value: session.interpreted.join(", ") });
    const booked = h("input", { type: "number", min: "1", max: "1440", value: session.room_minutes ?? "" });
    replace(
      languagesBox,
      h(
        "form",
        {
          class: "inline-form",
          "aria-label": t("languages-heading"),
          onsubmit: async (e: Event) => {
            e.preventDefault();
            const out = await run(
              commands.editSession(sessionId, {
                languages: splitList(spoken.value),
                interpreted: splitList(interpreted.value),
                room_minutes: booked.value ? Number(booked.value) : null,
              }),
            );
            if (out) showDone(t("saved"));
          },
        },
        field(t("session-languages"), spoken, t("session-languages-hint")),
        field(t("session-interpreted"), interpreted, t("session-languages-hint")),
        field(t("session-room-minutes"), booked),
        h("button", { type: "submit", class: "primary" }, t("save")),
      ),
    );
  }

  async function refreshTags(): Promise<void> {
    const tags = (await run(commands.tags())) ?? [];
    replace(
      tagsList,
      tags
        .filter((tag) => tag.kind !== TagKind.retired)
        .map((tag) =>
          h(
            "li",
            { class: `tag ${tag.kind}` },
            h("span", { dir: "auto" }, `#${tag.slug}`),
            h("span", { class: "tag-label", dir: "auto" }, tag.label),
            tag.pillar ? h("span", { class: "badge", dir: "auto" }, tag.pillar) : null,
            h(
              "button",
              {
                class: "small",
                "aria-label": t("tags-retire", { tag: tag.slug }),
                onclick: () => run(commands.removeTag(tag.slug)),
              },
              "✕",
            ),
          ),
        ),
    );
  }

  function tagForm(): HTMLElement {
    const slug = h("input", { type: "text", required: true, autocomplete: "off" });
    const label = h("input", { type: "text" });
    const kind = h("select", null, options(TAG_KINDS.map((k) => [k, t(`tag-kind-${k}`)]), TagKind.topic));
    const pillar = h("input", { type: "text" });
    return h(
      "form",
      {
        class: "inline-form",
        "aria-label": t("tags-add"),
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(commands.addTag(slug.value, orNull(label.value), kind.value as TagKind, orNull(pillar.value)));
          if (out) {
            slug.value = "";
            label.value = "";
            slug.focus();
          }
        },
      },
      field(t("tag-slug"), slug),
      field(t("tag-label"), label),
      field(t("tag-kind"), kind),
      field(t("tag-pillar"), pillar, t("tag-pillar-hint")),
      h("button", { type: "submit", class: "primary" }, t("tags-add")),
    );
  }

  return {
    async mount(root) {
      replace(
        root,
        h("h1", null, t("setup-heading")),
        h(
          "section",
          { class: "card", "aria-labelledby": "agenda-heading" },
          h("h2", { id: "agenda-heading" }, t("agenda-heading")),
          h("p", { id: "agenda-help", class: "hint" }, t("agenda-help")),
          agendaList,
          total,
          agendaForm(),
          h("button", { onclick: importTemplate }, t("agenda-import-template")),
        ),
        h(
          "div",
          { class: "columns" },
          h(
            "section",
            { class: "card", "aria-labelledby": "groups-heading" },
            h("h2", { id: "groups-heading" }, t("groups-heading")),
            groupsList,
            groupForm(),
            h("h3", null, t("questions-heading")),
            questionsList,
            questionForm(),
          ),
          h(
            "section",
            { class: "card", "aria-labelledby": "languages-heading" },
            h("h2", { id: "languages-heading" }, t("languages-heading")),
            languagesBox,
            h("h2", null, t("tags-heading")),
            tagsList,
            tagForm(),
          ),
        ),
      );
      await refreshAgenda();
      renderLanguages();
      await refreshGroups();
      await refreshTags();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.agenda, Entity.session)) await refreshAgenda();
      if (touches(changed, Entity.session)) renderLanguages();
      if (touches(changed, Entity.group, Entity.question)) await refreshGroups();
      if (touches(changed, Entity.tag)) await refreshTags();
    },
  };
}
