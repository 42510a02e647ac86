//! What a command comes to: an [`Outcome`] when it ran, an [`Error`] when it could not.
//! Exit codes are the binary's business (`main.rs` maps these to them).

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

/// How a command that ran came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing failing (or nothing to judge).
    Ok,
    /// At least one failing target.
    Failing,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in input files, all of them, with their places.
    #[error("{} problem(s) in the input files", crate::diagnostic::count(.0))]
    Input(Vec<Diagnostic>),
    /// A report could not be written.
    #[error("cannot write `{}`: {source}", crate::text::path(path))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Standard output went away (`progress check … | head`): end quietly.
    #[error("standard output closed")]
    BrokenPipe,
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// A command-line argument that names nothing (an unknown target id, say).
    #[error("{message}{}", help_line(.help))]
    Usage {
        message: String,
        help: Option<String>,
    },
}

fn help_line(help: &Option<String>) -> String {
    help.as_ref()
        .map(|h| format!("\n  = help: {h}"))
        .unwrap_or_default()
}

impl Error {
    /// Writing to standard output failed: a closed pipe is not an error to report.
    pub fn stdout(e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Stdout(e)
        }
    }
}
