// Fluent in the UI: the same locales/<locale>/*.ftl files the Rust core reads, bundled at build
// time. The facilitator's language drives the app; the kiosk and the projector ask for others.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import {
  FALLBACK_LOCALE,
  PSEUDO_LOCALE,
  RTL_LANGUAGES,
  type Localized,
  type MessageArgs,
  type MessageId,
} from "./bindings";

export type { Localized, MessageId };

// cli.ftl holds the command line's help and output; the app never shows it.
const sources = import.meta.glob(["../../locales/*/*.ftl", "!../../locales/*/cli.ftl"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const PSEUDO = PSEUDO_LOCALE;
const RTL = new Set(RTL_LANGUAGES);

const bundles = new Map<string, FluentBundle>();

function resourcesFor(locale: string): string[] {
  return Object.entries(sources)
    .filter(([path]) => path.split("/").at(-2) === locale)
    .map(([, text]) => text);
}

const ACCENTS: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i],
  ]),
);

/** Accented and about a third longer, so hard-coded and truncated text stands out. */
export function pseudolocalize(text: string): string {
  const accented = [...text].map((c) => ACCENTS[c] ?? c).join("");
  return accented + "~".repeat(Math.max(1, Math.floor([...text].length / 3)));
}

function bundle(locale: string): FluentBundle {
  let b = bundles.get(locale);
  if (b) return b;
  if (locale === PSEUDO) {
    b = new FluentBundle(FALLBACK_LOCALE, { transform: pseudolocalize, useIsolating: true });
    for (const text of resourcesFor(FALLBACK_LOCALE)) b.addResource(new FluentResource(text));
  } else {
    b = new FluentBundle(locale, { useIsolating: true });
    for (const text of resourcesFor(locale)) b.addResource(new FluentResource(text));
  }
  bundles.set(locale, b);
  return b;
}

export function available(): string[] {
  const set = new Set(Object.keys(sources).map((p) => p.split("/").at(-2)!));
  return [...set].sort();
}

let current = "en";
const listeners: Array<() => void> = [];

export function locale(): string {
  return current;
}

export function setLocale(next: string): void {
  current = next;
  applyDocumentLanguage(document.documentElement, next);
  for (const l of listeners) l();
}

export function onLocaleChange(fn: () => void): void {
  listeners.push(fn);
}

export function dir(loc: string): "rtl" | "ltr" {
  return RTL.has(loc.split("-")[0]) ? "rtl" : "ltr";
}

export function applyDocumentLanguage(el: HTMLElement, loc: string): void {
  el.lang = loc === PSEUDO ? "en" : loc;
  el.dir = dir(loc);
}

/** A message's arguments, as the generated `MessageArgs` types them: none, or exactly its own. */
export type ArgsOf<K extends MessageId> = K extends MessageId
  ? MessageArgs[K] extends undefined
    ? []
    : [MessageArgs[K]]
  : never;

/** A message in a given locale; falls back to English. The generated types make a missing
 * message or a wrong argument a type error; `surface` (which advice a message gives) is the
 * app's. */
export function tl<K extends MessageId>(loc: string, id: K, ...rest: ArgsOf<K>): Localized {
  const args: Record<string, FluentVariable> = { surface: "app", ...(rest[0] as Record<string, FluentVariable>) };
  for (const l of [loc, FALLBACK_LOCALE]) {
    const b = bundle(l);
    const msg = b.getMessage(id);
    if (msg?.value) {
      const errors: Error[] = [];
      const text = b.formatPattern(msg.value, args, errors);
      if (errors.length) console.warn(`l10n ${l}/${id}:`, errors);
      return (l === PSEUDO ? `[${text}]` : text) as Localized;
    }
  }
  console.warn(`l10n: missing message ${id}`);
  return id as string as Localized;
}

/** A message in the facilitator's language. */
export function t<K extends MessageId>(id: K, ...rest: ArgsOf<K>): Localized {
  return tl(current, id, ...rest);
}

/** Whether a string names a message (ids that come from data, such as a conflict's field). */
export function isMessageId(id: string): id is MessageId {
  return has(FALLBACK_LOCALE, id);
}

/** The message a stored id names (a conflict's or a held change's field, from the core's field
 * table, whose every field has its message); an id that names nothing shows as itself, marked. */
export function named(id: string): Localized {
  return isMessageId(id) ? tl(current, id, ...([] as unknown as ArgsOf<typeof id>)) : t("label-unknown", { key: id });
}

/** Text the core already put in the reader's language (a sheet's column heading it named). */
export function fromCore(text: string): Localized {
  return text as Localized;
}

function intlLocale(loc: string): string {
  return loc === PSEUDO ? "en" : loc;
}

export function fmtNumber(n: number, loc = current): string {
  return new Intl.NumberFormat(intlLocale(loc)).format(n);
}

/** Text Intl wrote (a date's month name, "PM") is app text like any other: in the
 * pseudo-locale it is marked as such, so only text the code left untranslated stands out. */
function fromIntl(text: string, loc: string): string {
  return loc === PSEUDO ? `[${pseudolocalize(text)}]` : text;
}

export function fmtDateTime(iso: string | null | undefined, loc = current): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return fromIntl(new Intl.DateTimeFormat(intlLocale(loc), { dateStyle: "medium", timeStyle: "short" }).format(d), loc);
}

export function fmtTime(iso: string | null | undefined, loc = current): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return fromIntl(new Intl.DateTimeFormat(intlLocale(loc), { timeStyle: "short" }).format(d), loc);
}

/** A language's name in the facilitator's language ("Spanish"), or in its own ("Español"). */
export function languageName(code: string | null | undefined, inLocale = current): string {
  if (!code) return "";
  try {
    const names = new Intl.DisplayNames([intlLocale(inLocale)], { type: "language" });
    return fromIntl(names.of(code) ?? code, inLocale);
  } catch {
    return code;
  }
}

export function autonym(code: string): string {
  return languageName(code, code);
}

/** Whether a fluent speaker has reviewed a locale's translation (`locales/<locale>/review.ftl`). */
export function reviewStatus(loc: string): "source" | "proposed" | "reviewed" {
  const msg = bundle(loc === PSEUDO ? FALLBACK_LOCALE : loc).getMessage("locale-review");
  // A plain pattern is stored as a string, a pattern with placeables as a list of parts.
  const raw = msg?.value;
  const value = typeof raw === "string" ? raw.trim() : typeof raw?.[0] === "string" ? raw[0].trim() : "proposed";
  return value === "source" || value === "reviewed" ? value : "proposed";
}

/** The review status in the locale's own words, for a language list. */
export function reviewLabel(loc: string, inLocale = loc): Localized {
  return tl(inLocale, `language-review-${reviewStatus(loc)}`);
}

export function has(loc: string, id: string): boolean {
  return bundle(loc).hasMessage(id);
}
