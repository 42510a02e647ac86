//! `progress extract FILE`: a draft spec from Chinese policy text, for a person to review.
//! The reading itself is `crate::extract` (pure); this reads the file and writes the draft.

use crate::cli::ExtractArgs;
use crate::error::{EXIT_OK, Error};
use crate::extract::{ExtractOptions, extract};
use crate::{load, output};

pub fn run(args: &ExtractArgs) -> Result<u8, Error> {
    let file = load::read_file(&args.file).map_err(|d| Error::Input(vec![*d]))?;
    let draft = extract(&file.text, &ExtractOptions { year: args.year });
    if draft.targets.is_empty() {
        return Err(Error::Usage {
            message: format!(
                "no quantified promises found in `{}`",
                crate::text::sanitize(&args.file.display().to_string())
            ),
            help: Some(
                "extract reads Chinese policy text: numbers with units and a rule or window \
                 word (全年…增长15%以上, 3年内…再建设1万个)"
                    .into(),
            ),
        });
    }
    let text = draft.to_toml();
    match args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"))
    {
        None => output::write_stdout(&text)?,
        Some(path) => {
            output::write_file(path, &text, args.force)?;
            let n = draft.targets.len();
            let note = format!(
                "wrote {} ({n} proposed target{}); review it, then `progress validate --spec {}`\n",
                crate::text::sanitize(&path.display().to_string()),
                if n == 1 { "" } else { "s" },
                crate::text::sanitize(&path.display().to_string()),
            );
            let _ = std::io::Write::write_all(&mut std::io::stderr(), note.as_bytes());
        }
    }
    Ok(EXIT_OK)
}
