//! The draft: proposals, ids, and rendering as a TOML spec (the keys of docs/format.md) with
//! `# review:` comments above the fields a person must check or fill in.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::{Date, Field, Goal, Measure, Rule, fmt_num, lexicon};

/// A note for the reviewer about one field (or the whole target). The text is shared by
/// every proposal with the same note (`intern`): a draft of a million proposals holds
/// each note once, not a million times.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub field: Field,
    pub note: std::sync::Arc<str>,
}

thread_local! {
    /// The notes given so far (`intern`).
    static NOTES: std::cell::RefCell<HashSet<std::sync::Arc<str>>> =
        std::cell::RefCell::new(HashSet::new());
}

/// Forget the notes of earlier drafts (`extract` calls it first): the set holds one
/// document's notes at most, however many documents a process drafts.
pub(super) fn forget_notes() {
    NOTES.with(|notes| notes.borrow_mut().clear());
}

/// The shared copy of `note`.
fn intern(note: String) -> std::sync::Arc<str> {
    NOTES.with(|notes| {
        let mut notes = notes.borrow_mut();
        if let Some(n) = notes.get(note.as_str()) {
            return n.clone();
        }
        let n: std::sync::Arc<str> = note.into();
        notes.insert(n.clone());
        n
    })
}

/// One proposed `[[target]]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub id: String,
    pub name_zh: String,
    pub name_en: Option<String>,
    pub unit: Option<String>,
    pub measure: Measure,
    pub rule: Rule,
    pub goal: Option<Goal>,
    pub stretch: Option<f64>,
    pub baseline: Option<f64>,
    /// The slack of a soft bound (see [`soften_ceiling`]).
    pub tolerance: Option<f64>,
    pub start: Option<Date>,
    pub deadline: Option<Date>,
    pub quote: String,
    pub reviews: Vec<Review>,
    /// The 属性 column: `binding` (约束性) or `expected` (预期性).
    pub class: Option<&'static str>,
    /// A figure over the whole window built from annual rates (〔〕, 累计: `cumulative`; 年均:
    /// `average`): written as `over = "window"` with this `aggregate`.
    pub aggregate: Option<&'static str>,
    /// A goal stated against another figure (高于GDP增长): the id of the series it needs.
    pub of: Option<String>,
    /// A target no number decides (保持在合理区间): `measure = "assessed"`.
    pub assessed: bool,
    /// A goal stated against a figure other than GDP growth (增速继续高于城镇居民): the name
    /// of that figure; [`Draft::add_needed_series`] adds a series for it and sets `of`.
    pub of_name: Option<String>,
    /// The units responsible (a table's 责任单位 column), the lead unit first: `owner`.
    pub owners: Vec<String>,
    /// The goal year of a table with several goal-year columns (2025 and 2035 in one row):
    /// added to the id, so each goal of the row has its own (`gdp-2025`, `gdp-2035`).
    pub id_year: Option<i32>,
}

impl Proposal {
    pub fn new(name_zh: String, measure: Measure, rule: Rule, quote: String) -> Proposal {
        Proposal {
            id: String::new(),
            name_zh,
            name_en: None,
            unit: None,
            measure,
            rule,
            goal: None,
            stretch: None,
            baseline: None,
            tolerance: None,
            start: None,
            deadline: None,
            quote,
            reviews: Vec::new(),
            class: None,
            aggregate: None,
            of: None,
            assessed: false,
            of_name: None,
            owners: Vec::new(),
            id_year: None,
        }
    }

    /// Add a review note on `field` (duplicates are dropped).
    /// Its window, and the review notes gathered while reading it, in order.
    pub fn place(
        &mut self,
        (start, deadline): (Option<Date>, Option<Date>),
        notes: Vec<(Field, String)>,
    ) {
        self.start = start;
        self.deadline = deadline;
        for (field, note) in notes {
            self.review(field, note);
        }
    }

