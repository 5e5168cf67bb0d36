// Pieces several screens share: choice lists in the facilitator's language, language inputs.

import type { AgendaKind, ConcernStatus, Role, SessionKind, TagKind } from "../api";
import { t } from "../l10n";

export const SESSION_KINDS: SessionKind[] = ["summit", "small-group", "report-back", "workshop"];
export const AGENDA_KINDS: AgendaKind[] = [
  "welcome",
  "presentation",
  "discussion",
  "breakout",
  "report-out",
  "vote",
  "break",
  "closing",
];
export const ROLES: Role[] = ["resident", "business", "organisation", "city-staff", "police"];
export const STATUSES: ConcernStatus[] = [
  "new",
  "under-review",
  "action-planned",
  "in-progress",
  "done",
  "not-pursued",
];
export const TAG_KINDS: TagKind[] = ["pillar", "topic"];

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
