//! Helpers shared by the workbook tests: cells written as a spreadsheet program would.

#![allow(dead_code)]

use rust_xlsxwriter::Worksheet;

/// Writes `texts` across row `r` as text cells, leaving the empty ones blank.
pub fn row(s: &mut Worksheet, r: u32, texts: &[&str]) {
    for (c, t) in texts.iter().enumerate() {
        if !t.is_empty() {
            s.write_string(r, c as u16, *t).unwrap();
        }
    }
}
