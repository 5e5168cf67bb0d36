// The facilitator window's screens and the windows and forms that are not its routes, as plain
// data: the app builds its navigation from ROUTES, and the end-to-end runner checks that it
// scanned every entry of both lists, so a new screen cannot be left out of the checks.

import type { MessageId } from "./bindings";

export const ROUTES = [
  { route: "sessions", label: "nav-sessions", needsSession: false },
  { route: "setup", label: "nav-setup", needsSession: true },
  { route: "run", label: "nav-run", needsSession: true },
  { route: "signin", label: "nav-signin", needsSession: true },
  { route: "capture", label: "nav-capture", needsSession: true },
  { route: "board", label: "nav-board", needsSession: true },
  { route: "voting", label: "nav-voting", needsSession: true },
  { route: "reports", label: "nav-reports", needsSession: true },
  { route: "exchange", label: "nav-exchange", needsSession: false },
  { route: "coordinator", label: "nav-coordinator", needsSession: false },
  { route: "actions", label: "nav-actions", needsSession: false },
  { route: "settings", label: "nav-settings", needsSession: false },
] as const satisfies ReadonlyArray<{ route: string; label: MessageId; needsSession: boolean }>;

export type Route = (typeof ROUTES)[number]["route"];

/** Windows, and forms inside them, that are not routes of the facilitator's window. */
export const WINDOWS = ["kiosk-sign-in", "kiosk-ballot", "projector"] as const;

export type WindowName = (typeof WINDOWS)[number];
