// Fluent in the UI: the same locales/<locale>/*.ftl files the Rust core reads, bundled at build
// time. The facilitator's language drives the app; the kiosk and the projector ask for others.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { FALLBACK_LOCALE, PSEUDO_LOCALE, RTL_LANGUAGES } from "./bindings";

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

type Args = Record<string, FluentVariable>;

/** A message in a given locale; falls back to English, and to the id if even that is missing. */
export function tl(loc: string, id: string, args?: Args): string {
  for (const l of [loc, FALLBACK_LOCALE]) {
    const b = bundle(l);
    const msg = b.getMessage(id);
    if (msg?.value) {
      const errors: Error[] = [];
      const text = b.formatPattern(msg.value, args, errors);
      if (errors.length) console.warn(`l10n ${l}/${id}:`, errors);
      return l === PSEUDO ? `[${text}]` : text;
    }
  }
  console.warn(`l10n: missing message ${id}`);
  return id;
}

/** A message in the facilitator's language. */
export function t(id: string, args?: Args): string {
  return tl(current, id, args);
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

export function has(loc: string, id: string): boolean {
  return bundle(loc).hasMessage(id);
}
