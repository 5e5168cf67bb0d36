//! Page flow for the reports: headings, paragraphs, tables that repeat their header on each
//! page, bar charts and blank form rows. Positions are logical — measured from the start edge
//! of the line — and mirrored for right-to-left documents, so an Arabic report reads from the
//! right: columns, bars and alignment included.

use printpdf::{
    Color, Greyscale, Line as PathLine, LinePoint, Mm, Op, PaintMode, PdfPage, PdfSaveOptions, Point, Pt,
    Rect,
};

use super::text::{Line, Style, Typesetter};
use crate::error::Result;

pub const TITLE: Style = Style::new(20.0).bold();
pub const HEADING: Style = Style::new(14.0).bold();
pub const HEADING2: Style = Style::new(11.5).bold();
pub const BODY: Style = Style::new(10.0);
pub const SMALL: Style = Style::new(8.5).grey(0.35);
pub const SECOND: Style = Style::new(9.5).grey(0.3);
const CELL: Style = Style::new(9.0);
const CELL_HEAD: Style = Style::new(9.0).bold();
const CELL_PAD: f32 = 4.0;

#[derive(Debug, Clone, Copy)]
pub struct Paper {
    pub width: f32,
    pub height: f32,
}

impl Paper {
    pub const LETTER: Paper = Paper { width: 612.0, height: 792.0 };
    pub const A4: Paper = Paper { width: 595.28, height: 841.89 };
}

/// A table column: its heading (in one or two languages), share of the width, and whether its
/// cells align to the end side (numbers).
pub struct Column {
    pub head: Vec<String>,
    pub share: f32,
    pub numeric: bool,
}

impl Column {
    pub fn new(head: Vec<String>, share: f32) -> Column {
        Column { head, share, numeric: false }
    }
    pub fn numeric(head: Vec<String>, share: f32) -> Column {
        Column { head, share, numeric: true }
    }
}

pub struct Writer {
    pub ts: Typesetter,
    paper: Paper,
    margin: f32,
    rtl: bool,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Distance of the cursor from the top edge.
    y: f32,
    /// Text at the head of every page after the first.
    running_head: String,
}

impl Writer {
    pub fn new(ts: Typesetter, paper: Paper, rtl: bool, running_head: String) -> Writer {
        Writer { ts, paper, margin: 48.0, rtl, pages: vec![], ops: vec![], y: 48.0, running_head }
    }

    pub fn width(&self) -> f32 {
        self.paper.width - 2.0 * self.margin
    }

    fn bottom(&self) -> f32 {
        self.paper.height - self.margin - 18.0 // room for the footer
    }

    /// Physical left edge of something `w` wide at logical `x` from the start edge.
    fn phys(&self, x: f32, w: f32) -> f32 {
        if self.rtl { self.paper.width - self.margin - x - w } else { self.margin + x }
    }

    fn pdf_y(&self, from_top: f32) -> f32 {
        self.paper.height - from_top
    }

    pub fn new_page(&mut self) -> Result<()> {
        let ops = std::mem::take(&mut self.ops);
        self.pages.push(ops);
        self.y = self.margin;
        if !self.running_head.is_empty() {
            let head = self.running_head.clone();
            let line = self.ts.line(&head, SMALL)?;
            self.place(&line, 0.0, self.width(), false, self.margin + SMALL.size);
            self.y += SMALL.line_height() + 6.0;
        }
        Ok(())
    }

    /// Starts a new page unless `h` points still fit.
    pub fn need(&mut self, h: f32) -> Result<()> {
        if self.y + h > self.bottom() {
            self.new_page()?;
        }
        Ok(())
    }

    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    /// Draws a shaped line in the box [x, x+w) (logical), at the start side of the box or, for
    /// `end`, at its end side; `baseline` is measured from the top edge.
    fn place(&mut self, line: &Line, x: f32, w: f32, end: bool, baseline: f32) {
        let offset = if end { w - line.width } else { 0.0 };
        let left = self.phys(x + offset, line.width);
        let y = self.pdf_y(baseline);
        self.ts.draw(&mut self.ops, line, left, y);
    }

