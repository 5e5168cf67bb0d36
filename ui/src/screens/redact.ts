// "Remove: names someone" — removing a concern, note or sign-in as personal information. The
// words go from the log too (and from the coordinator and other laptops once the redaction
// reaches them); the confirmation says so, and what it cannot reach: bundles already written.

import { commands, type Redaction, run, showDone } from "../api";
import { h, replace } from "../dom";
import { t } from "../l10n";

/** A small button (labelled `label`) that asks first; `done` runs after the record is gone. */
export function redactControl(redaction: Redaction, done: () => void | Promise<void>, label = t("capture-redact")): HTMLElement {
  const box = h("span", { class: "redact" });
  const ask: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "redact-ask",
      onclick: () => {
        const confirm = h(
          "span",
          { class: "redact-confirm", role: "group", "aria-label": label },
          h("span", { class: "hint" }, t("capture-redact-explain")),
          h(
            "button",
            {
              type: "button",
              class: "danger",
              onclick: async () => {
                const r = await run(commands.redact(redaction));
                if (r) {
                  showDone(r.bundles_before > 0 ? t("capture-redacted-bundles-before", { count: r.bundles_before }) : t("capture-redacted"));
                  await done();
                }
              },
            },
            t("capture-redact-confirm"),
          ),
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                replace(box, ask);
                ask.focus();
              },
            },
            t("capture-redact-cancel"),
          ),
        );
        replace(box, confirm);
        (confirm.querySelector("button.danger") as HTMLButtonElement | null)?.focus();
      },
    },
    label,
  );
  box.append(ask);
  return box;
}
