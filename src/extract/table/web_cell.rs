//! A cell of a table copied from a web page whose HTML markup was kept by the copy (a page
//! converted to Markdown keeps each `<td>`'s line breaks as `<br>` and its blank cells as
//! `&nbsp;`): `| 政务服务事项<br>全程网办率 | % | 72 |`, `| 2027年<br>目标 |`, `| &nbsp; |`.
//!
//! - A line break (`<br>`, `<br/>`, `<br />`, any case) is a cell wrapped over lines, as in a
//!   PDF copy: its pieces join with nothing (`2027年目标`, `政务服务事项全程网办率`), except
//!   between two units, one per line (`市政务服务和数据管理局<br>市公安局`: the piece before
//!   ends as a unit's name does, 局 / 委 / 办 / 部 / 中心 …, and the piece after opens with a
//!   level, 市 / 区 / 县 …), which join with `、`, as a list of owners is written.
//! - The entities such a copy leaves (`&nbsp;`, `&lt;`, `&gt;`, `&le;`, `&ge;`, `&amp;`) are
//!   the characters they stand for; a no-break space is a space, so a cell of `&nbsp;` alone
//!   is blank.

/// `cell` with its HTML line breaks and entities read (borrowed back when it holds none).
pub(super) fn clean(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.contains(['<', '&']) {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(n) = line_break(tail) {
            let after = tail[n..].trim_start();
            out.truncate(out.trim_end().len());
            if ends_unit(&out) && opens_unit(after) {
                out.push('、');
            }
            rest = after;
        } else if let Some((c, n)) = entity(tail) {
            out.push_str(c);
            rest = &tail[n..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out.trim().to_string())
}

/// The length of an HTML line break opening `t` (`<br>`, `<br/>`, `<br />`, `<BR>`).
fn line_break(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.len() < 4 || b[0] != b'<' || !b[1..3].eq_ignore_ascii_case(b"br") {
        return None;
    }
    // `<br />` is six bytes: look for its `>` among the next few only, so a cell of `<br`
    // without one is not rescanned to its end at every `<` (review 21, finding 2).
    let close = b[3..b.len().min(10)].iter().position(|&c| c == b'>')? + 3;
    t[3..close]
        .trim()
        .trim_end_matches('/')
        .is_empty()
        .then_some(close + 1)
}

/// The character an entity opening `t` stands for, and the entity's length.
fn entity(t: &str) -> Option<(&'static str, usize)> {
    [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&le;", "≤"),
        ("&ge;", "≥"),
        ("&amp;", "&"),
    ]
    .into_iter()
    .find(|(e, _)| t.starts_with(e))
    .map(|(e, c)| (c, e.len()))
}

/// Text ending as a unit's name does (`…管理局`, `…发展改革委`, `…网信办`, `…中心`, a
/// bureau's `…水环境处`). A bureau's office is named by 3 characters or more: a two-character
/// `本科`, `专科`, `之处` is none (review 23, finding 7).
fn ends_unit(t: &str) -> bool {
    super::super::lexicon::UNIT_NAME_ENDS
        .iter()
        .any(|s| t.ends_with(s) && (!matches!(*s, "处" | "室" | "科") || t.chars().count() >= 3))
}

/// Text opening with a unit's level (`市公安局`, `区住建局`, `县…`, `各街道`).
fn opens_unit(t: &str) -> bool {
    t.starts_with(['市', '区', '县', '省', '镇', '乡', '街', '各'])
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn line_breaks_join_a_wrapped_cell_and_list_units() {
        assert_eq!(
            clean("政务服务事项<br>全程网办率"),
            "政务服务事项全程网办率"
        );
        assert_eq!(clean("2027年<BR/>目标"), "2027年目标");
        assert_eq!(clean("市委网信办<br />市公安局"), "市委网信办、市公安局");
        assert_eq!(clean("&nbsp;"), "");
        assert_eq!(clean("&ge;99"), "≥99");
        assert_eq!(clean("a<b"), "a<b");
    }

    /// Review 23, finding 7: the shared unit endings add a bureau's office (处, 室, 科), named
    /// by 3 characters or more; a degree or a place word is no unit.
    #[test]
    fn an_office_ends_a_unit_a_degree_does_not() {
        assert_eq!(
            clean("市生态环境局水环境处<br>市水利局"),
            "市生态环境局水环境处、市水利局"
        );
        assert_eq!(clean("本科<br>市属高校"), "本科市属高校");
    }
}
