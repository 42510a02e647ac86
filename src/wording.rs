//! Words for figures, shared by the exporters and the commands that describe a spec
//! (`list`, `init`, `explain`): numbers with thousands separators and a real minus sign,
//! signed gaps, and a goal in words.

use crate::decimal::Figure;
use crate::spec::{Goal, Rule, Target};

/// A number with thousands separators and at most `decimals` decimals, trailing zeros cut.
/// A decimal is shown through its nearest float (identical for any figure of up to 15
/// significant digits, rounded to `decimals` anyway).
pub fn number(v: impl Figure, decimals: usize) -> String {
    let v = v.to_f64();
    if v.abs() >= 1e15 {
        // Past a thousand trillion, digits stop being readable: scientific notation.
        return format!("{v:.3e}").replace('-', "−");
    }
    // Integer arithmetic rather than float formatting: this runs for every cell of every
    // row, and `{:.2}` was most of a large table's formatting time.
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (v.abs() * scale as f64).round_ties_even() as u64;
    let (int, mut frac) = (scaled / scale, scaled % scale);
    let mut frac_digits = decimals;
    while frac_digits > 0 && frac % 10 == 0 {
        frac /= 10;
        frac_digits -= 1;
    }
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + frac_digits + 4);
    if v < 0.0 && scaled > 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac_digits > 0 {
        out.push('.');
        out.push_str(&format!("{frac:0frac_digits$}"));
    }
    out
}

/// A number as the right-hand operand of an operator: in parentheses when negative, so a
/// figure never shows two signs ("−3.8 − (−2.86)", not "−3.8 − −2.86").
pub fn operand(v: impl Figure, decimals: usize) -> String {
    let s = number(v, decimals);
    if s.starts_with('−') {
        format!("({s})")
    } else {
        s
    }
}

/// A number with an explicit sign: "+3", "−354", "0".
pub fn signed(v: impl Figure) -> String {
    let v = v.to_f64();
    let s = number(v, 2);
    if v > 0.0 && s != "0" {
        format!("+{s}")
    } else {
        s
    }
}

/// The goal in symbols: "≥ 11,812", "> 2,200", "in 10–12", "≈ 5 ± 0.5", "done", or, when
/// the baseline is left to the actuals, "≥ baseline + 10,000".
pub fn goal_text(t: &Target) -> String {
    let body = match t.goal {
        Goal::Done => return "done".into(),
        Goal::Assessed => return "assessed".into(),
        Goal::Series => return "no goal (a series)".into(),
        Goal::Direction => {
            let origin = match (t.measure, t.baseline) {
                (crate::spec::Measure::Growth, _) => "0".to_string(),
                (_, Some(b)) => format!("baseline {}", number(b, 4)),
                (_, None) => "baseline".to_string(),
            };
            return format!("{} ({} {origin})", t.rule.as_str(), t.rule.symbol());
        }
        Goal::Of { plus } => {
            let of = crate::text::sanitize(t.of.as_deref().unwrap_or_default()).into_owned();
            if plus.is_zero() {
                of
            } else if plus.is_sign_negative() {
                format!("{of} − {}", number(plus.abs(), 4))
            } else {
                format!("{of} + {}", number(plus, 4))
            }
        }
        Goal::Band { low, high } => format!("{}–{}", number(low, 4), number(high, 4)),
        Goal::Value(v) => number(v, 4),
        Goal::Increase(d) => t
            .goal
            .resolve(t.baseline)
            .map_or_else(|| format!("baseline + {}", number(d, 4)), |g| number(g, 4)),
        Goal::Multiply(m) => t
            .goal
            .resolve(t.baseline)
            .map_or_else(|| format!("baseline × {}", number(m, 4)), |g| number(g, 4)),
    };
    let mut s = format!("{} {body}", t.rule.symbol());
    match (t.rule, t.tolerance) {
        (Rule::About, Some(tol)) => s.push_str(&format!(" ± {}", number(tol, 4))),
        (_, Some(tol)) => s.push_str(&format!(" (tolerance {})", number(tol, 4))),
        _ => {}
    }
    if let Some(st) = t.stretch {
        s.push_str(&format!(" (stretch {})", number(st, 4)));
    }
    s
}

