//! The printable sign-in sheet for the paper fallback: blank, with the session's header, its
//! columns in one or two languages, filling the page.

use super::Report;
use super::writer::{BODY, Column, SECOND};
use crate::error::Result;
use crate::sessions::Session;

const ROW_HEIGHT: f32 = 26.0;

pub(super) fn write(s: &Session, r: &mut Report) -> Result<()> {
    r.w.title(&s.title)?;
    r.w.bilingual(
        &r.l.both(crate::msg!(pdf_kind_signin_sheet)),
        super::writer::HEADING2,
        super::writer::HEADING2,
    )?;
    r.session_header(s)?;
    r.w.space(4.0);
    r.w.bilingual(&r.l.both(crate::msg!(pdf_signin_intro)), BODY, SECOND)?;
    r.w.space(6.0);
    let cols = [
        Column::new(r.l.both(crate::msg!(pdf_signin_name)), 3.0),
        Column::new(r.l.both(crate::msg!(pdf_signin_neighbourhood)), 2.0),
        Column::new(r.l.both(crate::msg!(pdf_signin_language)), 1.6),
        Column::new(r.l.both(crate::msg!(pdf_signin_interpreter)), 1.1),
        Column::new(r.l.both(crate::msg!(pdf_signin_role)), 2.2),
        Column::new(r.l.both(crate::msg!(pdf_signin_contact)), 3.0),
        Column::new(r.l.both(crate::msg!(pdf_signin_consent)), 1.2),
    ];
    let tick = [false, false, false, true, false, false, true];
    r.w.form_rows(&cols, &tick, ROW_HEIGHT)
}
