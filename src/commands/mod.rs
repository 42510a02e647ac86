//! The commands besides `check`, one module each. Each returns the exit code.

pub mod completions;
pub mod explain;
pub mod extract;
pub mod init;
pub mod list;
pub mod schema;
pub mod validate;
