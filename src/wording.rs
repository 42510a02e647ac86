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
    if let (Rule::About, Some(tol)) = (t.rule, t.tolerance) {
        s.push_str(&format!(" ± {}", number(tol, 4)));
    }
    if let Some(st) = t.stretch {
        s.push_str(&format!(" (stretch {})", number(st, 4)));
    }
    s
}