/// A window's length in the days the elapsed fraction divides by, `f = (as_of − start) /
/// (deadline − start)` (docs/status-model.md): 2023-01-01 to 2023-12-31 is "deadline −
/// start = 364 days; 1 year counting both ends"; 2020-01-01 to 2022-12-31 "deadline − start
/// = 1,095 days; 3 years counting both ends"; 2020-12-31 to 2025-12-31 "deadline − start =
/// 1,826 days; 5 years"; a window of no whole years gives the days alone.
pub fn window_length(start: chrono::NaiveDate, deadline: chrono::NaiveDate) -> String {
    let days = (deadline - start).num_days();
    let mut s = format!(
        "deadline − start = {} day{}",
        number(days as f64, 0),
        if days == 1 { "" } else { "s" }
    );
    // Whole years: between the dates (2020-12-31 to 2025-12-31), or counting both ends
    // (2021-01-01 to 2025-12-31).
    let whole = |end: Option<chrono::NaiveDate>| {
        let end = end?;
        let y = (1..=1000u32).find(|y| {
            start
                .checked_add_months(chrono::Months::new(12 * y))
                .is_none_or(|d| d >= end)
        })?;
        (start.checked_add_months(chrono::Months::new(12 * y)) == Some(end)).then_some(y)
    };
    let plural = |y: u32| if y == 1 { "" } else { "s" };
    if let Some(y) = whole(Some(deadline)) {
        s.push_str(&format!("; {y} year{}", plural(y)));
    } else if let Some(y) = whole(deadline.succ_opt()) {
        s.push_str(&format!("; {y} year{} counting both ends", plural(y)));
    }
    s
}

/// A figure rounded to `decimals` places, so float noise such as 48.00000000000001 never
/// shows; never `-0`.
pub fn rounded(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    let scaled = v * f;
    // Beyond 2^53 a float has no fraction left to round (and scaling could overflow).
    if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
        return v;
    }
    let r = scaled.round() / f;
    if r == 0.0 { 0.0 } else { r }
}

/// Progress as a ratio rounded to 3 decimals for machine formats (JSON, CSV); short of
/// the goal it is never rounded up to 1 (0.99995 is 0.999).
pub fn progress_ratio(progress: f64) -> f64 {
    match rounded(progress, 3) {
        r if progress < 1.0 && r >= 1.0 => 0.999,
        r => r,
    }
}

/// A figure as a plain machine-readable number: ASCII minus, no separators, no exponent.
/// A decimal is shown through its nearest float, as every figure always was.
pub fn plain<F: Figure>(v: F, decimals: i32) -> String {
    machine(v, decimals).to_string()
}

/// A figure for a machine format: a decimal from the files whole (its nearest float), a
/// computed float rounded to `decimals` places; never `-0`.
pub fn machine<F: Figure>(v: F, decimals: i32) -> f64 {
    let x = v.to_f64();
    if F::EXACT {
        if x == 0.0 { 0.0 } else { x }
    } else {
        rounded(x, decimals)
    }
}

/// A number with its unit: "84%", "6,500 个", "12" (no unit).
pub fn with_unit(number: &str, unit: &str) -> String {
    match unit {
        "" => number.to_string(),
        "%" => format!("{number}%"),
        u => format!("{number} {u}"),
    }
}

/// Percentage points, as the spec's own unit for them is written (`个百分点`).
pub const POINTS: &str = "个百分点";

/// The unit of a difference between two figures in `unit`, or of an amount added to one:
/// for a rate in `%`, percentage points (`个百分点`: 5.6% is 0.1 个百分点 above 5.5%, not
/// 0.1% above it); any other unit is its own.
pub fn difference_unit(unit: &str) -> &str {
    if unit == "%" { POINTS } else { unit }
}

