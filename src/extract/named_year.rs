//! A year that names a thing inside an action (`9月底前，发布2028年度"揭榜挂帅"项目榜单，榜单项目
//! 不少于40项`, `11月底前形成2030年区级重点项目初步清单，储备亿元以上项目100个以上`): written
//! between a verb and a noun, it is part of the list's or programme's name, not a window.
//! After a month's deadline in the same sentence it does not take the figures that follow
//! from that deadline (round 18 E: the two sentences of this form over all annotated sets,
//! t87 and heldout12b, were both dated by the month).

use super::numbers::is_cjk;

/// Characters after a year that make it a window or a span (`2028年底前`, `2028年内`,
/// `2028年起`, `2028年以来`, `2028年上半年`, `2028年全年`), not a name.
const WINDOW_AFTER: &str = "底前末内起以中上下全一二三四";
/// Marks opening a name after the year (`发布2028年度"揭榜挂帅"项目榜单`, `…年度《…》`).
const OPEN_NAME: &str = "\"“《「";
/// Characters before a year that make it a window (`到2028年`, `在2028年`, `于2028年`).
const WINDOW_BEFORE: &str = "到至在于从自截及和与比较同由";
/// Verbs of issuing or compiling a list or programme, written right before the year it names
/// (`形成2030年区级重点项目初步清单`, `发布2028年…榜单`).
const ISSUING: &[&str] = &[
    "发布", "形成", "编制", "制定", "印发", "公布", "出台", "下达", "公示", "确定", "梳理", "建立",
];

/// Does the plain year written at `[pos, end)` (`2028年`, read up to 年) name a thing, as
/// a name's part does? The evidence: 年度 or a name mark right after it (`发布2028年度…榜单`,
/// `…2028年"揭榜挂帅"…`), or a verb of issuing or compiling right before it, with a noun
/// after (`形成2030年区级重点项目初步清单`). A goal year written with no comma (`力争2028年建成`,
/// `确保2027年实现`) is a window, not a name (review 18: any Chinese word on both sides was
/// taken as a name, which swallowed those goal years).
pub(crate) fn names_a_thing(n: &[char], pos: usize, end: usize) -> bool {
    let before = pos.checked_sub(1).and_then(|i| n.get(i));
    if !before.is_some_and(|&c| is_cjk(c) && !WINDOW_BEFORE.contains(c)) {
        return false;
    }
    let next = n.get(end);
    let year_du = next == Some(&'度');
    let name_mark = next.is_some_and(|&c| OPEN_NAME.contains(c));
    let issued = ISSUING.iter().any(|v| ends_before(n, pos, v))
        && next.is_some_and(|&c| is_cjk(c) && !WINDOW_AFTER.contains(c));
    year_du || name_mark || issued
}

/// Does `word` end right before `pos`?
fn ends_before(n: &[char], pos: usize, word: &str) -> bool {
    // (Compared in place, no copy of the word: round 27 E.)
    super::lexicon::ends_with_at(n, pos, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, year: &str) -> bool {
        let n: Vec<char> = s.chars().collect();
        let pos = s[..s.find(year).unwrap()].chars().count();
        names_a_thing(&n, pos, pos + year.chars().count())
    }

    #[test]
    fn names_not_windows() {
        assert!(at("发布2028年度项目榜单", "2028年"));
        assert!(at("形成2030年区级重点项目初步清单", "2030年"));
        assert!(at("发布2028年度\"揭榜挂帅\"项目榜单", "2028年"));
        assert!(!at("到2028年，建成", "2028年"));
        assert!(!at("力争2028年底前建成", "2028年"));
        assert!(!at("2028年，新增", "2028年"));
        assert!(!at("力争2028年，新增", "2028年"));
        // Goal years with no comma after them (review 18).
        assert!(!at("力争2028年建成污水管网50公里", "2028年"));
        assert!(!at("确保2027年实现", "2027年"));
        assert!(!at("预计2028年完成", "2028年"));
        assert!(at("11月底前形成2029年度重点项目初步清单", "2029年"));
    }
}
