//! `progress extract FILE`: a draft spec from Chinese policy text, for a person to review.
//! The reading itself is `crate::extract` (pure); this reads the file and writes the draft.

use crate::cli::ExtractArgs;
use crate::error::{Error, Outcome};
use crate::extract::{ExtractOptions, extract};
use crate::{load, output};

pub fn run(args: &ExtractArgs) -> Result<Outcome, Error> {
    let file = load::read_file(&args.file).map_err(|d| Error::Input(vec![*d]))?;
    let draft = extract(&file.text, &ExtractOptions { year: args.year });
    if draft.targets.is_empty() {
        return Err(Error::Usage {
            message: format!(
                "no quantified promises found in `{}`",
                crate::text::path(&args.file)
            ),
            help: Some(
                "extract reads Chinese policy text: numbers with units and a rule or window \
                 word (全年…增长15%以上, 3年内…再建设1万个)"
                    .into(),
            ),
        });
    }
    let text = draft.to_toml();
    match args.output.as_deref().filter(|p| !output::is_stdout(p)) {
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
    Ok(Outcome::Ok)
}
