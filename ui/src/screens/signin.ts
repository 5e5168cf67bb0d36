// The sign-in sheet: fast staff entry (Tab between fields, Enter saves from any of them), a
// likely-duplicate warning, live counts, group suggestions by language, and the kiosk.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { type Attendance, BallotKind, commands, Entity, type Group, KioskMode, KioskModeValues, Role, run, showDone, touches } from "../api";
import { field, h, options, replace, userText } from "../dom";
import { available, fmtNumber, fmtTime, languageName, t } from "../l10n";
import { ROLES, orNull, roleLabel } from "./common";
import { redactControl } from "./redact";

export function signinScreen(): Screen {
  const sessionId = currentSession()!;
  const counts = h("div", { class: "counts", "aria-live": "polite" });
  const recent = h("ol", { class: "plain-list recent", reversed: true });
  const warning = h("div", { class: "warning-box", role: "alert", hidden: true });
  let groups: Group[] = [];
  let confirmDuplicate = false;

  const name = h("input", { type: "text", autocomplete: "off" });
  const neighbourhood = h("input", { type: "text", autocomplete: "off" });
  const zip = h("input", { type: "text", inputmode: "numeric", size: 10, autocomplete: "off" });
  const language = h("input", { type: "text", size: 8, autocomplete: "off" });
  const interpreter = h("input", { type: "checkbox", id: "signin-interpreter" });
  const role = h("select", null, options(ROLES.map((r) => [r, roleLabel(r)]), Role.resident));
  const email = h("input", { type: "email", autocomplete: "off" });
  const phone = h("input", { type: "tel", autocomplete: "off" });
  const consent = h("input", { type: "checkbox", id: "signin-consent" });
  const group = h("select", { id: "signin-group" });
  const suggestion = h("p", { class: "hint", "aria-live": "polite" });

  function renderGroups(selected?: string | null): void {
    replace(group, h("option", { value: "" }, t("signin-no-group")), options(groups.map((g) => [g.id, g.name]), selected ?? group.value, true));
  }

  async function suggest(): Promise<void> {
    const lang = orNull(language.value);
    const id = await run(commands.suggestGroup(sessionId, lang));
    const g = groups.find((x) => x.id === id);
    if (g) {
      renderGroups(g.id);
      replace(suggestion, t("signin-suggested-group", { group: g.name, language: languageName(g.language ?? lang ?? "") }));
    } else replace(suggestion, "");
  }
  language.addEventListener("change", suggest);

  function clear(): void {
    for (const el of [name, neighbourhood, zip, language, email, phone]) el.value = "";
    interpreter.checked = false;
    consent.checked = false;
    role.value = Role.resident;
    group.value = "";
    replace(suggestion, "");
    warning.hidden = true;
    confirmDuplicate = false;
    name.focus();
  }

  async function save(): Promise<void> {
    if (!confirmDuplicate) {
      const dups = (await run(commands.likelyDuplicateSignins(sessionId, orNull(name.value), orNull(email.value), orNull(phone.value)))) ?? [];
      if (dups.length) {
        confirmDuplicate = true;
        warning.hidden = false;
        replace(
          warning,
          t("signin-duplicate-warning", { count: dups.length, time: fmtTime(dups[0].time_in) }),
        );
        name.focus();
        return;
      }
    }
    const out = await run(
      commands.addSignin(sessionId, {
        name: orNull(name.value),
        neighbourhood: orNull(neighbourhood.value),
        zip: orNull(zip.value),
        language: orNull(language.value),
        interpreter: interpreter.checked,
        role: role.value as Role,
        email: orNull(email.value),
        phone: orNull(phone.value),
        consent: consent.checked,
        group: group.value || null,
      }),
    );
    if (out) {
      showDone(t("signin-saved"));
      clear();
    }
  }

  const form = h(
    "form",
    {
      class: "card form-grid signin-form",
      "aria-labelledby": "signin-form-heading",
      onsubmit: (e: Event) => {
        e.preventDefault();
        void save();
      },
      onkeydown: (e: KeyboardEvent) => {
        // Enter saves from any field, checkboxes and the role list included.
        if (e.key === "Enter" && !e.shiftKey && (e.target as HTMLElement).tagName !== "BUTTON") {
          e.preventDefault();
          void save();
        }
      },
    },
    h("h2", { id: "signin-form-heading" }, t("signin-form-heading")),
    h("p", { class: "hint" }, t("signin-form-help")),
    field(t("signin-name"), name, t("signin-name-hint")),
    field(t("signin-neighbourhood"), neighbourhood),
    field(t("signin-zip"), zip),
    field(t("signin-language"), language, t("language-code-hint")),
    h("div", { class: "check" }, interpreter, h("label", { for: "signin-interpreter" }, t("signin-interpreter"))),
    field(t("signin-role"), role),
    field(t("signin-email"), email),
    field(t("signin-phone"), phone),
    h("div", { class: "check" }, consent, h("label", { for: "signin-consent" }, t("signin-consent"))),
    field(t("signin-group"), group),
    suggestion,
    warning,
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("signin-save"))),
  );

  /** Counts by a key; `typed` keys are what people typed (neighbourhoods), shown as such. */
  function countList(title: string, data: Record<string, number>, name: (k: string) => string, typed = false): HTMLElement {
    // The core counts people who did not say under the empty key.
    const label = (k: string) => (k ? name(k) : t("signin-not-given"));
    const entries = Object.entries(data).sort((a, b) => b[1] - a[1]);
    return h(
      "div",
      { class: "count-box" },
      h("h3", null, title),
      entries.length
        ? h("dl", null, entries.map(([k, n]) => [h("dt", { dir: typed && k ? "auto" : null }, label(k)), h("dd", null, fmtNumber(n))]))
        : h("p", { class: "muted" }, t("none-yet")),
    );
  }

  async function refresh(): Promise<void> {
    const a: Attendance | undefined = await run(commands.attendance(sessionId));
    if (a) {
      replace(
        counts,
        h("p", { class: "total" }, t("signin-total", { count: a.total, anonymous: a.anonymous, interpreter: a.interpreter_needed })),
        h(
          "div",
          { class: "count-grid" },
          countList(t("signin-by-language"), a.by_language as Record<string, number>, (k) => languageName(k)),
          countList(t("signin-by-role"), a.by_role as Record<string, number>, (k) => roleLabel(k as Role)),
          countList(t("signin-by-neighbourhood"), a.by_neighbourhood as Record<string, number>, (k) => k, true),
        ),
      );
    }
    const list = (await run(commands.signins(sessionId))) ?? [];
    replace(
      recent,
      list
        .slice(-8)
        .reverse()
        .map((s) =>
          h(
            "li",
            null,
            s.clock_offset_ms !== null ? h("span", { class: "approx", title: t("time-approximate") }, t("time-about", { time: fmtTime(s.time_in) })) : fmtTime(s.time_in),
            " · ",
            s.language ? languageName(s.language) : t("signin-language-unknown"),
            " · ",
            roleLabel(s.role),
            s.group_id ? [" · ", userText(groups.find((g) => g.id === s.group_id)?.name)] : "",
            redactControl({ kind: "signin", id: s.id }, refresh, t("signin-redact")),
          ),
        ),
    );
  }

  function kioskForm(): HTMLElement {
    const langs = available();
    const first = h("select", { id: "kiosk-lang-1" }, options(langs.map((l) => [l, languageName(l)]), "en"));
    const second = h("select", { id: "kiosk-lang-2" }, h("option", { value: "" }, t("projector-no-second")), options(langs.map((l) => [l, languageName(l)]), "es"));
    const third = h("select", { id: "kiosk-lang-3" }, h("option", { value: "" }, t("projector-no-second")), options(langs.map((l) => [l, languageName(l)]), ""));
    const mode = h("select", { id: "kiosk-mode" }, options(KioskModeValues.map((m) => [m, t(`kiosk-mode-${m}`)]), KioskMode.signIn));
    // The kiosk takes the ballots an attendee fills in alone; dots are counted off the chart.
    const kiosked = [BallotKind.rank, BallotKind.budget] as const;
    const kind = h("select", { id: "kiosk-ballot-kind" }, options(kiosked.map((k) => [k, t(`ballot-kind-${k}`)]), BallotKind.rank));
    const budget = h("input", { type: "number", id: "kiosk-budget", min: "1", max: "1000", value: "10" });
    const pin = h("input", { type: "password", id: "kiosk-pin", inputmode: "numeric", autocomplete: "off", minlength: "4", required: true });
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "kiosk-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          await run(
            commands.openKiosk({
              session: sessionId,
              mode: mode.value as KioskMode,
              languages: [first.value, second.value, third.value].filter(Boolean),
              ballot_kind: mode.value === KioskMode.ballot ? (kind.value as BallotKind) : null,
              budget: mode.value === KioskMode.ballot && kind.value === BallotKind.budget ? Number(budget.value) : null,
              pin: pin.value,
            }),
          );
          pin.value = "";
        },
      },
      h("h2", { id: "kiosk-heading" }, t("kiosk-heading")),
      h("p", { class: "hint" }, t("kiosk-help")),
      field(t("kiosk-mode"), mode),
      field(t("kiosk-languages"), first),
      field(t("kiosk-language-2"), second),
      field(t("kiosk-language-3"), third),
      field(t("kiosk-ballot-kind"), kind),
      field(t("kiosk-budget"), budget),
      field(t("kiosk-pin"), pin, t("kiosk-pin-hint")),
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "kiosk-start" }, t("kiosk-start"))),
    );
  }

  return {
    async mount(root) {
      groups = (await run(commands.groups(sessionId))) ?? [];
      renderGroups();
      replace(
        root,
        h("h1", null, t("signin-heading")),
        h(
          "div",
          { class: "columns" },
          form,
          h("div", null, h("section", { class: "card", "aria-labelledby": "counts-heading" }, h("h2", { id: "counts-heading" }, t("signin-counts")), counts, h("h3", null, t("signin-recent")), recent), kioskForm()),
        ),
      );
      await refresh();
      name.focus();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.group)) {
        groups = (await run(commands.groups(sessionId))) ?? [];
        renderGroups();
      }
      if (touches(changed, Entity.signin)) await refresh();
    },
  };
}
