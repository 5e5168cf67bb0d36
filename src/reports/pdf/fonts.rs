//! The fonts a report needs, found on the system and loaded only when its text uses their script:
//! Noto Sans for Latin (with Vietnamese), Greek and Cyrillic; Noto Sans Arabic; Noto Sans
//! Ethiopic; Noto Sans CJK for Han and Hangul. printpdf embeds each one as a subset of the glyphs
//! the report draws.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use printpdf::{FontId, ParsedFont, PdfDocument};

use crate::error::{Error, Result};

/// A script family: which font draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    Latin,
    Arabic,
    Ethiopic,
    Cjk,
}

impl Family {
    /// The family a character needs, or None for characters every font has (spaces, digits,
    /// punctuation), which follow the text around them.
    pub fn of(c: char) -> Option<Family> {
        let u = c as u32;
        match u {
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                // Arabic punctuation and digits are still Arabic: they sit in the Arabic block.
                Some(Family::Arabic)
            }
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Some(Family::Ethiopic),
            0x1100..=0x11FF
            | 0x2E80..=0x2FDF
            | 0x3000..=0x303F
            | 0x3040..=0x30FF
            | 0x3100..=0x31FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7FF
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFFEF
            | 0x20000..=0x3FFFF => Some(Family::Cjk),
            _ if c.is_alphabetic() => Some(Family::Latin),
            _ => None,
        }
    }

    /// The file (and face within it) for this family, and the Debian package that ships it.
    fn file(self, bold: bool, cjk_face: u32) -> (&'static str, u32, &'static str) {
        match (self, bold) {
            (Family::Latin, false) => ("NotoSans-Regular.ttf", 0, "fonts-noto-core"),
            (Family::Latin, true) => ("NotoSans-Bold.ttf", 0, "fonts-noto-core"),
            (Family::Arabic, false) => ("NotoSansArabic-Regular.ttf", 0, "fonts-noto-core"),
            (Family::Arabic, true) => ("NotoSansArabic-Bold.ttf", 0, "fonts-noto-core"),
            (Family::Ethiopic, false) => ("NotoSansEthiopic-Regular.ttf", 0, "fonts-noto-core"),
            (Family::Ethiopic, true) => ("NotoSansEthiopic-Bold.ttf", 0, "fonts-noto-core"),
            (Family::Cjk, false) => ("NotoSansCJK-Regular.ttc", cjk_face, "fonts-noto-cjk"),
            (Family::Cjk, true) => ("NotoSansCJK-Bold.ttc", cjk_face, "fonts-noto-cjk"),
        }
    }
}

/// A font file read and parsed once per process. The few faces a report can use (eight at
/// most) stay loaded for the life of the program, so the second report costs no font parsing.
struct Loaded {
    data: &'static [u8],
    index: u32,
    parsed: ParsedFont,
}

type Cache = Mutex<HashMap<PathBuf, Arc<Loaded>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn load(path: &Path, index: u32) -> Result<Arc<Loaded>> {
    let mut cache = cache().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(l) = cache.get(path) {
        return Ok(l.clone());
    }
    let data = std::fs::read(path)
        .map_err(|e| Error::Io { path: path.display().to_string(), detail: e.to_string() })?;
    let bad = || Error::Malformed {
        path: path.display().to_string(),
        detail: "not a font this report can use".into(),
    };
    rustybuzz::Face::from_slice(&data, index).ok_or_else(bad)?;
    let parsed = ParsedFont::from_bytes(&data, index as usize, &mut Vec::new()).ok_or_else(bad)?;
    // Leaked on purpose: bounded by the handful of font files, and it lets shaping faces
    // borrow the bytes for as long as the program runs.
    let data: &'static [u8] = Box::leak(data.into_boxed_slice());
    let loaded = Arc::new(Loaded { data, index, parsed });
    cache.insert(path.to_path_buf(), loaded.clone());
    Ok(loaded)
}

/// One face of a document: its shaper, its id in the PDF, and its metrics.
pub struct Face {
    pub id: FontId,
    pub units_per_em: f32,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    pub fn shaper(&self) -> &rustybuzz::Face<'static> {
        &self.shaper
    }
}

/// The faces of one document, loaded on first use.
pub struct FontBook {
    dirs: Vec<PathBuf>,
    /// Which face of the CJK collection: Traditional Chinese by default, Korean for Korean
    /// documents (the collections differ in how they draw shared Han characters).
    cjk_face: u32,
    faces: Vec<((Family, bool), Face)>,
}

/// Where fonts are looked for: `CONVENE_FONT_DIR` first, then the usual system folders.
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![];
    if let Some(d) = std::env::var_os("CONVENE_FONT_DIR") {
        dirs.extend(std::env::split_paths(&d));
    }
    for d in [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/noto",
        "/usr/share/fonts/noto",
        "/usr/share/fonts/noto-cjk",
        "/usr/share/fonts/google-noto",
        "/usr/share/fonts/google-noto-cjk",
        "/usr/local/share/fonts",
        "/Library/Fonts",
    ] {
        dirs.push(PathBuf::from(d));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".local/share/fonts"));
        dirs.push(Path::new(&home).join("Library/Fonts"));
    }
    if let Some(windir) = std::env::var_os("WINDIR") {
        dirs.push(Path::new(&windir).join("Fonts"));
    }
    dirs
}

impl FontBook {
    pub fn new(locale: &str) -> FontBook {
        let cjk_face = if locale.starts_with("ko") { 1 } else { 3 };
        FontBook { dirs: font_dirs(), cjk_face, faces: vec![] }
    }

    /// The face for a family, loading it (and adding it to the document) the first time.
    pub fn face(&mut self, doc: &mut PdfDocument, family: Family, bold: bool) -> Result<&Face> {
        if let Some(i) = self.faces.iter().position(|(k, _)| *k == (family, bold)) {
            return Ok(&self.faces[i].1);
        }
        let (file, index, package) = family.file(bold, self.cjk_face);
        let path = self
            .dirs
            .iter()
            .map(|d| d.join(file))
            .find(|p| p.is_file())
            .ok_or_else(|| Error::FontMissing { file: file.to_string(), package: package.to_string() })?;
        let loaded = load(&path, index)?;
        let shaper = rustybuzz::Face::from_slice(loaded.data, loaded.index).expect("checked when loaded");
        let units_per_em = shaper.units_per_em() as f32;
        let id = doc.add_font(&loaded.parsed);
        self.faces.push(((family, bold), Face { id, units_per_em, shaper }));
        Ok(&self.faces.last().expect("just pushed").1)
    }

    /// The position of a loaded face, a small handle for placed glyphs.
    pub fn index_of(&self, family: Family, bold: bool) -> usize {
        self.faces.iter().position(|(k, _)| *k == (family, bold)).expect("loaded before use")
    }

    pub fn by_index(&self, i: usize) -> &Face {
        &self.faces[i].1
    }
}
