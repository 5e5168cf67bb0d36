// The kiosk attendees use themselves: they pick their language, and the form speaks it. It
// shows no one else's entries, and only the facilitator's PIN closes it.

import { type BallotChoices, BallotKind, commands, type UiErrorCode, type Concern, isUiError, KioskMode, type KioskView, onViewChanged, Role, run } from "../api";
import { field, h, options, replace } from "../dom";
import { applyDocumentLanguage, autonym, reviewLabel, reviewStatus, tl, type ArgsOf, type MessageId } from "../l10n";
import { ROLES, orNull } from "./common";

/** The errors an attendee can cause at the kiosk, each with its own message in their words. */
const KIOSK_ERRORS: Partial<Record<UiErrorCode, MessageId>> = {
  "consent-required": "kiosk-error-consent-required",
  "invalid-zip": "kiosk-error-invalid-zip",
  "invalid-email": "kiosk-error-invalid-email",
  "invalid-phone": "kiosk-error-invalid-phone",
  "empty-ballot": "kiosk-error-empty-ballot",
  "budget-mismatch": "kiosk-error-budget-mismatch",
  "kiosk-pin-wrong": "kiosk-error-kiosk-pin-wrong",
};

export async function startKiosk(root: HTMLElement): Promise<void> {
  let view: KioskView | undefined;
  let lang = "en";
  let resetTimer: number | undefined;
  const tk = <K extends MessageId>(id: K, ...args: ArgsOf<K>) => tl(lang, id, ...args);
  // The core's messages are in the facilitator's language; the attendee gets one in theirs.
  const kioskError = (err: unknown) => {
    const id = isUiError(err) ? KIOSK_ERRORS[err.code] : undefined;
    return id ? tk(id) : tk("kiosk-error-other");
  };

  function frame(...children: (Node | null)[]): void {
    window.clearTimeout(resetTimer);
    applyDocumentLanguage(document.documentElement, lang);
    document.title = tk("kiosk-window-title");
    replace(
      root,
      h(
        "main",
        { class: "kiosk" },
        children,
        h("button", { class: "kiosk-exit", onclick: askPin }, tk("kiosk-facilitator")),
      ),
    );
  }

  function chooseLanguage(): void {
    if (!view) return;
    lang = view.languages[0] ?? "en";
    frame(
      h("h1", null, view.languages.map((l) => tl(l, "kiosk-welcome")).join(" · ")),
      h("p", { class: "kiosk-session" }, view.session_title),
      h(
        "div",
        { class: "language-choices", role: "group", "aria-label": view.languages.map((l) => tl(l, "kiosk-choose-language")).join(" / ") },
        view.languages.map((l) =>
          h(
            "button",
            {
              class: "language-choice",
              lang: l,
              dataset: { lang: l },
              onclick: () => {
                lang = l;
                if (view!.mode === KioskMode.ballot) void ballotForm();
                else signInForm();
              },
            },
            h("span", { class: "language-name" }, autonym(l)),
            reviewStatus(l) === "proposed" ? h("span", { class: "language-review" }, reviewLabel(l)) : null,
          ),
        ),
      ),
    );
    root.querySelector<HTMLButtonElement>(".language-choice")?.focus();
  }

  function thanks(message: string): void {
    frame(h("h1", { role: "status" }, message), h("p", null, tk("kiosk-next-person")));
    resetTimer = window.setTimeout(chooseLanguage, (view?.thanks_seconds ?? 4) * 1000);
  }

  function signInForm(): void {
    const name = h("input", { type: "text", id: "k-name", autocomplete: "off" });
    const neighbourhood = h("input", { type: "text", id: "k-neighbourhood", autocomplete: "off" });
    const zip = h("input", { type: "text", id: "k-zip", inputmode: "numeric", autocomplete: "off" });
    const role = h("select", { id: "k-role" }, options(ROLES.map((r) => [r, tk(`role-${r}`)]), Role.resident));
    const interpreter = h("input", { type: "checkbox", id: "k-interpreter" });
    const email = h("input", { type: "email", id: "k-email", autocomplete: "off" });
    const phone = h("input", { type: "tel", id: "k-phone", autocomplete: "off" });
    const consent = h("input", { type: "checkbox", id: "k-consent" });
    const error = h("p", { class: "kiosk-error", role: "alert" });
    frame(
      h(
        "form",
        {
          class: "kiosk-form",
          "aria-labelledby": "kiosk-form-heading",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            try {
              await commands.kioskSignIn({
                name: orNull(name.value),
                neighbourhood: orNull(neighbourhood.value),
                zip: orNull(zip.value),
                language: lang,
                interpreter: interpreter.checked,
                role: role.value as Role,
                email: orNull(email.value),
                phone: orNull(phone.value),
                consent: consent.checked,
              });
              thanks(tk("kiosk-thanks"));
            } catch (err) {
              replace(error, kioskError(err));
            }
          },
        },
        h("h1", { id: "kiosk-form-heading" }, tk("kiosk-form-heading")),
        h("p", null, tk("kiosk-form-help")),
        field(tk("kiosk-name"), name, tk("kiosk-optional")),
        field(tk("kiosk-neighbourhood"), neighbourhood),
        field(tk("kiosk-zip"), zip),
        field(tk("kiosk-role"), role),
        h("div", { class: "check" }, interpreter, h("label", { for: "k-interpreter" }, tk("kiosk-interpreter"))),
        field(tk("kiosk-email"), email, tk("kiosk-optional")),
        field(tk("kiosk-phone"), phone, tk("kiosk-optional")),
        h("div", { class: "check" }, consent, h("label", { for: "k-consent" }, tk("kiosk-consent"))),
        error,
        h(
          "div",
          { class: "form-actions" },
          h("button", { type: "button", onclick: chooseLanguage }, tk("kiosk-back")),
          h("button", { type: "submit", class: "primary big", id: "k-submit" }, tk("kiosk-submit")),
        ),
      ),
    );
    name.focus();
  }

  async function ballotForm(): Promise<void> {
    const concerns: Concern[] = (await run(commands.kioskConcerns())) ?? [];
    const kind = view?.ballot_kind ?? "rank";
    const budget = view?.budget ?? 10;
    const ranking: string[] = [];
    const points = new Map<string, HTMLInputElement>();
    const error = h("p", { class: "kiosk-error", role: "alert" });
    const status = h("p", { "aria-live": "polite" });
    const list = h("ol", { class: "ballot-list" });
    function renderList(): void {
      replace(
        list,
        concerns.map((c) => {
          const place = ranking.indexOf(c.id);
          if (kind === BallotKind.budget) {
            const input = points.get(c.id) ?? h("input", { type: "number", min: "0", max: String(budget), value: "0", "aria-label": tk("kiosk-points-for", { text: c.text }) });
            points.set(c.id, input);
            return h("li", null, h("span", { lang: c.language ?? undefined, dir: "auto" }, c.text), c.interpretation ? h("span", { class: "interpretation" }, c.interpretation) : null, input);
          }
          return h(
            "li",
            null,
            h(
              "button",
              {
                class: place >= 0 ? "ranked" : "",
                "aria-pressed": String(place >= 0),
                onclick: (e: Event) => {
                  e.preventDefault();
                  if (place >= 0) ranking.splice(place, 1);
                  else ranking.push(c.id);
                  renderList();
                },
              },
              place >= 0 ? h("span", { class: "rank" }, String(place + 1)) : null,
              h("span", { lang: c.language ?? undefined, dir: "auto" }, c.text),
              c.interpretation ? h("span", { class: "interpretation" }, c.interpretation) : null,
            ),
          );
        }),
      );
      replace(status, kind === BallotKind.rank ? tk("kiosk-ranked", { count: ranking.length }) : "");
    }
    renderList();
    frame(
      h(
        "form",
        {
          class: "kiosk-form",
          "aria-labelledby": "kiosk-ballot-heading",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            const choices: BallotChoices =
              kind === BallotKind.budget
                ? {
                    budget: {
                      budget,
                      allocations: [...points.entries()].map(([id, el]) => [id, Number(el.value || 0)] as [string, number]).filter(([, n]) => n > 0),
                    },
                  }
                : kind === BallotKind.dots
                  ? { dots: ranking }
                  : { rank: ranking };
            try {
              await commands.kioskCastBallot(choices);
              thanks(tk("kiosk-ballot-thanks"));
            } catch (err) {
              replace(error, kioskError(err));
            }
          },
        },
        h("h1", { id: "kiosk-ballot-heading" }, tk(kind === BallotKind.budget ? "kiosk-budget-heading" : "kiosk-rank-heading", { budget })),
        h("p", null, tk(kind === BallotKind.budget ? "kiosk-budget-help" : "kiosk-rank-help", { budget })),
        list,
        status,
        error,
        h(
          "div",
          { class: "form-actions" },
          h("button", { type: "button", onclick: chooseLanguage }, tk("kiosk-back")),
          h("button", { type: "submit", class: "primary big" }, tk("kiosk-cast")),
        ),
      ),
    );
  }

  function askPin(): void {
    const pin = h("input", { type: "password", id: "k-pin", inputmode: "numeric", autocomplete: "off" });
    const error = h("p", { class: "kiosk-error", role: "alert" });
    frame(
      h(
        "form",
        {
          class: "kiosk-form",
          "aria-labelledby": "pin-heading",
          onsubmit: async (e: Event) => {
            e.preventDefault();
            try {
              await commands.closeKiosk(pin.value);
            } catch (err) {
              pin.value = "";
              replace(error, kioskError(err));
            }
          },
        },
        h("h1", { id: "pin-heading" }, tk("kiosk-pin-heading")),
        field(tk("kiosk-pin-label"), pin),
        error,
        h("div", { class: "form-actions" }, h("button", { type: "button", onclick: chooseLanguage }, tk("kiosk-back")), h("button", { type: "submit", class: "primary" }, tk("kiosk-unlock"))),
      ),
    );
    pin.focus();
  }

  async function load(): Promise<void> {
    view = await run(commands.kioskView());
    chooseLanguage();
  }
  onViewChanged(() => void load());
  // Nothing typed here may leave by the keyboard shortcuts a browser offers.
  window.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.altKey) && ["w", "q", "r", "l"].includes(e.key.toLowerCase())) e.preventDefault();
  });
  await load();
}
