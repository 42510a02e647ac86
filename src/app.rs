//! Carries out a parsed command line: hands it to its command.

use crate::cli::{Cli, Command};
use crate::commands;
use crate::error::{Error, Outcome};

pub fn run(cli: Cli) -> Result<Outcome, Error> {
    match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Validate(args) => commands::validate::run(&args),
        Command::List(args) => commands::list::run(&args),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Init(args) => commands::init::run(&args),
        Command::Extract(args) => commands::extract::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Completions(args) => commands::completions::run(&args),
        Command::Man(args) => commands::completions::man(&args),
    }
}
