//! An item laid out as labelled lines, as a city's 民生实事项目 list publishes it (round 16 E):
//!
//! ```text
//!     二、改造城镇老旧小区
//!     建设内容：对…老旧小区实施改造…
//!     目标：全年开工改造城镇老旧小区120个，加装电梯200部…
//!     责任单位：市住房城乡建设局
//!     完成时限：2028年11月底
//! ```
//!
//! A line opening with a title of units (`责任单位：`, `牵头单位：`) or of a deadline
//! (`完成时限：`, `完成时间：`, `时间节点：`) is a field of the item under its heading: it names
//! the owners and the deadline of every figure of the item (before or after it), as a task
//! table's 责任单位 and 完成时限 cells do for their row. A figure with a date of its own
//! (`6月底前完成…招标`) keeps it.

use super::draft::Proposal;
use super::items::{OWNER_TITLES, owner_note};
use super::within::{self, Part};
use super::{Date, Field, Measure};

/// Titles of a line naming an item's deadline.
const DUE_TITLES: &[&str] = &[
    "完成时限",
    "完成时间",
    "完成期限",
    "时间节点",
    "时限要求",
    "时间要求",
];

/// The longest field line read, in characters (a line of units or a date, not a paragraph).
pub(crate) const MAX_FIELD: usize = 60;

/// A labelled line of an item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ItemField {
    /// `责任单位：市卫生健康委，各区人民政府`: the lead unit first.
    Owners(Vec<String>),
    /// `完成时限：2028年11月底`.
    Due(Part),
}

/// The space around a field line (`field_line`, `field_prefix`): any white space, the
/// ideographic space and the paragraph separator.
fn field_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{2029}'
}

/// The field a line states, when it is one: a title at the line's start, `：`, and units or a
/// date (nothing else after the date).
pub(crate) fn field_line(line: &str) -> Option<ItemField> {
    let line = line
        .trim_matches(field_space)
        .trim_end_matches(['。', '；', ';', '，', ',']);
    if line.chars().count() > MAX_FIELD {
        return None;
    }
    if OWNER_TITLES.iter().any(|(t, _)| titled(line, t).is_some()) {
        // (`市教育局（牵头），市发展改革委`: the mark names the lead unit, already first.)
        let units = line.replace("（牵头）", "").replace("(牵头)", "");
        return owner_note(&format!("（{units}）")).map(ItemField::Owners);
    }
    let rest = DUE_TITLES.iter().find_map(|t| titled(line, t))?;
    within::due_cell(rest)
        .or_else(|| within::due_cell(without_remark(rest)?))
        .map(ItemField::Due)
}

/// A date cell without the remark in brackets closing it (`2029年8月底前（秋季开学前投入使用）`
/// → `2029年8月底前`), when there is a date before the remark.
fn without_remark(rest: &str) -> Option<&str> {
    let inner = rest.strip_suffix('）').or_else(|| rest.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    Some(inner[..open].trim()).filter(|d| !d.is_empty())
}

/// Where the field opening a line ends when a clause of its own follows it after a comma
/// (`完成时限：2029年12月底前，其中…6月底前完成5000个`): the byte just past the comma. The
/// clause after it is a figure of the same item, dated by its own words.
pub(crate) fn field_prefix(line: &str) -> Option<usize> {
    // (The lead trimmed as `field_line` trims it: any space, `\u{2029}` too; review 23.)
    let lead = line.len() - line.trim_start_matches(field_space).len();
    // (A cheap test first: only a line opening with a deadline's title is searched.)
    if !DUE_TITLES.iter().any(|t| line[lead..].starts_with(t)) {
        return None;
    }
    let comma = line[lead..].find(['，', ','])? + lead;
    let head = &line[lead..comma];
    if head.chars().count() > MAX_FIELD || !DUE_TITLES.iter().any(|t| titled(head, t).is_some()) {
        return None;
    }
    field_line(head)?;
    let after = comma + line[comma..].chars().next()?.len_utf8();
    (!line[after..].trim().is_empty()).then_some(after)
}

/// The text after `title` and its colon, when `line` opens with them.
fn titled<'a>(line: &'a str, title: &str) -> Option<&'a str> {
    let rest = line
        .strip_prefix(title)?
        .trim_start_matches([' ', '\u{3000}']);
    let rest = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))?;
    Some(rest.trim())
}