    pub fn review(&mut self, field: Field, note: String) {
        if !self
            .reviews
            .iter()
            .any(|r| r.field == field && *r.note == *note)
        {
            let note = intern(note);
            self.reviews.push(Review { field, note });
        }
    }

    /// The notes on one field.
    pub fn notes(&self, field: Field) -> impl Iterator<Item = &str> {
        self.reviews
            .iter()
            .filter(move |r| r.field == field)
            .map(|r| &*r.note)
    }
}

/// A figure tracked without a goal (`[[series]]`), added to the draft because a proposal's
/// goal is stated against it (高于GDP增长).
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesDraft {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// `over = "window"` with `aggregate = "average"` from start to deadline, when the
    /// proposals that use it are judged over a window.
    pub window: Option<(Date, Date)>,
    pub note: String,
}

/// The id of the GDP growth series a relative goal (高于GDP增长) refers to.
pub const GDP_SERIES: &str = "gdp-growth";

/// "…左右" on a rate that is a ceiling (失业率, 价格/物价/CPI 涨幅, 能耗) means the
/// ceiling with some slack, not a two-sided band: the draft proposes `at-most` with a
/// `tolerance` of a tenth of the goal (at least 0.1) and asks the reviewer to check it.
/// So does a fall of about N% of anything (`单位工业增加值用水量年均下降3%左右`, `冷链物流运行
/// 成本年均下降3%左右`: a growth goal below 0): every such 左右 was annotated a cap with slack
/// (round 12: 9 of 9 in the annotated sets). So does whatever is held down to about N
/// (`设备平均故障率控制在3%左右`, `平均电能利用效率控制在1.4左右`, `新增建设用地控制在800亩左右`):
/// 控制在…左右 was annotated `at-most` 12 of 12 over all annotated sets (round 18 C). Any
/// other 左右 keeps its `about` draft. (控制 is read in the figure's own clause: `held`.)
pub fn soften_ceiling(p: &mut Proposal) {
    let Some(Goal::Value(v)) = p.goal else {
        return;
    };
    // (A band the text gives, `60%±2%`, is two-sided: `plus_minus`.)
    if p.rule != Rule::About || p.tolerance.is_some() {
        return;
    }
    let name: Vec<char> = p.name_zh.chars().collect();
    let fall = p.measure == Measure::Growth && v < 0.0;
    // (The figure's clause is looked for only when the rule is 左右: most proposals are not.)
    if !(fall || lexicon::contains_any(&name, lexicon::CEILING_RATES) || held(p, v, &["控制"])) {
        return;
    }
    one_sided(p, Rule::AtMost, v, "a ceiling");
}

