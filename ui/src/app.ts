// The facilitator's window: navigation, the open session, and live refresh of whichever screen
// is showing when any window (or the kiosk) writes.

import { commands, type Entity, ErrorCode, isUiError, onChanged, onLocaleChanged, run, type SessionId, showError } from "./api";
import { h, replace } from "./dom";
import { applyDocumentLanguage, setLocale, t, type MessageId } from "./l10n";
import { ROUTES, type Route } from "./routes";
import { actionsScreen } from "./screens/actions";
import { boardScreen } from "./screens/board";
import { coordinatorScreen } from "./screens/coordinator";
import { exchangeScreen } from "./screens/exchange";
import { captureScreen } from "./screens/capture";
import { reportsScreen } from "./screens/reports";
import { runScreen } from "./screens/run";
import { sessionsScreen } from "./screens/sessions";
import { settingsScreen } from "./screens/settings";
import { setupScreen } from "./screens/setup";
import { signinScreen } from "./screens/signin";
import { votingScreen } from "./screens/voting";

export interface Screen {
  /** Builds the screen; forms keep their contents across refreshes. */
  mount(root: HTMLElement): Promise<void> | void;
  /** New data arrived (which kinds changed, or all when null). */
  refresh?(changed: Entity[] | null): Promise<void> | void;
  unmount?(): void;
}

export interface ScreenDef {
  route: Route;
  label: MessageId;
  needsSession: boolean;
  make(): Screen;
}

/** How each route's screen is made: a route in ROUTES without a screen here does not compile. */
const MAKERS: Record<Route, () => Screen> = {
  sessions: sessionsScreen,
  setup: setupScreen,
  run: runScreen,
  signin: signinScreen,
  capture: captureScreen,
  board: boardScreen,
  voting: votingScreen,
  reports: reportsScreen,
  exchange: () => exchangeScreen(takeOpenFile("kit")),
  coordinator: () => coordinatorScreen(takeOpenFile("bundle")),
  actions: actionsScreen,
  settings: settingsScreen,
};

const SCREENS: ScreenDef[] = ROUTES.map((r) => ({ ...r, make: MAKERS[r.route] }));

let session: SessionId | null = localStorage.getItem("convene.session");
/** A `.convene` file the app was opened with, and what it turned out to be. */
let openFile: { path: string; kind: "kit" | "bundle" } | null = null;

function takeOpenFile(kind: "kit" | "bundle"): string | null {
  if (openFile?.kind !== kind) return null;
  const path = openFile.path;
  openFile = null;
  return path;
}
let sessionTitle = "";
let current: { def: ScreenDef; screen: Screen } | null = null;
let shell: { nav: HTMLElement; main: HTMLElement; title: HTMLElement } | null = null;

export function currentSession(): SessionId | null {
  return session;
}

export async function openSession(id: SessionId, route = "setup"): Promise<void> {
  session = id;
  localStorage.setItem("convene.session", id);
  await loadSessionTitle();
  navigate(route);
}

async function loadSessionTitle(): Promise<void> {
  if (!session) {
    sessionTitle = "";
    return;
  }
  try {
    sessionTitle = (await commands.session(session)).title;
  } catch {
    // The remembered session is not in this database (another data folder): start afresh.
    session = null;
    sessionTitle = "";
    localStorage.removeItem("convene.session");
  }
}

export function navigate(route: string): void {
  window.location.hash = `#/${route}`;
}

function routeFromHash(): string {
  return window.location.hash.replace(/^#\//, "").split("?")[0] || "sessions";
}

async function show(): Promise<void> {
  if (!shell) return;
  let def = SCREENS.find((s) => s.route === routeFromHash()) ?? SCREENS[0];
  if (def.needsSession && !session) def = SCREENS[0];
  current?.screen.unmount?.();
  const screen = def.make();
  current = { def, screen };
  renderNav();
  shell.main.replaceChildren();
  shell.main.dataset.screen = def.route;
  await screen.mount(shell.main);
  const heading = shell.main.querySelector("h1");
  if (heading) document.title = `${heading.textContent} — Convene`;
}

function renderNav(): void {
  if (!shell) return;
  replace(shell.title, sessionTitle ? t("header-session", { title: sessionTitle }) : t("header-no-session"));
  replace(
    shell.nav,
    h(
      "ul",
      null,
      SCREENS.map((s, i) =>
        h(
          "li",
          null,
          h(
            "a",
            {
              href: `#/${s.route}`,
              "aria-current": current?.def.route === s.route ? "page" : null,
              "aria-disabled": s.needsSession && !session ? "true" : null,
              "aria-keyshortcuts": i < 9 ? `Alt+${i + 1}` : null,
              dataset: { route: s.route },
            },
            t(s.label),
          ),
        ),
      ),
    ),
  );
}

function build(root: HTMLElement): void {
  const title = h("p", { class: "session-title" });
  const nav = h("nav", { "aria-label": t("nav-label") });
  const main = h("main", { id: "main", tabindex: "-1" });
  replace(
    root,
    h("a", { class: "skip", href: "#main", onclick: (e: Event) => { e.preventDefault(); main.focus(); } }, t("skip-to-content")),
    h("header", { class: "app-header" }, h("span", { class: "brand" }, "Convene"), title),
    h("div", { class: "layout" }, nav, main),
  );
  shell = { nav, main, title };
}

export async function startApp(root: HTMLElement): Promise<void> {
  const info = await run(commands.appInfo());
  setLocale(info?.locale ?? "en");
  const startup = await run(commands.startup());
  if (startup?.session) {
    session = startup.session;
    localStorage.setItem("convene.session", session);
    if (!window.location.hash || window.location.hash === "#/") window.location.hash = "#/run";
  }
  if (startup?.open_file) {
    // Double-clicked in the file manager: a bundle goes to the coordinator's desk, a kit to
    // this laptop's kits and bundles (a kit is the file that is not a bundle).
    const path = startup.open_file;
    const check = await commands.verifyBundle(path).then(
      () => "bundle" as const,
      (e) => (isUiError(e) && e.code === ErrorCode.wrongFileKind ? ("kit" as const) : (showError(e), null)),
    );
    if (check) {
      openFile = { path, kind: check };
      window.location.hash = check === "bundle" ? "#/coordinator" : "#/exchange";
    }
  }
  await loadSessionTitle();
  build(root);
  if (startup?.error) showError(startup.error);
  window.addEventListener("hashchange", () => void show());
  window.addEventListener("keydown", (e) => {
    if (e.altKey && !e.ctrlKey && /^[1-9]$/.test(e.key)) {
      const def = SCREENS[Number(e.key) - 1];
      if (def && (!def.needsSession || session)) {
        e.preventDefault();
        navigate(def.route);
      }
    }
  });
  onChanged((entities) => {
    if (entities === null || entities.includes("session")) void loadSessionTitle().then(renderNav);
    void current?.screen.refresh?.(entities);
  });
  // Another window (or Settings) switched language: re-render everything at once, no restart.
  onLocaleChanged((loc) => {
    setLocale(loc);
    applyDocumentLanguage(document.documentElement, loc);
    build(root);
    void show();
  });
  await show();
}
