//! `progress schema spec|actuals`: the JSON Schema of a file format, on standard output.

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::{Error, Outcome};
use crate::output;
use crate::schema;

pub fn run(args: &SchemaArgs) -> Result<Outcome, Error> {
    let text = match args.kind {
        SchemaKind::Spec => schema::spec_schema(),
        SchemaKind::Actuals => schema::actuals_schema(),
    };
    output::write_stdout(&text)?;
    Ok(Outcome::Ok)
}