/// "…左右" on a quantity to reach (a count or flow added: 城镇新增就业1200万人左右, 新建
/// 5G基站3000个左右, 培育100家左右) means a floor with some slack, as a ceiling rate's 左右
/// means a cap: the draft proposes `at-least` with a `tolerance` of a tenth of the goal and
/// asks the reviewer to check it. So does a share or rate reached (`达到 / 提高到 X%左右`).
/// Growth rates (GDP 增长5%左右), levels that are not counts (常住人口1000万人左右), shares
/// held steady (稳定在 / 保持在 X%左右), lower-is-better names and what is 控制 (held down)
/// keep `about`.
pub fn soften_floor(p: &mut Proposal) {
    let Some(Goal::Value(v)) = p.goal else {
        return;
    };
    let name: Vec<char> = p.name_zh.chars().collect();
    let unit = p.unit.as_deref().unwrap_or("");
    let added = lexicon::contains_any(&name, lexicon::ADDITION_VERBS)
        || lexicon::contains_any(&name, lexicon::CREATION_VERBS)
        || p.measure == Measure::Ytd
        || lexicon::CLASSIFIERS.contains(&super::numbers::unit_magnitude(unit).1);
    // A share or rate reached (`研发投入强度提高到2.8%左右`, `…比重达到30%左右`) is a floor
    // with slack too: at-least with tolerance 19 times since the contract's soft bounds (t65 on),
    // about once (fifteenth set, fix C2).
    let reached_share = unit == "%" && p.measure == Measure::Level && held(p, v, REACH_VERBS);
    // 控制在…左右 (新增建设用地控制在800亩左右) is held down, not reached (a cap, by
    // `soften_ceiling`); 稳定在 / 保持在 …左右 (生猪出栏稳定在45万头左右) is held steady in a
    // band and keeps `about`.
    if p.rule != Rule::About
        || p.tolerance.is_some()
        || (unit == "%" && !reached_share)
        || p.measure == Measure::Growth
        || !(added || reached_share)
        || held(p, v, &["控制", "稳定在", "保持在"])
        || lexicon::contains_any(&name, lexicon::LOWER_IS_BETTER)
        || lexicon::contains_any(&name, lexicon::CEILING_RATES)
        // A count over a window spelled before it (`三年支持…项目300个左右`): both annotations
        // keep `about` (t64, heldout10b).
        || super::created::spelled_window(&p.quote.chars().collect::<Vec<_>>())
    {
        return;
    }
    one_sided(p, Rule::AtLeast, v, "a quantity to reach");
}

/// The verbs of a level reached (`达到 / 提高到 X%左右`): with 左右 on a share or rate, a floor
/// with slack (`soften_floor`).
const REACH_VERBS: &[&str] = &[
    "达到",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
];

/// Does the clause of the quote writing the figure `v` hold one of `words`: held down
/// (控制在…左右, 控制…左右) or held steady in a band (稳定在 / 保持在 …左右)? A quote may run over
/// several clauses (a bullet entry's line, a relative goal's clause before it), so one stage's
/// 控制在 must not cap another's (`2027年控制在40，2030年45左右`; review 18). The one test of
/// these words for both `soften_ceiling` and `soften_floor`.
fn held(p: &Proposal, v: f64, words: &[&str]) -> bool {
    let cl = figure_clause(&p.quote, v);
    words.iter().any(|w| cl.contains(w))
}

/// The clause of `quote` (split at `，；。`) that writes the figure `v` (its magnitude, as
/// digits), the one with 左右 first; the whole quote when no clause writes it (a figure
/// scaled from 万, a Chinese numeral).
fn figure_clause(quote: &str, v: f64) -> String {
    let text: String = quote.chars().map(super::clauses::fold).collect();
    let num: Vec<char> = super::fmt_num(v.abs()).chars().collect();
    let writes = |cl: &str| {
        let cs: Vec<char> = cl.chars().collect();
        (0..cs.len()).any(|i| {
            cs[i..].starts_with(&num)
                && (i == 0 || !(cs[i - 1].is_ascii_digit() || cs[i - 1] == '.'))
                && !cs.get(i + num.len()).is_some_and(|c| c.is_ascii_digit())
                && !(cs.get(i + num.len()) == Some(&'.')
                    && cs
                        .get(i + num.len() + 1)
                        .is_some_and(|c| c.is_ascii_digit()))
        })
    };
    let clauses: Vec<&str> = text.split(['，', ',', '；', ';', '。']).collect();
    clauses
        .iter()
        .find(|cl| writes(cl) && cl.contains("左右"))
        .or_else(|| clauses.iter().find(|cl| writes(cl)))
        .map_or(text.clone(), |cl| cl.to_string())
}

