// Breakout capture for note-takers: type a concern, Enter saves it. `#tag` adds tags (with
// autocomplete from the vocabulary). Alt+1…9 picks the group, Ctrl+1…6 sets the status of the
// last capture, Ctrl+Z undoes the last action. A capture shows as saved only once it is durable.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { commands, type Concern, type ConcernStatus, Entity, type Group, run, type Tag, TagKind, touches } from "../api";
import { field, h, options, replace } from "../dom";
import { t } from "../l10n";
import { STATUSES, orNull, statusLabel } from "./common";
import { redactControl } from "./redact";

interface Undo {
  label: string;
  undo: () => Promise<unknown>;
}

export function captureScreen(): Screen {
  const sessionId = currentSession()!;
  let groups: Group[] = [];
  let tags: Tag[] = [];
  let groupId: string | null = localStorage.getItem(`convene.capture-group.${sessionId}`);
  let last: Concern | null = null;
  let undo: Undo | null = null;

  const groupSelect = h("select", { id: "capture-group" });
  const text = h("input", {
    type: "text",
    id: "capture-text",
    autocomplete: "off",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "tag-suggestions",
  });
  const language = h("input", { type: "text", id: "capture-language", size: 6 });
  const interpretation = h("input", { type: "text", id: "capture-interpretation", autocomplete: "off" });
  const suggestions = h("ul", { id: "tag-suggestions", role: "listbox", class: "suggestions", hidden: true });
  const captured = h("ol", { class: "captures", reversed: true, "aria-live": "polite" });
  const undoButton = h("button", { id: "undo", disabled: true, "aria-keyshortcuts": "Control+Z", onclick: () => doUndo() });
  let suggestionIndex = 0;

  function renderGroups(): void {
    replace(
      groupSelect,
      h("option", { value: "" }, t("capture-no-group")),
      options(groups.map((g, i) => [g.id, i < 9 ? `${i + 1}. ${g.name}` : g.name]), groupId, true),
    );
  }
  groupSelect.addEventListener("change", () => setGroup(groupSelect.value || null));

  function setGroup(id: string | null): void {
    groupId = id;
    groupSelect.value = id ?? "";
    if (id) localStorage.setItem(`convene.capture-group.${sessionId}`, id);
    const g = groups.find((x) => x.id === id);
    // A group works in its own language: captures default to it.
    if (g?.language) language.value = g.language;
    void refreshList();
  }

  function setUndo(u: Undo | null): void {
    undo = u;
    undoButton.disabled = !u;
    replace(undoButton, u ? t("capture-undo-what", { what: u.label }) : t("capture-undo"));
  }

  async function doUndo(): Promise<void> {
    if (!undo) return;
    const u = undo;
    setUndo(null);
    await run(u.undo());
  }

  // ---- #tag autocomplete ----
  function currentTagPrefix(): string | null {
    const upto = text.value.slice(0, text.selectionStart ?? text.value.length);
    const m = /#([\p{L}\p{N}-]*)$/u.exec(upto);
    return m ? m[1].toLowerCase() : null;
  }

  function updateSuggestions(): void {
    const prefix = currentTagPrefix();
    const matches = prefix === null ? [] : tags.filter((tg) => tg.kind !== TagKind.retired && tg.slug.startsWith(prefix)).slice(0, 8);
    suggestions.hidden = matches.length === 0;
    text.setAttribute("aria-expanded", String(!suggestions.hidden));
    suggestionIndex = Math.min(suggestionIndex, Math.max(0, matches.length - 1));
    replace(
      suggestions,
      matches.map((tg, i) =>
        h(
          "li",
          {
            role: "option",
            id: `tag-opt-${i}`,
            "aria-selected": String(i === suggestionIndex),
            onmousedown: (e: Event) => {
              e.preventDefault();
              completeTag(tg.slug);
            },
          },
          `#${tg.slug}`,
          h("span", { class: "muted", dir: "auto" }, ` ${tg.label}`),
        ),
      ),
    );
    if (matches.length) text.setAttribute("aria-activedescendant", `tag-opt-${suggestionIndex}`);
    else text.removeAttribute("aria-activedescendant");
  }

  function completeTag(slug: string): void {
    const pos = text.selectionStart ?? text.value.length;
    const before = text.value.slice(0, pos).replace(/#([\p{L}\p{N}-]*)$/u, `#${slug} `);
    text.value = before + text.value.slice(pos);
    text.setSelectionRange(before.length, before.length);
    suggestionIndex = 0;
    updateSuggestions();
  }

  text.addEventListener("input", () => {
    suggestionIndex = 0;
    updateSuggestions();
  });
  text.addEventListener("blur", () => {
    suggestions.hidden = true;
    text.setAttribute("aria-expanded", "false");
  });

  text.addEventListener("keydown", (e) => {
    const open = !suggestions.hidden;
    const count = suggestions.children.length;
    if (open && e.key === "ArrowDown") {
      e.preventDefault();
      suggestionIndex = (suggestionIndex + 1) % count;
      updateSuggestions();
    } else if (open && e.key === "ArrowUp") {
      e.preventDefault();
      suggestionIndex = (suggestionIndex + count - 1) % count;
      updateSuggestions();
    } else if (open && e.key === "Tab") {
      e.preventDefault();
      const opt = suggestions.children[suggestionIndex]?.textContent?.split(" ")[0]?.slice(1);
      if (opt) completeTag(opt);
    } else if (open && e.key === "Escape") {
      suggestions.hidden = true;
    }
  });

  // ---- capture ----
  async function capture(): Promise<void> {
    const value = text.value.trim();
    if (!value) return;
    const pending = h("li", { class: "capture pending", "aria-busy": "true" }, h("span", { class: "state" }, t("capture-saving")), h("span", { dir: "auto" }, value));
    captured.prepend(pending);
    text.value = "";
    const interp = orNull(interpretation.value);
    interpretation.value = "";
    updateSuggestions();
    const out = await run(
      commands.addConcern(sessionId, {
        text: value,
        language: orNull(language.value),
        interpretation: interp,
        group: groupId,
        tags: [],
      }),
    );
    if (!out) {
      // Not saved: put the words back so nothing typed is lost.
      pending.remove();
      text.value = value;
      interpretation.value = interp ?? "";
      text.focus();
      return;
    }
    last = (await run(commands.concern(out.id))) ?? null;
    const id = out.id;
    setUndo({ label: t("capture-undo-add"), undo: () => commands.deleteConcern(id) });
    await refreshList();
    text.focus();
  }

  async function setStatus(status: ConcernStatus): Promise<void> {
    if (!last) return;
    const before = last.status;
    const id = last.id;
    const out = await run(commands.setConcernStatus(id, status));
    if (out) {
      last = { ...last, status };
      setUndo({ label: t("capture-undo-status"), undo: () => commands.setConcernStatus(id, before) });
    }
  }

  function onKey(e: KeyboardEvent): void {
    if (e.altKey && !e.ctrlKey && /^[1-9]$/.test(e.key) && groups[Number(e.key) - 1]) {
      // Alt+digit picks a group here (it navigates screens elsewhere).
      e.preventDefault();
      e.stopImmediatePropagation();
      setGroup(groups[Number(e.key) - 1].id);
      text.focus();
    } else if (e.ctrlKey && /^[1-6]$/.test(e.key)) {
      e.preventDefault();
      void setStatus(STATUSES[Number(e.key) - 1]);
    } else if (e.ctrlKey && e.key.toLowerCase() === "z" && (e.target as HTMLElement).tagName !== "INPUT") {
      e.preventDefault();
      void doUndo();
    } else if (e.ctrlKey && e.key.toLowerCase() === "z" && e.target === text && !text.value) {
      e.preventDefault();
      void doUndo();
    }
  }

  async function refreshList(): Promise<void> {
    const list = (await run(commands.concerns(sessionId, { group: groupId, include_duplicates: false }))) ?? [];
    // After an undone capture, the quick keys act on the newest one still there.
    if (!last || !list.some((c) => c.id === last!.id)) last = list.at(-1) ?? null;
    replace(
      captured,
      list
        .slice(-15)
        .reverse()
        .map((c) =>
          h(
            "li",
            { class: "capture saved", dataset: { concern: c.id } },
            h("span", { class: "state", "aria-label": t("capture-saved") }, "✓"),
            h("span", { lang: c.language ?? undefined, dir: "auto" }, c.text),
            c.interpretation ? h("span", { class: "interpretation", dir: "auto" }, c.interpretation) : null,
            c.tags.map((tg) => h("span", { class: "tag-chip", dir: "auto" }, `#${tg}`)),
            h("span", { class: `status status-${c.status}` }, statusLabel(c.status)),
            redactControl({ kind: "concern", id: c.id }, async () => {
              if (last?.id === c.id) last = null;
              setUndo(null);
              await refreshList();
              text.focus();
            }),
          ),
        ),
    );
    replace(countLine, t("capture-count", { count: list.length }));
  }
  const countLine = h("p", { class: "hint", "aria-live": "polite" });


  return {
    async mount(root) {
      groups = (await run(commands.groups(sessionId))) ?? [];
      tags = (await run(commands.tags())) ?? [];
      if (groupId && !groups.some((g) => g.id === groupId)) groupId = null;
      renderGroups();
      setUndo(null);
      const form = h(
        "form",
        {
          class: "card capture-form",
          "aria-labelledby": "capture-form-heading",
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (!suggestions.hidden && suggestions.children.length) {
              const opt = suggestions.children[suggestionIndex]?.textContent?.split(" ")[0]?.slice(1);
              if (opt) return completeTag(opt);
            }
            void capture();
          },
        },
        h("h2", { id: "capture-form-heading", class: "sr-only" }, t("capture-form-heading")),
        field(t("capture-group"), groupSelect, t("capture-group-hint")),
        h("div", { class: "field wide" }, h("label", { for: "capture-text" }, t("capture-text")), text, suggestions, h("small", { class: "hint" }, t("capture-text-hint"))),
        field(t("capture-language"), language, t("language-code-hint")),
        field(t("capture-interpretation"), interpretation, t("capture-interpretation-hint")),
        h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("capture-save")), undoButton),
        h(
          "p",
          { class: "hint" },
          t("capture-quick-keys"),
          " ",
          STATUSES.map((s, i) => h("kbd", null, t("capture-quick-status", { n: i + 1, status: statusLabel(s) }))),
        ),
      );
      replace(
        root,
        h("h1", null, t("capture-heading")),
        form,
        h("section", { class: "card", "aria-labelledby": "captures-heading" }, h("h2", { id: "captures-heading" }, t("capture-recent")), countLine, captured),
      );
      if (groupId) setGroup(groupId);
      else await refreshList();
      window.addEventListener("keydown", onKey, true);
      text.focus();
    },
    async refresh(changed: Entity[] | null) {
      if (touches(changed, Entity.group)) {
        groups = (await run(commands.groups(sessionId))) ?? [];
        renderGroups();
      }
      if (touches(changed, Entity.tag)) tags = (await run(commands.tags())) ?? [];
      if (touches(changed, Entity.concern)) await refreshList();
    },
    unmount() {
      window.removeEventListener("keydown", onKey, true);
    },
  };
}

