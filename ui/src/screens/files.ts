// A file path the person can type (or paste) or pick with the system dialog, or drop on the
// window: every way a kit or bundle on a USB stick reaches Convene.

import { open, save } from "@tauri-apps/plugin-dialog";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { field, h } from "../dom";
import { t } from "../l10n";

export function pathField(
  label: string,
  mode: "open" | "save" | "open-many",
  defaultName: string,
  filters = [{ name: "Convene", extensions: ["convene"] }],
  id?: string,
): { el: HTMLElement; input: HTMLInputElement | HTMLTextAreaElement; paths(): string[] } {
  // The id is set before the label is made, so the label names this control.
  const input =
    mode === "open-many"
      ? h("textarea", { rows: 3, class: "paths", spellcheck: "false", id })
      : h("input", { type: "text", class: "path", spellcheck: "false", autocomplete: "off", id });
  const choose = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        if (mode === "save") {
          const p = await save({ defaultPath: defaultName, filters });
          if (typeof p === "string") input.value = p;
        } else {
          const p = await open({ multiple: mode === "open-many", filters });
          if (Array.isArray(p)) input.value = p.join("\n");
          else if (typeof p === "string") input.value = p;
        }
      },
    },
    t("files-choose"),
  );
  const el = h("div", { class: "path-field" }, field(label, input, mode === "open-many" ? t("files-many-hint") : t("files-hint")), choose);
  return {
    el,
    input,
    paths: () =>
      input.value
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean),
  };
}

/** Calls `fn` with the paths of files dropped on the window while the screen is showing. */
export async function onDrop(fn: (paths: string[]) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((e) => {
    if (e.payload.type === "drop") fn(e.payload.paths.filter((p) => p.endsWith(".convene")));
  });
}

export function progressBar(label: string): { el: HTMLElement; set(done: number, total: number, item?: string | null): void } {
  const bar = h("progress", { max: "1", value: "0", "aria-label": label });
  const text = h("span", { "aria-live": "polite" });
  return {
    el: h("div", { class: "progress", role: "status" }, bar, text),
    set(done, total, item) {
      bar.max = Math.max(1, total);
      bar.value = done;
      text.textContent = t("progress-of", { done, total, item: item?.split("/").at(-1) ?? "" });
    },
  };
}
