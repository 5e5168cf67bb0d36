// Pieces several screens share: choice lists in the facilitator's language, language inputs.

import { type AgendaKind, AgendaKindValues, type ConcernStatus, ConcernStatusValues, type Role, RoleValues, type SessionKind, SessionKindValues, TagKind, TagKindValues } from "../api";
import { t } from "../l10n";

// Each list is generated from the Rust enum (bindings.ts), in its declaration order.
export const SESSION_KINDS = SessionKindValues;
export const AGENDA_KINDS = AgendaKindValues;
export const ROLES = RoleValues;
export const STATUSES = ConcernStatusValues;
/** The kinds a person may give a tag (a retired tag is one taken out of the vocabulary). */
export const TAG_KINDS = TagKindValues.filter((k) => k !== TagKind.retired);

export const kindLabel = (k: SessionKind) => t(`session-kind-${k}`);
export const agendaKindLabel = (k: AgendaKind) => t(`agenda-kind-${k}`);
export const roleLabel = (r: Role) => t(`role-${r}`);
export const statusLabel = (s: ConcernStatus) => t(`status-${s}`);

/** "en, es" → ["en", "es"]; the core validates each tag and says which one is wrong. */
export function splitList(s: string): string[] {
  return s
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function orNull(s: string): string | null {
  const v = s.trim();
  return v ? v : null;
}

export function minutes(n: number): string {
  return t("minutes", { n });
}

/** mm:ss, with a sign when over. */
export function clock(totalSeconds: number): string {
  const s = Math.abs(Math.round(totalSeconds));
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `${totalSeconds < 0 ? "−" : ""}${m}:${String(r).padStart(2, "0")}`;
}
