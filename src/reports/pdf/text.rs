//! Setting text: each character to the font of its script, each run shaped with rustybuzz
//! (Arabic joining and ligatures, Vietnamese marks, kerning), lines ordered by the Unicode
//! bidirectional algorithm so Arabic reads right to left with an English street name inside it
//! still left to right, and lines broken where UAX #14 allows (between words, or between Han
//! characters).

use std::collections::HashMap;
use std::ops::Range;

use printpdf::{Codepoint, Op, PdfDocument, PdfFontHandle, Pt, TextItem, TextMatrix};
use unicode_bidi::ParagraphBidiInfo;
use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::fonts::{Family, FontBook};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    /// Grey level, 0 black to 1 white.
    pub grey: f32,
}

impl Style {
    pub const fn new(size: f32) -> Style {
        Style { size, bold: false, grey: 0.0 }
    }
    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    pub const fn grey(self, grey: f32) -> Style {
        Style { grey, ..self }
    }
    pub fn line_height(&self) -> f32 {
        self.size * 1.4
    }
}

/// A glyph placed on a line, relative to the line's start (left edge, baseline).
struct Placed {
    face: usize,
    gid: u16,
    x: f32,
    y: f32,
    /// The text this glyph stands for, for copying and searching the PDF.
    text: Option<String>,
}

/// One line, shaped and in visual order, ready to be drawn anywhere.
pub struct Line {
    glyphs: Vec<Placed>,
    style: Style,
    pub width: f32,
}

/// What a glyph stands for when the PDF is copied or searched. A lam-alef ligature is one glyph
/// for two letters; mapped to the two letters, poppler (pdftotext, Evince) reverses them inside
/// right-to-left text, so it maps to the Unicode lam-alef presentation form, which search and
/// copy normalise (NFKC) back to the two letters.
fn extraction_text(cluster: &str) -> String {
    match cluster {
        "\u{644}\u{627}" => "\u{FEFB}".into(),
        "\u{644}\u{623}" => "\u{FEF7}".into(),
        "\u{644}\u{625}" => "\u{FEF9}".into(),
        "\u{644}\u{622}" => "\u{FEF5}".into(),
        other => other.to_string(),
    }
}

