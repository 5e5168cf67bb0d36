// The UI's side of the typed boundary: the generated commands, with every failure shown as the
// core's localised message (the UI never matches on English text, only on `code`).

import { listen } from "@tauri-apps/api/event";
import { commands, events, type Changed, type Entity, type UiError } from "./bindings";
import { h } from "./dom";

export { commands, events };
export * from "./bindings";

export function isUiError(e: unknown): e is UiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

let toastRegion: HTMLElement | null = null;

export function toastHost(): HTMLElement {
  if (!toastRegion) {
    toastRegion = h("div", { class: "toasts", role: "status", "aria-live": "polite" });
    document.body.appendChild(toastRegion);
  }
  return toastRegion;
}

export function showError(e: unknown): void {
  const message = isUiError(e) ? e.message : String(e);
  const code = isUiError(e) ? e.code : "unexpected";
  const el = h("div", { class: "toast error", role: "alert", dataset: { code } }, message);
  toastHost().appendChild(el);
  window.setTimeout(() => el.remove(), 9000);
}

export function showDone(message: string): void {
  // One confirmation at a time: a fast sign-in desk would otherwise stack them up.
  for (const old of toastHost().querySelectorAll(".toast.done")) old.remove();
  const el = h("div", { class: "toast done" }, message);
  toastHost().appendChild(el);
  window.setTimeout(() => el.remove(), 3000);
}

/** Runs a command; on failure shows its message and resolves to undefined. */
export async function run<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    showError(e);
    return undefined;
  }
}

/** Whether a write that changed `changed` (`null`: everything) touched any of `kinds`. */
export function touches(changed: Entity[] | null, ...kinds: Entity[]): boolean {
  return changed === null || kinds.some((k) => changed.includes(k));
}

export function onChanged(fn: (entities: Entity[] | null) => void): void {
  void listen<Changed>(events.changed, (e) => fn(e.payload.entities));
}

export function onViewChanged(fn: () => void): void {
  void listen(events.viewChanged, () => fn());
}

export function onLocaleChanged(fn: (locale: string) => void): void {
  void listen<string>(events.localeChanged, (e) => fn(e.payload));
}