/// The fields of the item being read, applied to its figures when the item ends.
#[derive(Debug, Default)]
pub(crate) struct ItemFields {
    owners: Option<Vec<String>>,
    due: Option<Part>,
    year: Option<i32>,
}

impl ItemFields {
    /// Are fields waiting for their item's figures?
    pub(crate) fn pending(&self) -> bool {
        self.owners.is_some() || self.due.is_some()
    }

    /// Note a field of the item, read in a text (or section) of `year`.
    pub(crate) fn add(&mut self, f: ItemField, year: Option<i32>) {
        self.year = self.year.or(year);
        match f {
            ItemField::Owners(u) => {
                self.owners.get_or_insert(u);
            }
            ItemField::Due(p) => {
                self.due.get_or_insert(p);
            }
        }
    }

    /// Give the item's figures (`props[from..]`) its owners and deadline, in the text's year
    /// when the line names none, and forget them.
    pub(crate) fn apply(&mut self, props: &mut [Proposal], from: usize) {
        let from = from.min(props.len());
        let props = &mut props[from..];
        let year = self.year.take();
        let owners = self.owners.take();
        let due = self.due.take().and_then(|p| {
            let mut notes = Vec::new();
            within::resolve(p, year, &mut notes).1
        });
        for p in props.iter_mut() {
            if let Some(u) = &owners {
                if p.owners.is_empty() {
                    p.owners = u.clone();
                }
            }
            if let Some(d) = due {
                if takes_due(p, d) {
                    let old = p.deadline.is_some_and(|o| o.year + 2 <= d.year);
                    p.deadline = Some(d);
                    if old || p.start.is_none_or(|s| s > d) {
                        p.start = Date::new(d.year, 1, 1);
                    }
                    p.reviews
                        .retain(|r| !matches!(r.field, Field::Deadline | Field::Start));
                    p.review(
                        Field::Deadline,
                        format!("the item's 完成时限 line: due {d}"),
                    );
                }
            }
        }
    }
}

/// Does a figure take its item's deadline `d`: it has none, or only the end of `d`'s year
/// (the year the text is about, or 全年), not a month of its own?
fn takes_due(p: &Proposal, d: Date) -> bool {
    match p.deadline {
        None => true,
        Some(own) if own.year == d.year => own.month == 12 && own.day == 31,
        // (A date two years or more before the item's describes what the figure applies to:
        // `开工改造2000年底前建成的老旧小区120个`.)
        // (A milestone so dated is no promise: dropped later, `mod.rs`.)
        Some(own) => {
            own.year + 2 <= d.year
                && p.measure != Measure::Milestone
                && super::dated::describes_object(&p.quote, own.year)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labelled_lines() {
        assert_eq!(
            field_line("    责任单位：市卫生健康委，各区人民政府"),
            Some(ItemField::Owners(vec![
                "市卫生健康委".into(),
                "各区人民政府".into()
            ]))
        );
        assert!(matches!(
            field_line("完成时限：2028年11月底"),
            Some(ItemField::Due(Part { last: 11, .. }))
        ));
        assert_eq!(
            field_line("责任单位：市教育局（牵头），市发展改革委、市住房城乡建设局"),
            Some(ItemField::Owners(vec![
                "市教育局".into(),
                "市发展改革委".into(),
                "市住房城乡建设局".into()
            ]))
        );
        assert_eq!(field_line("建设内容：新增托位1500个"), None);
        assert_eq!(field_line("完成时限：新增托位1500个，年底前完成"), None);
        assert!(matches!(
            field_line("完成时限：2029年8月底前（秋季开学前投入使用）"),
            Some(ItemField::Due(Part { last: 8, .. }))
        ));
        assert_eq!(field_line("完成时限：（秋季开学前）"), None);
        let line = "　　完成时限：2029年12月底前，其中新增泊位6月底前完成5000个";
        let at = field_prefix(line).expect("a field before a clause");
        assert_eq!(&line[at..], "其中新增泊位6月底前完成5000个");
        assert_eq!(field_prefix("完成时限：新增托位1500个，年底前完成"), None);
        assert_eq!(field_prefix("完成时限：2029年12月底前，"), None);
        // Led by a no-break space: a field for both readers (review 23).
        let line = "\u{a0}完成时限：2029年12月底前，其中新增泊位6月底前完成5000个";
        assert!(field_line(&line[..line.find('，').unwrap_or(0)]).is_some());
        assert!(field_prefix(line).is_some());
    }
}