/// A two-sided 左右 (`about`) still without a tolerance once `soften_ceiling` and
/// `soften_floor` have had their say (GDP 增长5.5%左右): a tolerance of a tenth of the goal
/// (at least 0.1), as a one-sided 左右 gets, with a note asking the reviewer to check it, so
/// that the draft validates and `progress validate` counts the note among those left.
pub fn guess_tolerance(p: &mut Proposal) {
    let v = match p.goal {
        Some(Goal::Value(v) | Goal::Increase(v)) => v,
        _ => return,
    };
    if p.rule != Rule::About || p.tolerance.is_some() {
        return;
    }
    let tolerance = tenth_of(v);
    p.tolerance = Some(tolerance);
    p.reviews
        .retain(|r| !(r.field == Field::Tolerance && r.note.starts_with("missing tolerance")));
    p.review(
        Field::Tolerance,
        format!(
            "左右: drafted as about {} with a tolerance of {} (a tenth of the goal); check the tolerance",
            fmt_num(v),
            fmt_num(tolerance)
        ),
    );
}

/// Can the draft hold `p` at all? A level in `%` lies in [0, 100] (`progress validate`
/// rejects a value, baseline, stretch or band bound outside it), so a ratio written past it
/// (`债务率控制在120%以内`, a debt ratio against the fiscal means) cannot be a `%` level: it is
/// left out of the draft, which must validate, rather than drafted in a unit it was not
/// written in (round 19 E).
pub fn percent_level_in_range(p: &Proposal) -> bool {
    if p.measure != Measure::Level || p.unit.as_deref() != Some("%") {
        return true;
    }
    let ok = |v: f64| (0.0..=100.0).contains(&v);
    let goal = match p.goal {
        Some(Goal::Value(v)) => ok(v),
        Some(Goal::Between(a, b)) => ok(a) && ok(b),
        _ => true,
    };
    goal && p.stretch.is_none_or(ok) && p.baseline.is_none_or(ok)
}

/// What a `# left out:` line says of a proposal: its quote (or name) and why.
fn left_out(p: &Proposal, why: &str) -> String {
    let what = if p.quote.is_empty() {
        &p.name_zh
    } else {
        &p.quote
    };
    format!("{what} ({why}, which the draft cannot hold)")
}

/// What a `# left out:` line says of a `%` level past 100.
pub fn left_out_percent(p: &Proposal) -> String {
    left_out(p, "a % level past 100")
}

/// Does `p` have the unit `progress validate` asks of it? Every target with a rule needs
/// one; a milestone or an assessed target has none (sixteenth set, fixed after the run).
pub fn unit_held(p: &Proposal) -> bool {
    p.unit.is_some() || p.assessed || p.measure == Measure::Milestone
}

/// What a `# left out:` line says of a table row with no unit.
pub fn left_out_unitless(p: &Proposal) -> String {
    left_out(p, "a row with no unit")
}

/// The tolerance a 左右 is drafted with, a guess to review: a tenth of the goal, at least 0.1.
fn tenth_of(v: f64) -> f64 {
    (v.abs().round() / 10.0).max(0.1)
}

/// A one-sided 左右: `rule` with a tolerance of a tenth of the goal `v` (at least 0.1),
/// and a note asking the reviewer to check it, in place of the notes it settles.
pub(super) fn one_sided(p: &mut Proposal, rule: Rule, v: f64, what: &str) {
    let tolerance = tenth_of(v);
    p.rule = rule;
    p.tolerance = Some(tolerance);
    p.reviews.retain(|r| {
        !((r.field == Field::Tolerance && r.note.starts_with("missing tolerance"))
            || (r.field == Field::Rule && r.note.starts_with("lower is better")))
    });
    p.review(
        Field::Tolerance,
        format!(
            "左右 on {what}: drafted as {} {} with a tolerance of {} (a tenth of the goal); check the tolerance",
            rule.as_str(),
            fmt_num(v),
            fmt_num(tolerance)
        ),
    );
}

/// The draft spec.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub title: String,
    pub targets: Vec<Proposal>,
    pub series: Vec<SeriesDraft>,
    /// What the text wrote that the draft cannot hold (`percent_level_in_range`): written as
    /// `# left out:` comments, so a reviewer sees it (round 21, review 19 item 10).
    pub left_out: Vec<String>,
}

