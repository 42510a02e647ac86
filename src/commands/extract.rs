//! `progress extract FILE`: a draft spec from Chinese policy text, for a person to review.
//! The reading itself is `crate::extract` (pure); this reads the file and writes the draft.

use crate::cli::ExtractArgs;
use crate::error::{Error, Outcome};
use crate::extract::{Draft, ExtractOptions, Field, extract};
use crate::{load, output};

pub fn run(args: &ExtractArgs) -> Result<Outcome, Error> {
    let file = load::read_file(&args.file).map_err(|d| Error::Input(vec![*d]))?;
    let mut draft = extract(&file.text, &ExtractOptions { year: args.year });
    note_expected_class(&mut draft);
    // Where the draft goes, decided once: a file, or standard output (none, or `-`).
    let file_out = args.output.as_deref().filter(|p| !output::is_stdout(p));
    if file_out.is_none() && !draft.targets.is_empty() {
        // Written a piece at a time: the draft of a large text (3 to 8 bytes of TOML for a
        // byte of text) is never held whole (docs/performance.md).
        use std::io::Write;
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
        draft.write_toml(&mut out).map_err(Error::stdout)?;
        out.flush().map_err(Error::stdout)?;
        std::mem::forget(draft);
        return Ok(Outcome::Ok);
    }
    let mut text = draft.to_toml();
    if draft.targets.is_empty() {
        // Not an error: a text may well hold no promise (a results section, a speech in
        // English). The draft is empty and says so; stderr says it too.
        let shown = crate::text::path(&args.file);
        text.push_str(&format!(
            "\n# No quantified promises found in {}: extract reads Chinese policy text, numbers\n\
             # with units and a rule or window word (全年…增长15%以上, 到2025年…达到65%, indicator tables).\n",
            shown.replace(['\n', '\r'], " ")
        ));
        output::note(&format!(
            "no quantified promises found in {shown}; the draft has no targets"
        ));
    }
    match file_out {
        None => output::write_stdout(&text)?,
        Some(path) => {
            // Never over the text it read, even with --force.
            output::write_file(path, &text, args.force, std::slice::from_ref(&args.file))?;
            let n = draft.targets.len();
            let shown = crate::text::path(path);
            output::write_stderr(&format!(
                "wrote {shown} ({n} proposed target{}); review it, then `progress validate --spec {shown}`\n",
                if n == 1 { "" } else { "s" },
            ));
        }
    }
    // The draft's many small strings are left to the OS to free, as `check` leaves its
    // report (docs/performance.md).
    std::mem::forget(draft);
    std::mem::forget(text);
    Ok(Outcome::Ok)
}

/// The review note above a `class = "expected"` (预期性) target: what the class does to
/// the run (docs/format.md, "Class and owner").
pub const EXPECTED_CLASS_NOTE: &str = "预期性, class = \"expected\": a miss only warns \
    (its default severity is `warn`) and does not fail the run; add `severity = \"error\"` \
    if it must";

/// Adds [`EXPECTED_CLASS_NOTE`] to every proposal the draft classes `expected`, above its
/// `[[target]]`: the reviewer sees that its miss will not fail `progress check`.
fn note_expected_class(draft: &mut Draft) {
    for p in draft
        .targets
        .iter_mut()
        .filter(|p| p.class == Some("expected"))
    {
        p.review(Field::Target, EXPECTED_CLASS_NOTE.to_string());
    }
}
