// Reports and export: the PDF reports (session summary, paper sign-in sheet, bilingual
// report-back handout, Community Policing Plan update), CSV tables, and CSV imports of typed-up
// paper sign-in sheets and agenda templates with a row-by-row problem list.

import type { Screen } from "../app";
import { currentSession } from "../app";
import { commands, CsvImportTable, CsvImportTableValues, CsvTable, CsvTableValues, PaperSize, PaperSizeValues, PdfKind, PdfKindValues, run, showDone } from "../api";
import { field, h, options, replace } from "../dom";
import { available, fmtNumber, fromCore, languageName, locale, t } from "../l10n";
import { pathField } from "./files";

const PDF_KINDS = PdfKindValues;
const CSV_TABLES = CsvTableValues;
const IMPORT_TABLES = CsvImportTableValues;
const PDF = [{ name: "PDF", extensions: ["pdf"] }];
const CSV = [{ name: "CSV", extensions: ["csv"] }];

export function reportsScreen(): Screen {
  const sessionId = currentSession()!;
  const pdfResult = h("div", { "aria-live": "polite" });
  const csvResult = h("div", { "aria-live": "polite" });
  const importResult = h("div", { "aria-live": "polite" });
  const languages = () => available().map((l) => [l, `${languageName(l, l)} — ${languageName(l)}`] as [string, string]);

  function written(box: HTMLElement, w: { path: string; bytes: number }): void {
    replace(box, h("p", { class: "result ok", role: "status" }, t("reports-written", { path: w.path, size: fmtNumber(w.bytes) })));
  }

  function pdfForm(): HTMLElement {
    const kind = h("select", { id: "pdf-kind" }, options(PDF_KINDS.map((k) => [k, t(`reports-pdf-${k}`)]), PdfKind.summary));
    const lang = h("select", { id: "pdf-locale" }, options(languages(), locale()));
    const second = h("select", { id: "pdf-second" }, options([["", t("reports-no-second")], ...languages()], ""));
    const paper = h("select", { id: "pdf-paper" }, options(PaperSizeValues.map((p) => [p, t(`reports-paper-${p}`)]), PaperSize.letter));
    const file = pathField(t("reports-file"), "save", "report.pdf", PDF, "pdf-path");
    const help = h("p", { class: "hint" }, t("reports-pdf-help-summary"));
    kind.addEventListener("change", () => (help.textContent = t(`reports-pdf-help-${kind.value as PdfKind}`)));
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "pdf-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const path = file.paths()[0];
          if (!path) return file.input.focus();
          const options = {
            kind: kind.value as PdfKind,
            locale: lang.value,
            second_locale: second.value || null,
            paper: paper.value as PaperSize,
          };
          replace(pdfResult, h("p", { role: "status" }, h("progress", { "aria-label": t("working") }), t("working")));
          const w = await run(commands.reportPdf(sessionId, options, path));
          if (w) written(pdfResult, w);
          else replace(pdfResult);
        },
      },
      h("h2", { id: "pdf-heading" }, t("reports-pdf-heading")),
      field(t("reports-pdf-kind"), kind),
      help,
      field(t("reports-language"), lang),
      field(t("reports-second-language"), second, t("reports-second-language-hint")),
      field(t("reports-paper"), paper),
      file.el,
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("reports-write-pdf"))),
      pdfResult,
    );
  }

  function csvForm(): HTMLElement {
    const table = h("select", { id: "csv-table" }, options(CSV_TABLES.map((k) => [k, t(`reports-table-${k}`)]), CsvTable.concerns));
    const bom = h("input", { type: "checkbox", id: "csv-bom" });
    const personal = h("input", { type: "checkbox", id: "csv-personal" });
    const file = pathField(t("reports-file"), "save", "concerns.csv", CSV, "csv-path");
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "csv-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const path = file.paths()[0];
          if (!path) return file.input.focus();
          const w = await run(commands.exportCsv(sessionId, table.value as CsvTable, bom.checked, personal.checked, path));
          if (w) written(csvResult, w);
        },
      },
      h("h2", { id: "csv-heading" }, t("reports-csv-heading")),
      h("p", { class: "hint" }, t("reports-csv-help")),
      field(t("reports-table"), table),
      h("label", { class: "check" }, bom, t("reports-bom")),
      h("label", { class: "check" }, personal, t("reports-personal")),
      file.el,
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("reports-write-csv"))),
      csvResult,
    );
  }

  function importForm(): HTMLElement {
    const table = h("select", { id: "import-table" }, options(IMPORT_TABLES.map((k) => [k, t(`reports-import-${k}`)]), CsvImportTable.signins));
    const skip = h("input", { type: "checkbox", id: "import-skip" });
    const file = pathField(t("reports-import-file"), "open", "", CSV, "import-path");
    return h(
      "form",
      {
        class: "card form-grid",
        "aria-labelledby": "import-heading",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const path = file.paths()[0];
          if (!path) return file.input.focus();
          const report = await run(commands.importCsv(sessionId, table.value as CsvImportTable, path, skip.checked));
          if (!report) return;
          const problems = report.problems.length
            ? h(
                "div",
                { class: "problems", role: "alert" },
                h("p", null, report.committed ? t("reports-import-skipped", { count: report.skipped }) : t("import-problems", { count: report.problems.length })),
                h("ul", null, report.problems.map((p) => h("li", null, t("import-problem", { line: p.line, column: fromCore(p.heading), message: p.message })))),
              )
            : null;
          replace(
            importResult,
            report.committed ? h("p", { class: "result ok", role: "status" }, t("reports-imported", { count: report.imported })) : null,
            problems,
          );
          if (report.committed) showDone(t("reports-imported", { count: report.imported }));
        },
      },
      h("h2", { id: "import-heading" }, t("reports-import-heading")),
      h("p", { class: "hint" }, t("reports-import-help")),
      field(t("reports-import-table"), table),
      h("label", { class: "check" }, skip, t("reports-skip-invalid")),
      file.el,
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary" }, t("reports-import-go"))),
      importResult,
    );
  }

  return {
    mount(root) {
      replace(root, h("h1", null, t("reports-heading")), pdfForm(), csvForm(), importForm());
    },
  };
}