impl Draft {
    /// Add the series that the proposals' `of` goals need (one each), before ids are given.
    pub fn add_needed_series(&mut self) {
        self.add_gdp_series();
        // Goals against another figure (增速继续高于城镇居民): one series per figure named.
        let mut ids: HashMap<String, String> = HashMap::new();
        let mut taken: HashSet<String> = self.series.iter().map(|x| x.id.clone()).collect();
        for i in 0..self.targets.len() {
            let Some(of_name) = self.targets[i].of_name.clone() else {
                continue;
            };
            if let Some(id) = ids.get(&of_name) {
                self.targets[i].of = Some(id.clone());
                continue;
            }
            let tokens = lexicon::glossary_tokens(&of_name);
            let mut base = sanitize_id(&tokens.join("-"));
            if base.is_empty() {
                base = "reference".to_string();
            }
            if !base.contains("growth") {
                base.push_str("-growth");
            }
            let mut id = base.clone();
            let mut k = 2;
            while taken.contains(&id) {
                id = format!("{base}-{k}");
                k += 1;
            }
            let users = &self.targets[i];
            self.series.push(SeriesDraft {
                id: id.clone(),
                name_zh: of_name.clone(),
                name_en: if tokens.is_empty() {
                    id.replace('-', " ")
                } else {
                    tokens.join(" ").replace('-', " ")
                },
                window: match (users.aggregate, users.start, users.deadline) {
                    (Some(_), Some(a), Some(b)) => Some((a, b)),
                    _ => None,
                },
                note: format!(
                    "added because the goal of {} is stated against {}: give its rates in the actuals",
                    users.name_zh, of_name
                ),
            });
            ids.insert(of_name, id.clone());
            taken.insert(id.clone());
            self.targets[i].of = Some(id);
        }
    }

