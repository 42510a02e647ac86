//! "did you mean …" suggestions for misspelt keys, ids and values.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn closest<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A `help:` line: "did you mean `x`?", or the list of valid names when none is close.
pub fn did_you_mean<'a, I>(input: &str, candidates: I, list_all: bool) -> Option<String>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    if let Some(c) = closest(input, candidates.clone()) {
        return Some(format!("did you mean `{c}`?"));
    }
    if list_all {
        let all: Vec<String> = candidates.into_iter().map(|c| format!("`{c}`")).collect();
        if !all.is_empty() {
            return Some(format!("expected one of {}", all.join(", ")));
        }
    }
    None
}

/// The `help:` line for a value that is not one of a closed list (`measure = "lvl"`):
/// "did you mean `level`?" for a likely typo ([`closest`], letter case ignored) or for an
/// abbreviation of exactly one value (its letters in order, from the first: `lvl`,
/// `ms` for `milestone`), else the list of the values.
pub fn did_you_mean_value<'a, I>(input: &str, values: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    let folded = input.trim().to_lowercase();
    let guess = closest(&folded, values.clone()).or_else(|| abbreviated(&folded, values.clone()));
    match guess {
        Some(v) => Some(format!("did you mean `{v}`?")),
        None => did_you_mean(input, values, true),
    }
}

/// The one value that `input` abbreviates: its letters in order, the first one first
/// (dashes and spaces left out of both). `None` when none does, or more than one.
fn abbreviated<'a>(input: &str, values: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let letters: Vec<char> = input
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .collect();
    if letters.len() < 2 {
        return None;
    }
    let mut found = values.into_iter().filter(|v| {
        let mut chars = v.chars().filter(|c| *c != '-');
        chars.clone().next() == Some(letters[0]) && letters.iter().all(|l| chars.any(|c| c == *l))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_only() {
        let keys = ["deadline", "baseline", "measure"];
        assert_eq!(closest("dealine", keys), Some("deadline"));
        assert_eq!(closest("basline", keys), Some("baseline"));
        assert_eq!(closest("zzz", keys), None);
    }

    #[test]
    fn lists_all_when_nothing_is_close() {
        let h = did_you_mean("qq", ["a-b", "c-d"], true).unwrap();
        assert_eq!(h, "expected one of `a-b`, `c-d`");
    }

    #[test]
    fn values_abbreviated_or_in_capitals_are_suggested() {
        let measures = ["level", "ytd", "growth", "milestone", "assessed"];
        let hint = |v| did_you_mean_value(v, measures).unwrap();
        assert_eq!(hint("lvl"), "did you mean `level`?");
        assert_eq!(hint("LEVEL"), "did you mean `level`?");
        assert_eq!(hint("YTD"), "did you mean `ytd`?");
        assert_eq!(hint("mlstn"), "did you mean `milestone`?");
        assert_eq!(hint("grwth"), "did you mean `growth`?");
        // Nothing close, or an abbreviation of two values: the list.
        assert!(hint("zzz").starts_with("expected one of `level`"));
        let rules = ["at-least", "at-most", "about"];
        assert!(
            did_you_mean_value("a", rules)
                .unwrap()
                .starts_with("expected")
        );
        assert_eq!(
            did_you_mean_value("atleast", rules).unwrap(),
            "did you mean `at-least`?"
        );
        assert_eq!(
            did_you_mean_value("windw", ["year", "window"]).unwrap(),
            "did you mean `window`?"
        );
    }
}
