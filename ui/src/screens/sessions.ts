// Sessions: list, create, duplicate from an earlier one, or start from the demo summit.

import type { Screen } from "../app";
import { openSession } from "../app";
import { commands, run, SessionKind, type SessionSummary } from "../api";
import { field, h, options, replace, userText } from "../dom";
import { fmtDateTime, fmtNumber, t } from "../l10n";
import { SESSION_KINDS, kindLabel, orNull, splitList } from "./common";

export function sessionsScreen(): Screen {
  const list = h("div", { class: "session-list" });

  async function refresh(): Promise<void> {
    const sessions = (await run(commands.sessions())) ?? [];
    if (!sessions.length) {
      replace(list, h("p", { class: "empty" }, t("sessions-empty")));
      return;
    }
    replace(
      list,
      h(
        "table",
        { class: "table" },
        h("caption", { class: "sr-only" }, t("sessions-heading")),
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            (["sessions-col-title", "sessions-col-kind", "sessions-col-precinct", "sessions-col-starts", "sessions-col-counts"] as const).map(
              (c) => h("th", { scope: "col" }, t(c)),
            ),
            h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("sessions-col-actions"))),
          ),
        ),
        h("tbody", null, sessions.map(row)),
      ),
    );
  }

  function row(s: SessionSummary): HTMLElement {
    const dupTitle = h("input", { type: "text", value: t("sessions-copy-title", { title: s.title }) });
    const dup = h(
      "form",
      {
        class: "inline",
        hidden: true,
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(commands.duplicateSession(s.id, dupTitle.value, null));
          if (out) await openSession(out.id);
        },
      },
      field(t("sessions-duplicate-title"), dupTitle),
      h("button", { type: "submit" }, t("sessions-duplicate-go")),
    );
    return h(
      "tr",
      { dataset: { session: s.id } },
      h("th", { scope: "row" }, userText(s.title)),
      h("td", null, kindLabel(s.kind)),
      h("td", null, userText(s.precinct)),
      h("td", null, fmtDateTime(s.starts_at)),
      h(
        "td",
        null,
        t("sessions-counts", {
          signins: fmtNumber(s.signins),
          concerns: fmtNumber(s.concerns),
          groups: fmtNumber(s.groups),
        }),
      ),
      h(
        "td",
        { class: "actions" },
        h("button", { class: "primary", onclick: () => openSession(s.id, "run") }, t("sessions-open")),
        h(
          "button",
          {
            onclick: () => {
              dup.hidden = !dup.hidden;
              if (!dup.hidden) dupTitle.focus();
            },
          },
          t("sessions-duplicate"),
        ),
        dup,
      ),
    );
  }

  function createForm(): HTMLElement {
    const title = h("input", { type: "text", required: true, autocomplete: "off" });
    const kind = h("select", null, options(SESSION_KINDS.map((k) => [k, kindLabel(k)]), SessionKind.summit));
    const precinct = h("input", { type: "text" });
    const place = h("input", { type: "text" });
    const starts = h("input", { type: "datetime-local" });
    const room = h("input", { type: "number", min: "1", max: "1440", inputmode: "numeric" });
    const languages = h("input", { type: "text", value: "en" });
    const interpreted = h("input", { type: "text" });
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "new-session-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const out = await run(
            commands.createSession({
              title: title.value,
              kind: kind.value as SessionKind,
              precinct: orNull(precinct.value),
              place: orNull(place.value),
              starts_at: starts.value ? new Date(starts.value).toISOString() : null,
              room_minutes: room.value ? Number(room.value) : null,
              languages: splitList(languages.value),
              interpreted: splitList(interpreted.value),
            }),
          );
          if (out) await openSession(out.id);
        },
      },
      h("h2", { id: "new-session-heading" }, t("sessions-new")),
      field(t("session-title"), title),
      field(t("session-kind"), kind),
      field(t("session-precinct"), precinct),
      field(t("session-place"), place),
      field(t("session-starts"), starts),
      field(t("session-room-minutes"), room, t("session-room-minutes-hint")),
      field(t("session-languages"), languages, t("session-languages-hint")),
      field(t("session-interpreted"), interpreted, t("session-languages-hint")),
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("sessions-create"))),
    );
  }

  return {
    async mount(root) {
      replace(
        root,
        h("h1", null, t("sessions-heading")),
        h(
          "div",
          { class: "toolbar" },
          h(
            "button",
            {
              onclick: async () => {
                const id = await run(commands.createDemo());
                if (id) await openSession(id, "run");
              },
            },
            t("sessions-demo"),
          ),
        ),
        list,
        createForm(),
      );
      await refresh();
    },
    refresh: () => refresh(),
  };
}