    /// Wrapped text from logical `x`, `w` wide, flowing onto new pages as needed.
    pub fn text_at(&mut self, text: &str, style: Style, x: f32, w: f32) -> Result<()> {
        for l in self.ts.wrap(text, style, w)? {
            self.need(style.line_height())?;
            let line = self.ts.line(&l, style)?;
            self.place(&line, x, w, false, self.y + style.size);
            self.y += style.line_height();
        }
        Ok(())
    }

    pub fn text(&mut self, text: &str, style: Style) -> Result<()> {
        self.text_at(text, style, 0.0, self.width())
    }

    pub fn title(&mut self, text: &str) -> Result<()> {
        self.text(text, TITLE)?;
        self.space(2.0);
        Ok(())
    }

    /// The same text in the document's language and, beneath it, the second language (in
    /// `second`'s lighter style).
    pub fn bilingual(&mut self, text: &[String], first: Style, second: Style) -> Result<()> {
        for (i, t) in text.iter().enumerate() {
            self.text(t, if i == 0 { first } else { second })?;
        }
        Ok(())
    }

    /// A section heading in one or two languages, kept with at least a few lines of what
    /// follows.
    pub fn heading(&mut self, text: &[String]) -> Result<()> {
        self.need(HEADING.line_height() * 2.0 + 60.0)?;
        self.space(10.0);
        self.bilingual(text, HEADING, HEADING.grey(0.35))?;
        self.rule(0.8, 0.6);
        self.space(4.0);
        Ok(())
    }

    pub fn subheading(&mut self, text: &[String]) -> Result<()> {
        self.need(HEADING2.line_height() * 2.0 + 30.0)?;
        self.space(6.0);
        self.bilingual(text, HEADING2, HEADING2.grey(0.35))?;
        self.space(2.0);
        Ok(())
    }

    /// A bulleted paragraph.
    pub fn bullet(&mut self, text: &str, style: Style) -> Result<()> {
        let indent = 12.0;
        self.need(style.line_height())?;
        let mark = self.ts.line("•", style)?;
        self.place(&mark, 2.0, indent, false, self.y + style.size);
        self.text_at(text, style, indent, self.width() - indent)
    }

    /// A horizontal rule under the cursor.
    pub fn rule(&mut self, thickness: f32, grey: f32) {
        self.y += 3.0;
        let y = self.pdf_y(self.y);
        let (a, b) = (self.margin, self.paper.width - self.margin);
        self.stroke_line(a, y, b, y, thickness, grey);
        self.y += 3.0;
    }

