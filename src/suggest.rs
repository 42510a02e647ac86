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
}
