//! Reports that go back to the community: CSV today; the PDF reports are still to come.

pub mod csv;