/// Progress as a whole percentage, "84%"; short of the goal it never rounds up to "100%"
/// (9,999 of 10,000 shows as "99.99%").
pub fn percent(progress: f64) -> String {
    let whole = number(progress * 100.0, 0);
    if progress < 1.0 && whole == "100" {
        format!("{}%", number((progress * 10_000.0).floor() / 100.0, 2))
    } else {
        format!("{whole}%")
    }
}

/// The plural of a panel's dimension (`per`, a word of `a-z 0-9 - _`) in English, for
/// "52 of 199 countries behind": a consonant then `y` takes `ies` (country, county, city),
/// `s`, `x`, `z`, `ch`, `sh` take `es`; any other word, or one not ending in a letter,
/// takes `s` (district, province, prefecture, region).
pub fn plural_of(word: &str) -> String {
    let b = word.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match b {
        [.., c, b'y'] if c.is_ascii_alphabetic() && !vowel(*c) => {
            format!("{}ies", &word[..word.len() - 1])
        }
        [.., b's' | b'x' | b'z'] | [.., b'c' | b's', b'h'] => format!("{word}es"),
        _ => format!("{word}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(11812.0, 2), "11,812");
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(10.365853, 2), "10.37");
        assert_eq!(number(-354.0, 2), "−354");
        assert_eq!(number(-0.001, 2), "0");
        assert_eq!(number(0.5, 2), "0.5");
        assert_eq!(signed(3.0), "+3");
        assert_eq!(signed(-7095.0), "−7,095");
        assert_eq!(signed(0.0), "0");
        assert_eq!(operand(-2.86, 2), "(−2.86)");
        assert_eq!(operand(2.86, 2), "2.86");
        assert_eq!(plain(48.00000000000001, 6), "48");
        assert_eq!(plain(-354.0, 6), "-354");
        assert_eq!(plain(1e21, 6), "1000000000000000000000");
        assert_eq!(plain(-0.0000001, 6), "0");
    }
    #[test]
    fn a_window_is_told_in_the_days_f_divides_by() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(
            window_length(d("2023-01-01"), d("2023-12-31")),
            "deadline − start = 364 days; 1 year counting both ends"
        );
        assert_eq!(
            window_length(d("2020-01-01"), d("2022-12-31")),
            "deadline − start = 1,095 days; 3 years counting both ends"
        );
        assert_eq!(
            window_length(d("2021-01-01"), d("2025-12-31")),
            "deadline − start = 1,825 days; 5 years counting both ends"
        );
        assert_eq!(
            window_length(d("2023-07-01"), d("2024-06-30")),
            "deadline − start = 365 days; 1 year counting both ends"
        );
        assert_eq!(
            window_length(d("2020-12-31"), d("2025-12-31")),
            "deadline − start = 1,826 days; 5 years"
        );
        assert_eq!(
            window_length(d("2023-01-01"), d("2023-06-30")),
            "deadline − start = 180 days"
        );
        assert_eq!(
            window_length(d("2023-01-01"), d("2023-01-01")),
            "deadline − start = 0 days"
        );
        assert_eq!(
            window_length(d("2023-01-01"), d("2023-01-02")),
            "deadline − start = 1 day"
        );
    }

    #[test]
    fn progress_short_of_the_goal_never_shows_100() {
        assert_eq!(percent(0.839), "84%");
        assert_eq!(percent(0.9949), "99%");
        assert_eq!(percent(0.9999), "99.99%");
        assert_eq!(percent(0.999_999), "99.99%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(1.004), "100%");
        assert_eq!(percent(-0.2), "−20%");
    }

    #[test]
    fn a_dimension_reads_in_the_plural() {
        for (one, many) in [
            ("country", "countries"),
            ("county", "counties"),
            ("city", "cities"),
            ("district", "districts"),
            ("prefecture", "prefectures"),
            ("day", "days"),
            ("survey", "surveys"),
            ("address", "addresses"),
            ("box", "boxes"),
            ("branch", "branches"),
            ("parish", "parishes"),
            ("zone-y", "zone-ys"),
            ("area_2", "area_2s"),
            ("y", "ys"),
        ] {
            assert_eq!(plural_of(one), many, "{one}");
        }
    }
}
