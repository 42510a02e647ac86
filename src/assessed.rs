//! Assessed targets (docs/format.md, "Assessed targets"): no number decides them; their
//! actual is a person's judgement, `{ status = "on-track", by = "…", note = "…" }`, in
//! TOML, or a status word in the `value` column and the assessor in `by` in CSV. This
//! module reads and checks a judgement; `actuals.rs` and `actuals_csv.rs` call it, and
//! evaluation takes the judged status as it is (docs/status-model.md).

use std::ops::Range;

use crate::diagnostic::Kind;
use crate::load::{Fields, Reader, Value};
use crate::status::Status;
use crate::suggest;

/// The statuses a person may judge; `met` and `missed` at any date.
pub const JUDGED: [Status; 4] = [Status::Met, Status::OnTrack, Status::Behind, Status::Missed];

/// A judgement as a TOML value, for messages and templates.
pub const EXAMPLE: &str = "{ status = \"on-track\", by = \"…\", note = \"…\" }";

/// A status word as a judgement: `met`, `on-track`, `behind`, `missed`; else the help.
pub fn parse_status(word: &str) -> Result<Status, String> {
    let word = word.trim();
    if let Some(s) = JUDGED.iter().find(|s| s.as_str() == word) {
        return Ok(*s);
    }
    let words = JUDGED.map(|s| s.as_str());
    let listed = words.map(|w| format!("`{w}`")).join(", ");
    Err(
        match suggest::did_you_mean(&word.to_ascii_lowercase(), words, false) {
            Some(mean) => format!("{mean}; a judgement is one of {listed}"),
            None => format!("a judgement is one of {listed}"),
        },
    )
}

/// A judgement with who made it: the status and `by` (trimmed, never empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub status: Status,
    pub by: String,
}

/// Reads a judgement table (`t`, the whole value at `whole`) for the assessed target
/// `id`: `status` and `by` required, no figure keys. `None` with its problems in `r`.
pub(crate) fn read_table(
    r: &mut Reader<'_>,
    id: &str,
    t: &Fields<'_, '_>,
    whole: &Value<'_>,
) -> Option<Judgement> {
    for key in [
        "value", "unit", "baseline", "previous", "current", "done", "date",
    ] {
        if let Some(sp) = t.key_span(key) {
            let d = r.error_of(
                Kind::NotTaken,
                sp,
                format!("`{id}` is assessed and takes no `{key}`"),
            );
            d.label = Some("no number decides an assessed target".into());
            d.help = Some(format!("its value is a judgement: `{id} = {EXAMPLE}`"));
        }
    }
    let status = r.field::<String>(t, "status", "a string");
    let by = r.field::<String>(t, "by", "a string");
    if !t.has("status") {
        r.missing(
            whole.span(),
            "status",
            "a judgement",
            "status = \"on-track\"",
        );
    }
    if !t.has("by") {
        r.missing(whole.span(), "by", "a judgement", "by = \"国家统计局\"");
    }
    let status = status.and_then(|s| status_at(r, s.get_ref(), s.span()));
    let by = by.and_then(|b| by_at(r, b.get_ref(), b.span()));
    Some(Judgement {
        status: status?,
        by: by?,
    })
}

/// `word` (written at `span`) as a judged status; a problem there if it is not one.
pub(crate) fn status_at(r: &mut Reader<'_>, word: &str, span: Range<usize>) -> Option<Status> {
    match parse_status(word) {
        Ok(s) => Some(s),
        Err(help) => {
            let d = r.error_of(
                Kind::WrongType,
                span,
                format!("`{word}` is not a judgement"),
            );
            d.label = Some("expected met, on-track, behind or missed".into());
            d.help = Some(help);
            None
        }
    }
}

/// Who judged (written at `span`), trimmed; a problem there if it is empty.
pub(crate) fn by_at(r: &mut Reader<'_>, by: &str, span: Range<usize>) -> Option<String> {
    let by = by.trim();
    if by.is_empty() {
        let d = r.error(span, "`by` is empty: a judgement says who made it");
        d.label = Some("empty".into());
        d.help = Some("name the person or unit that assessed the target".into());
        return None;
    }
    Some(by.to_string())
}

/// A value for the assessed target `id` that is not a judgement (a number, `true`, a bare
/// status word), written at `span`.
pub(crate) fn not_a_judgement(r: &mut Reader<'_>, id: &str, span: Range<usize>, found: &str) {
    let d = r.error_of(
        Kind::WrongType,
        span,
        format!("`{id}` is assessed, and its value must be a judgement, found {found}"),
    );
    d.label = Some("expected a judgement".into());
    d.help = Some(format!(
        "write `{id} = {EXAMPLE}`: the status (met, on-track, behind, missed), who judged and why"
    ));
}

/// A judgement (a `status` or `by`, at `span`) given for `id`, a target a number decides.
pub(crate) fn judgement_for_computed(
    r: &mut Reader<'_>,
    id: &str,
    measure: &str,
    span: Range<usize>,
) {
    let d = r.error_of(
        Kind::NotTaken,
        span,
        format!("`{id}` is a `{measure}` target: its figure decides, not a judgement"),
    );
    d.label = Some("a judgement is for assessed targets".into());
    d.help = Some(
        "give the figure (`value = …`), or make the target `measure = \"assessed\"` in the spec"
            .into(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words() {
        assert_eq!(parse_status("on-track"), Ok(Status::OnTrack));
        assert_eq!(parse_status(" met "), Ok(Status::Met));
        let help = parse_status("ontrack").unwrap_err();
        assert!(help.contains("did you mean `on-track`"), "{help}");
        assert!(parse_status("pending").is_err());
        assert!(parse_status("no-data").is_err());
    }
}