    fn stroke_line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32, grey: f32) {
        self.ops.push(Op::SetOutlineColor { col: Color::Greyscale(Greyscale::new(grey, None)) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        let p = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
        self.ops
            .push(Op::DrawLine { line: PathLine { points: vec![p(x1, y1), p(x2, y2)], is_closed: false } });
    }

    /// A filled (or outlined) box at logical x, `top` from the top edge.
    fn rect(&mut self, x: f32, top: f32, w: f32, h: f32, grey: f32, fill: bool) {
        let left = self.phys(x, w);
        let col = Color::Greyscale(Greyscale::new(grey, None));
        if fill {
            self.ops.push(Op::SetFillColor { col });
        } else {
            self.ops.push(Op::SetOutlineColor { col });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
        }
        let mut r = Rect::from_xywh(Pt(left), Pt(self.pdf_y(top + h)), Pt(w), Pt(h));
        r.mode = Some(if fill { PaintMode::Fill } else { PaintMode::Stroke });
        self.ops.push(Op::DrawRectangle { rectangle: r });
    }

    fn columns_x(&self, cols: &[Column]) -> Vec<(f32, f32)> {
        let total: f32 = cols.iter().map(|c| c.share).sum();
        let mut x = 0.0;
        cols.iter()
            .map(|c| {
                let w = self.width() * c.share / total;
                let at = (x, w);
                x += w;
                at
            })
            .collect()
    }

    fn table_head(&mut self, cols: &[Column], xs: &[(f32, f32)]) -> Result<()> {
        let mut cells = vec![];
        let mut height: f32 = 0.0;
        for (c, (_, w)) in cols.iter().zip(xs) {
            let mut lines = vec![];
            for (i, h) in c.head.iter().enumerate() {
                let style = if i == 0 { CELL_HEAD } else { CELL.grey(0.3) };
                for l in self.ts.wrap(h, style, w - 2.0 * CELL_PAD)? {
                    lines.push((l, style));
                }
            }
            height = height.max(lines.len() as f32 * CELL.line_height());
            cells.push(lines);
        }
        let height = height + 2.0 * CELL_PAD;
        self.need(height + CELL.line_height() * 2.0 + 2.0 * CELL_PAD)?;
        let top = self.y;
        self.rect(0.0, top, self.width(), height, 0.9, true);
        self.draw_cells(cols, xs, cells, top)?;
        self.y += height;
        Ok(())
    }

    /// Draws a row's wrapped cell lines, each column from its start edge, numbers aligned to the
    /// end.
    fn draw_cells(
        &mut self,
        cols: &[Column],
        xs: &[(f32, f32)],
        cells: Vec<Vec<(String, Style)>>,
        top: f32,
    ) -> Result<()> {
        for ((c, (x, w)), lines) in cols.iter().zip(xs).zip(cells) {
            let mut baseline = top + CELL_PAD + CELL.size;
            for (l, style) in lines {
                let line = self.ts.line(&l, style)?;
                self.place(&line, x + CELL_PAD, w - 2.0 * CELL_PAD, c.numeric, baseline);
                baseline += CELL.line_height();
            }
        }
        Ok(())
    }

    /// A table whose header repeats on every page it runs onto. A cell may hold a main text and,
    /// on the lines under it, a second text in grey (an interpretation, say).
    pub fn table(&mut self, cols: &[Column], rows: &[Vec<Cell>]) -> Result<()> {
        let xs = self.columns_x(cols);
        self.table_head(cols, &xs)?;
        for row in rows {
            let mut cells = vec![];
            let mut height: f32 = 0.0;
            for ((cell, (_, w)), c) in row.iter().zip(&xs).zip(cols) {
                let mut lines = vec![];
                let inner = w - 2.0 * CELL_PAD;
                let main = if c.numeric { CELL } else { cell.style.unwrap_or(CELL) };
                for l in self.ts.wrap(&cell.main, main, inner)? {
                    lines.push((l, main));
                }
                for second in &cell.second {
                    for l in self.ts.wrap(second, CELL.grey(0.35), inner)? {
                        lines.push((l, CELL.grey(0.35)));
                    }
                }
                height = height.max(lines.len() as f32 * CELL.line_height());
                cells.push(lines);
            }
            let height = height + 2.0 * CELL_PAD;
            if self.y + height > self.bottom() {
                self.new_page()?;
                self.table_head(cols, &xs)?;
            }
            let top = self.y;
            self.draw_cells(cols, &xs, cells, top)?;
            self.y += height;
            let y = self.pdf_y(self.y);
            let (a, b) = (self.margin, self.paper.width - self.margin);
            self.stroke_line(a, y, b, y, 0.4, 0.75);
        }
        self.space(6.0);
        Ok(())
    }

    /// A horizontal bar chart: a label (wrapped) beside a bar as long as its share of the
    /// largest value, with the number at the bar's end.
    pub fn bars(&mut self, items: &[(String, Option<String>, i64)]) -> Result<()> {
        let max = items.iter().map(|(_, _, v)| *v).max().unwrap_or(0).max(1) as f32;
        let label_w = self.width() * 0.55;
        let bar_x = label_w + 10.0;
        let bar_w = self.width() - bar_x - 30.0;
        for (label, second, value) in items {
            let mut lines = vec![];
            for l in self.ts.wrap(label, CELL, label_w)? {
                lines.push((l, CELL));
            }
            if let Some(s) = second {
                for l in self.ts.wrap(s, CELL.grey(0.35), label_w)? {
                    lines.push((l, CELL.grey(0.35)));
                }
            }
            let height = (lines.len() as f32 * CELL.line_height()).max(14.0) + 6.0;
            self.need(height)?;
            let top = self.y;
            let mut baseline = top + CELL.size + 2.0;
            for (l, style) in lines {
                let line = self.ts.line(&l, style)?;
                self.place(&line, 0.0, label_w, false, baseline);
                baseline += CELL.line_height();
            }
            let len = (bar_w * *value as f32 / max).max(1.0);
            self.rect(bar_x, top + 2.0, len, 10.0, 0.35, true);
            let number = self.ts.line(&value.to_string(), CELL.bold())?;
            self.place(&number, bar_x + len + 4.0, 30.0, false, top + 2.0 + CELL.size);
            self.y += height;
        }
        self.space(6.0);
        Ok(())
    }

    /// Empty rows to write in by hand down to the foot of the page, with a tick box in the
    /// columns that ask for one.
    pub fn form_rows(&mut self, cols: &[Column], tick: &[bool], row_height: f32) -> Result<()> {
        let xs = self.columns_x(cols);
        self.table_head(cols, &xs)?;
        while self.y + row_height <= self.bottom() {
            let top = self.y;
            for (i, (x, w)) in xs.iter().enumerate() {
                if tick.get(i).copied().unwrap_or(false) {
                    let side = 10.0;
                    self.rect(x + (w - side) / 2.0, top + (row_height - side) / 2.0, side, side, 0.2, false);
                }
                // Column separators
                let sx = self.phys(*x, 0.0);
                let (t, b) = (self.pdf_y(top), self.pdf_y(top + row_height));
                self.stroke_line(sx, t, sx, b, 0.4, 0.6);
            }
            let ex = self.phys(self.width(), 0.0);
            let (t, b) = (self.pdf_y(top), self.pdf_y(top + row_height));
            self.stroke_line(ex, t, ex, b, 0.4, 0.6);
            self.y += row_height;
            let y = self.pdf_y(self.y);
            let (a, b) = (self.margin, self.paper.width - self.margin);
            self.stroke_line(a, y, b, y, 0.5, 0.5);
        }
        Ok(())
    }

    /// Lays out the footers ("page 3 of 7") and writes the document.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> String) -> Result<Vec<u8>> {
        let ops = std::mem::take(&mut self.ops);
        self.pages.push(ops);
        let total = self.pages.len();
        let mut pages = std::mem::take(&mut self.pages);
        for (i, ops) in pages.iter_mut().enumerate() {
            let line = self.ts.line(&footer(i + 1, total), SMALL)?;
            let x = (self.paper.width - line.width) / 2.0;
            self.ts.draw(ops, &line, x, self.margin - 18.0);
        }
        let (w, h) = (Mm(self.paper.width * 25.4 / 72.0), Mm(self.paper.height * 25.4 / 72.0));
        let pages = pages.into_iter().map(|ops| PdfPage::new(w, h, ops)).collect();
        let mut warnings = vec![];
        let bytes = self.ts.doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut warnings);
        for w in warnings {
            tracing::debug!(?w, "pdf writer");
        }
        Ok(bytes)
    }
}

/// A table cell: its text, and optionally more beneath it in grey.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub main: String,
    pub second: Vec<String>,
    pub style: Option<Style>,
}

impl From<String> for Cell {
    fn from(main: String) -> Cell {
        Cell { main, ..Default::default() }
    }
}

impl From<&str> for Cell {
    fn from(main: &str) -> Cell {
        Cell { main: main.to_string(), ..Default::default() }
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell { main: n.to_string(), ..Default::default() }
    }
}