    fn add_gdp_series(&mut self) {
        let users: Vec<&Proposal> = self
            .targets
            .iter()
            .filter(|p| p.of.as_deref() == Some(GDP_SERIES))
            .collect();
        let Some(first) = users.first() else { return };
        let window = match (first.aggregate, first.start, first.deadline) {
            (Some(_), Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        let names: Vec<String> = users.iter().map(|p| p.name_zh.clone()).collect();
        self.series.push(SeriesDraft {
            id: GDP_SERIES.to_string(),
            name_zh: "国内生产总值增长".to_string(),
            name_en: "GDP growth".to_string(),
            window,
            note: format!(
                "added because the goal of {} is stated against GDP growth: give its rates in the actuals",
                names.join("、")
            ),
        });
    }
}

/// Give every proposal an ascii kebab-case id, unique, from the glossary.
pub fn assign_ids(props: &mut [Proposal], reserved: &[&str]) {
    // A set of the ids given so far, and for each base the next suffix to try: each id is
    // found in constant time (a list scanned for `-2`, `-3`, … made 8,000 copies of one
    // sentence take two minutes).
    let mut used: HashSet<String> = HashSet::with_capacity(props.len());
    used.extend(reserved.iter().map(|r| r.to_string()));
    let mut next: HashMap<String, usize> = HashMap::new();
    for (i, p) in props.iter_mut().enumerate() {
        let tokens = lexicon::glossary_tokens(&p.name_zh);
        let mut base = String::new();
        for t in tokens.iter().take(4) {
            if !base.is_empty() && base.len() + t.len() > 40 {
                break;
            }
            if !base.is_empty() {
                base.push('-');
            }
            base.push_str(t);
        }
        let mut base = sanitize_id(&base);
        if p.measure == Measure::Growth
            && !base.is_empty()
            && !base.contains("growth")
            && !base.contains("reduction")
            && !base.contains("rise")
        {
            base.push_str("-growth");
        }
        if let Some(y) = p.id_year.filter(|_| !base.is_empty()) {
            base = format!("{base}-{y}");
        }
        if base.is_empty() {
            base = format!("target-{}", i + 1);
            p.review(
                Field::Id,
                "no glossary word in the name: choose an id".into(),
            );
        } else if tokens.is_empty() {
            p.review(Field::Id, "id guessed".into());
        }
        let mut id = base.clone();
        if used.contains(&id) {
            // Suffixes below `k` were all taken when this base was last seen, and `used`
            // only grows, so the first free one is the same as scanning from -2.
            let k = next.entry(base.clone()).or_insert(2);
            loop {
                id = format!("{base}-{k}");
                *k += 1;
                if !used.contains(&id) {
                    break;
                }
            }
        }
        used.insert(id.clone());
        p.id = id;
        if !tokens.is_empty() {
            p.name_en = Some(tokens.join(" ").replace('-', " "));
        }
    }
}

/// Lowercase ascii kebab-case: `[a-z0-9][a-z0-9-]*`, no doubled or trailing dashes.
pub fn sanitize_id(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(60);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A TOML basic string, quotes included. Characters `crate::text` counts unsafe
/// (controls, bidirectional controls, invisible characters, separators) are written as
/// `\uXXXX` or `\UXXXXXXXX` escapes, and the `[` of `##[` as `\u005B`: the value is
/// the same, and the draft shows no raw character that could hide or reorder text.
pub fn toml_string(s: &str) -> String {
    // Most strings need no escape: copied whole (the unsafe characters found by bytes).
    if !s.contains(['"', '\\'])
        && !s.contains("##[")
        && crate::text::unsafe_chars(s).next().is_none()
    {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        out.push_str(s);
        out.push('"');
        return out;
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '[' if out.ends_with("##") => out.push_str("\\u005B"),
            c if crate::text::is_unsafe(c) && (c as u32) < 0x10000 => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c if crate::text::is_unsafe(c) => out.push_str(&format!("\\U{:08X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text safe inside a TOML comment: one line (C0 controls become spaces), and the other
/// unsafe characters shown as `crate::text::sanitize` shows them.
fn comment_text(s: &str) -> String {
    // No C0 control or DEL (a byte below 0x20 is always one): nothing to space out.
    if !s.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return crate::text::sanitize(s).into_owned();
    }
    let spaced: String = s
        .chars()
        .map(|c| {
            if (c as u32) < 0x20 || c as u32 == 0x7f {
                ' '
            } else {
                c
            }
        })
        .collect();
    crate::text::sanitize(&spaced).into_owned()
}

impl Draft {
    /// Render the draft as a TOML spec.
    pub fn to_toml(&self) -> String {
        // About 0.4 kB a target: a whole document's draft grows its buffer once at most.
        let mut o = String::with_capacity(1024 + 400 * self.targets.len());
        self.render_in_parts(|part| {
            o.push_str(part);
            Ok(())
        })
        .unwrap_or(());
        o
    }

    /// Write the draft as [`Draft::to_toml`] renders it, a piece at a time: the whole
    /// draft (3 to 8 bytes of TOML for a byte of text) is never held in memory.
    pub fn write_toml(&self, w: &mut impl std::io::Write) -> std::io::Result<()> {
        self.render_in_parts(|part| w.write_all(part.as_bytes()))
    }

    /// The draft's TOML, given to `sink` in pieces of about 64 kB.
    fn render_in_parts(
        &self,
        mut sink: impl FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        const PIECE: usize = 64 * 1024;
        let mut o = String::with_capacity(2 * PIECE);
        o.push_str("# Draft spec from `progress extract`: proposals for a person to review.\n");
        o.push_str(
            "# Lines marked `# review:` need a decision; `progress validate` names what is left.\n",
        );
        o.push_str("version = 1\n");
        let _ = writeln!(o, "title = {}", toml_string(&self.title));
        for x in &self.left_out {
            o.push_str("# left out: ");
            o.push_str(&comment_text(x));
            o.push('\n');
        }
        for p in &self.targets {
            o.push('\n');
            render(&mut o, p);
            if o.len() >= PIECE {
                sink(&o)?;
                o.clear();
            }
        }
        for x in &self.series {
            o.push('\n');
            o.push_str("# review: ");
            o.push_str(&comment_text(&x.note));
            o.push('\n');
            o.push_str("[[series]]\n");
            let _ = writeln!(o, "id = {}", toml_string(&x.id));
            let _ = writeln!(
                o,
                "name = {{ zh = {}, en = {} }}",
                toml_string(&x.name_zh),
                toml_string(&x.name_en)
            );
            o.push_str("unit = \"%\"\nmeasure = \"growth\"\n");
            if let Some((a, b)) = x.window {
                let _ = writeln!(
                    o,
                    "over = \"window\"\naggregate = \"average\"\nstart = {a}\ndeadline = {b}"
                );
            }
        }
        sink(&o)
    }
}

fn notes_for(o: &mut String, p: &Proposal, f: Field) {
    for n in p.notes(f) {
        o.push_str("# review: ");
        o.push_str(&comment_text(n));
        o.push('\n');
    }
}

fn render(o: &mut String, p: &Proposal) {
    notes_for(o, p, Field::Target);
    o.push_str("[[target]]\n");
    notes_for(o, p, Field::Id);
    let _ = writeln!(o, "id = {}", toml_string(&p.id));
    notes_for(o, p, Field::Name);
    match &p.name_en {
        Some(en) => {
            let _ = writeln!(
                o,
                "name = {{ zh = {}, en = {} }}",
                toml_string(&p.name_zh),
                toml_string(en)
            );
        }
        None => {
            let _ = writeln!(o, "name = {{ zh = {} }}", toml_string(&p.name_zh));
        }
    }
    if p.assessed {
        notes_for(o, p, Field::Measure);
        o.push_str("measure = \"assessed\"\n");
        if let Some(c) = p.class {
            let _ = writeln!(o, "class = \"{c}\"");
        }
        render_owners(o, p);
        render_window_and_quote(o, p);
        return;
    }
    notes_for(o, p, Field::Unit);
    if p.measure != Measure::Milestone {
        match &p.unit {
            Some(u) => {
                let _ = writeln!(o, "unit = {}", toml_string(u));
            }
            None if p.notes(Field::Unit).next().is_none() => {
                o.push_str("# review: missing unit\n");
            }
            None => {}
        }
    }
    notes_for(o, p, Field::Measure);
    let _ = writeln!(o, "measure = \"{}\"", p.measure.as_str());
    if let Some(a) = p.aggregate {
        let _ = writeln!(o, "over = \"window\"\naggregate = \"{a}\"");
    }
    notes_for(o, p, Field::Rule);
    let _ = writeln!(o, "rule = \"{}\"", p.rule.as_str());
    notes_for(o, p, Field::Goal);
    match (&p.of, p.goal) {
        (Some(of), _) => {
            let _ = writeln!(o, "value = {{ of = {} }}", toml_string(of));
        }
        (None, goal) => render_goal(o, p, goal),
    }
    notes_for(o, p, Field::Stretch);
    if let Some(s) = p.stretch {
        let _ = writeln!(o, "stretch = {}", fmt_num(s));
    }
    notes_for(o, p, Field::Tolerance);
    if let Some(t) = p.tolerance {
        let _ = writeln!(o, "tolerance = {}", fmt_num(t));
    }
    if let Some(c) = p.class {
        let _ = writeln!(o, "class = \"{c}\"");
    }
    render_owners(o, p);
    notes_for(o, p, Field::Baseline);
    if let Some(b) = p.baseline {
        let _ = writeln!(o, "baseline = {}", fmt_num(b));
    }
    render_window_and_quote(o, p);
}

/// `owner = ["lead", "other", …]` (a list even for one: the 责任单位 a table names).
fn render_owners(o: &mut String, p: &Proposal) {
    if p.owners.is_empty() {
        return;
    }
    let list: Vec<String> = p.owners.iter().map(|x| toml_string(x)).collect();
    let _ = writeln!(o, "owner = [{}]", list.join(", "));
}

fn render_goal(o: &mut String, p: &Proposal, goal: Option<Goal>) {
    match goal {
        Some(Goal::Value(v)) => {
            let _ = writeln!(o, "value = {}", fmt_num(v));
        }
        Some(Goal::Between(a, b)) => {
            let _ = writeln!(o, "value = [{}, {}]", fmt_num(a), fmt_num(b));
        }
        Some(Goal::Increase(v)) => {
            let _ = writeln!(o, "increase = {}", fmt_num(v));
        }
        Some(Goal::Multiply(v)) => {
            let _ = writeln!(o, "multiply = {}", fmt_num(v));
        }
        None if p.measure != Measure::Milestone && p.notes(Field::Goal).next().is_none() => {
            o.push_str("# review: missing goal\n");
        }
        None => {}
    }
}

fn render_window_and_quote(o: &mut String, p: &Proposal) {
    notes_for(o, p, Field::Start);
    if let Some(d) = p.start {
        let _ = writeln!(o, "start = {d}");
    } else if p.notes(Field::Start).next().is_none() {
        o.push_str("# review: missing start\n");
    }
    notes_for(o, p, Field::Deadline);
    if let Some(d) = p.deadline {
        let _ = writeln!(o, "deadline = {d}");
    } else if p.notes(Field::Deadline).next().is_none() {
        o.push_str("# review: missing deadline\n");
    }
    notes_for(o, p, Field::Quote);
    // A clause of a text with no punctuation can run to megabytes: its first
    // `MAX_QUOTE_CHARS` characters are quoted (a spec's line must stay under the TOML lexer's
    // limit), with a note saying so.
    match p.quote.char_indices().nth(MAX_QUOTE_CHARS) {
        Some((cut, _)) => {
            let _ = writeln!(
                o,
                "# review: the quote is cut to its first {MAX_QUOTE_CHARS} characters"
            );
            let _ = writeln!(o, "quote = {}", toml_string(&p.quote[..cut]));
        }
        None => {
            let _ = writeln!(o, "quote = {}", toml_string(&p.quote));
        }
    }
}

/// The longest quote written whole (no real clause comes near it).
const MAX_QUOTE_CHARS: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(toml_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(toml_string("x\u{1}y"), "\"x\\u0001y\"");
        assert_eq!(toml_string("多行\n"), "\"多行\\n\"");
        assert_eq!(
            toml_string("a\u{202e}b\u{2028}c\u{200b}\u{e0041}##[x"),
            "\"a\\u202Eb\\u2028c\\u200B\\U000E0041##\\u005Bx\""
        );
        assert_eq!(comment_text("a\nb\u{202e}"), "a b\\u{202e}");
    }

    #[test]
    fn ids_are_kebab_and_unique() {
        assert_eq!(sanitize_id("5G Base--Stations!"), "5g-base-stations");
        assert_eq!(sanitize_id("--"), "");
        let mut ps = vec![
            Proposal::new(
                "5G基站".into(),
                Measure::Level,
                Rule::AtLeast,
                String::new(),
            ),
            Proposal::new(
                "5G基站".into(),
                Measure::Level,
                Rule::AtLeast,
                String::new(),
            ),
            Proposal::new("某某".into(), Measure::Level, Rule::AtLeast, String::new()),
        ];
        assign_ids(&mut ps, &[]);
        assert_eq!(ps[0].id, "5g-base-stations");
        assert_eq!(ps[1].id, "5g-base-stations-2");
        assert_eq!(ps[2].id, "target-3");
    }
}
