//! A wide table a PDF split vertically into two blocks, one under the other: the first block
//! with the indicator, its unit and the first years (`指标  单位  2025年  2026年  2027年`), the
//! second repeating the indicators with the later years and no unit column (`指标  2028年
//! 2029年  2030年  属性`), often after a page break and a `（续）` title:
//!
//! - the second block's first year column comes after the first block's last year, so it is
//!   a goal year of its own, not a base (a base is the year before the goals start);
//! - a row of the second block with no unit takes the unit the first block gave the same
//!   indicator (its name written the same).
//!
//! Any other header met again (the same header after a page break, the next table's) is read
//! as it is.

use super::{Header, name_and_unit, unit_cell_text};
use std::collections::HashMap;

/// The units the rows of a table's first block gave, by indicator name; and whether the
/// block being read is a later block that takes them.
#[derive(Default)]
pub(super) struct Blocks {
    units: HashMap<String, String>,
    carry: bool,
}

impl Blocks {
    /// A header met again inside the table (`next`, after `prev`): a later block of the same
    /// table when its first year comes after `prev`'s last year and no column is titled a
    /// base; then its first year is a goal and its rows take the first block's units.
    pub(super) fn header_again(&mut self, prev: &Header, next: &mut Header) {
        let last = prev
            .goal
            .and_then(|g| g.1)
            .into_iter()
            .chain(prev.more_goals.iter().map(|g| g.1))
            .max();
        let later =
            matches!((next.base, last), (Some((_, Some(first))), Some(last)) if first > last);
        self.carry = later && !next.base_named && next.unit.is_none() && prev.unit.is_some();
        if later && !next.base_named {
            if let Some((b, Some(by))) = next.base.take() {
                next.more_goals.insert(0, (b, by));
            }
        }
    }

    /// A row read (its cells `cs` under `h`): its unit noted while the table has a unit
    /// column; in a later block, the unit the first block gave its name written into its name
    /// cell (`港口货物吞吐量（亿吨）`), when it has none of its own.
    pub(super) fn row(&mut self, h: &Header, cs: &mut [String]) {
        let Some(k) = h.name.filter(|&k| k < cs.len()) else {
            return;
        };
        if let Some(u) = h.unit.filter(|&u| u < cs.len()) {
            let unit = cs[u].trim();
            if unit_cell_text(unit) {
                let (name, _) = name_and_unit(&cs[k]);
                self.units.insert(name, unit.to_string());
            }
            return;
        }
        if !self.carry {
            return;
        }
        let (name, own) = name_and_unit(&cs[k]);
        if own.is_some() {
            return;
        }
        if let Some(unit) = self.units.get(&name) {
            cs[k] = format!("{}（{unit}）", cs[k].trim());
        }
    }
}