/// The document being set and the fonts it uses.
pub struct Typesetter {
    pub doc: PdfDocument,
    pub fonts: FontBook,
    /// Widths of words already measured: reports repeat their words (labels, names, tags).
    widths: HashMap<(String, u32, bool), f32>,
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl Typesetter {
    pub fn new(title: &str, locale: &str) -> Typesetter {
        Typesetter { doc: PdfDocument::new(title), fonts: FontBook::new(locale), widths: HashMap::new() }
    }

    /// Splits `text[range]` into runs that one font draws. Characters every font has (spaces,
    /// digits, punctuation) join the run they are in, when that font has them.
    fn runs(&mut self, text: &str, range: Range<usize>, bold: bool) -> Result<Vec<(Range<usize>, usize)>> {
        let mut out: Vec<(Range<usize>, usize)> = vec![];
        let mut current: Option<Family> = None;
        // A neutral at the start takes the family of the first strong character after it.
        let lead = text[range.clone()].chars().find_map(Family::of).unwrap_or(Family::Latin);
        for (i, c) in text[range.clone()].char_indices() {
            let at = range.start + i;
            if is_bidi_control(c) {
                current = None; // the control is dropped; the next character starts a run
                continue;
            }
            let family = match Family::of(c) {
                Some(f) => f,
                None => {
                    let want = current.unwrap_or(lead);
                    let face = self.fonts.face(&mut self.doc, want, bold)?;
                    if want == Family::Latin || face.shaper().glyph_index(c).is_some() {
                        want
                    } else {
                        Family::Latin
                    }
                }
            };
            self.fonts.face(&mut self.doc, family, bold)?;
            let face = self.fonts.index_of(family, bold);
            match out.last_mut() {
                Some((r, f)) if *f == face && r.end == at => r.end = at + c.len_utf8(),
                _ => out.push((at..at + c.len_utf8(), face)),
            }
            current = Some(family);
        }
        Ok(out)
    }

    /// Shapes one run; glyphs come back in visual order with advances in points.
    fn shape_run(
        &self,
        text: &str,
        range: Range<usize>,
        face: usize,
        rtl: bool,
        size: f32,
    ) -> Vec<(Placed, f32)> {
        let f = self.fonts.by_index(face);
        let shaper = f.shaper();
        let scale = size / f.units_per_em;
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(&text[range.clone()]);
        buf.set_cluster_level(rustybuzz::BufferClusterLevel::Characters);
        buf.guess_segment_properties();
        buf.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(shaper, &[], buf);
        let infos = shaped.glyph_infos();
        let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let run = &text[range];
        let mut seen = std::collections::HashSet::new();
        infos
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = starts.iter().copied().find(|s| *s > start).unwrap_or(run.len());
                let text = seen.insert(start).then(|| extraction_text(&run[start..end]));
                let placed = Placed {
                    face,
                    gid: info.glyph_id as u16,
                    x: pos.x_offset as f32 * scale,
                    y: pos.y_offset as f32 * scale,
                    text,
                };
                (placed, pos.x_advance as f32 * scale)
            })
            .collect()
    }

    /// Shapes a line of text: bidi runs in visual order, each split by font and shaped.
    pub fn line(&mut self, text: &str, style: Style) -> Result<Line> {
        let bidi = ParagraphBidiInfo::new(text, None);
        let (levels, runs) = if text.is_empty() { (vec![], vec![]) } else { bidi.visual_runs(0..text.len()) };
        let mut glyphs = vec![];
        let mut pen = 0.0;
        for run in runs {
            let run_rtl = levels[run.start].is_rtl();
            let mut pieces = self.runs(text, run, style.bold)?;
            if run_rtl {
                pieces.reverse();
            }
            for (range, face) in pieces {
                for (mut g, advance) in self.shape_run(text, range, face, run_rtl, style.size) {
                    g.x += pen;
                    pen += advance;
                    glyphs.push(g);
                }
            }
        }
        Ok(Line { glyphs, style, width: pen })
    }

    /// How wide `text` is when set on one line.
    pub fn width(&mut self, text: &str, style: Style) -> Result<f32> {
        let key = (text.to_string(), style.size.to_bits(), style.bold);
        if let Some(w) = self.widths.get(&key) {
            return Ok(*w);
        }
        let mut w = 0.0;
        for (range, face) in self.runs(text, 0..text.len(), style.bold)? {
            w += self.shape_run(text, range, face, false, style.size).iter().map(|(_, a)| a).sum::<f32>();
        }
        self.widths.insert(key, w);
        Ok(w)
    }

    /// Breaks `text` into lines no wider than `max`, where the line-breaking rules allow; a
    /// word wider than a whole line is broken between characters.
    pub fn wrap(&mut self, text: &str, style: Style, max: f32) -> Result<Vec<String>> {
        let mut lines = vec![];
        let mut line = String::new();
        let mut line_w = 0.0;
        let mut last = 0;
        for (at, kind) in linebreaks(text) {
            let piece = &text[last..at];
            last = at;
            let piece_w = self.width(piece, style)?;
            let trimmed_w = self.width(piece.trim_end(), style)?;
            if !line.is_empty() && line_w + trimmed_w > max {
                lines.push(line.trim_end().to_string());
                line.clear();
                line_w = 0.0;
            }
            if trimmed_w > max {
                // One piece wider than the line: break it between characters.
                for c in piece.chars() {
                    let cw = self.width(c.encode_utf8(&mut [0; 4]), style)?;
                    if !line.is_empty() && line_w + cw > max {
                        lines.push(line.trim_end().to_string());
                        line.clear();
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            } else {
                line.push_str(piece);
                line_w += piece_w;
            }
            if kind == BreakOpportunity::Mandatory {
                let done = line.trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}', '\u{0b}', '\u{0c}']);
                lines.push(done.trim_end().to_string());
                line.clear();
                line_w = 0.0;
            }
        }
        if !line.is_empty() {
            lines.push(line.trim_end().to_string());
        }
        // linebreaks() always ends with a mandatory break; text ending in a newline leaves an
        // empty last line, which is not wanted.
        while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        Ok(lines)
    }

    /// Draws a shaped line with its left edge at `x` and its baseline at `y` (points from the
    /// bottom of the page).
    ///
    /// Each run of glyphs in one face on the baseline is one text matrix and one show-text op
    /// whose kern numbers put every glyph where shaping placed it (the viewer advances by the
    /// font's width, `width_em`, and a kern of `k` moves back by `k`/1000 em). One op per glyph
    /// would cost about 400 bytes of memory per character until the document is saved; a run
    /// costs a few dozen bytes per glyph, so a long report's memory stays modest.
    pub fn draw(&self, ops: &mut Vec<Op>, line: &Line, x: f32, y: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let size = line.style.size;
        let g = line.style.grey;
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor { col: printpdf::Color::Greyscale(printpdf::Greyscale::new(g, None)) });
        let mut face = usize::MAX;
        let glyphs = &line.glyphs;
        let mut i = 0;
        while i < glyphs.len() {
            let p = &glyphs[i];
            if p.face != face {
                face = p.face;
                let id = self.fonts.by_index(face).id.clone();
                ops.push(Op::SetFont { font: PdfFontHandle::External(id), size: Pt(size) });
            }
            // A mark raised (or lowered) onto its base letter keeps the line's baseline and
            // moves by text rise instead, so readers that copy text keep it on its line.
            if p.y != 0.0 {
                ops.push(Op::SetLineOffset { multiplier: p.y });
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x + p.x, y]) });
                ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(vec![self.codepoint(p, 0.0)])] });
                ops.push(Op::SetLineOffset { multiplier: 0.0 });
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < glyphs.len() && glyphs[end].face == face && glyphs[end].y == 0.0 {
                end += 1;
            }
            let f = self.fonts.by_index(face);
            let run: Vec<Codepoint> = (i..end)
                .map(|k| {
                    let here = &glyphs[k];
                    let kern = if k + 1 < end {
                        let width_em = f
                            .shaper()
                            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(here.gid))
                            .map(|w| (w as f32 * 1000.0 / f.units_per_em) as i64)
                            .unwrap_or(0) as f32;
                        let dx_em = (glyphs[k + 1].x - here.x) * 1000.0 / size;
                        width_em - dx_em
                    } else {
                        0.0
                    };
                    self.codepoint(here, kern)
                })
                .collect();
            ops.push(Op::SetTextMatrix { matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x + p.x, y]) });
            ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(run)] });
            i = end;
        }
        ops.push(Op::EndTextSection);
    }

    /// A glyph for a show-text op, with the text it stands for (what copying from the PDF
    /// gives back: printpdf builds the font's ToUnicode map from these).
    fn codepoint(&self, p: &Placed, kern: f32) -> Codepoint {
        match &p.text {
            Some(t) => Codepoint::with_cid(p.gid, kern, t.clone()),
            None => Codepoint::new(p.gid, kern),
        }
    }
}
