//! `progress schema spec|actuals`: the JSON Schema of a file format, on standard output.

use crate::cli::{SchemaArgs, SchemaKind};
use crate::error::{EXIT_OK, Error};
use crate::output;
use crate::schema;

pub fn run(args: &SchemaArgs) -> Result<u8, Error> {
    let text = match args.kind {
        SchemaKind::Spec => schema::spec_schema(),
        SchemaKind::Actuals => schema::actuals_schema(),
    };
    output::write_stdout(&text)?;
    Ok(EXIT_OK)
}
