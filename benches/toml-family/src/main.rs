//! Parses one TOML file the way the chosen API does and nothing more; run under GNU time
//! for CPU and peak memory (`run.sh`). Nothing is freed, as `progress` frees nothing at
//! exit either.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(which), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: toml-family lex|events|detable|table|edit FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let size = match which.as_str() {
        // toml_parser: the whole file into tokens (what every API below starts with).
        "lex" => {
            let tokens = toml_parser::Source::new(&text).lex().into_vec();
            let n = tokens.len();
            std::mem::forget(tokens);
            n
        }
        // toml_parser: tokens, then the parser's events collected: the floor for any tree.
        "events" => {
            let tokens = toml_parser::Source::new(&text).lex().into_vec();
            let (mut events, mut errors) = (Vec::with_capacity(tokens.len()), Vec::new());
            toml_parser::parser::parse_document(&tokens, &mut events, &mut errors);
            let n = events.len() + errors.len();
            std::mem::forget((tokens, events));
            n
        }
        // toml: the spanned tree `progress` reads (it uses parse_recoverable, same cost).
        "detable" => {
            let (table, errors) = toml::de::DeTable::parse_recoverable(&text);
            let n = table.get_ref().len() + errors.len();
            std::mem::forget(table);
            n
        }
        // toml: a plain table without spans (messages could not point at file:line:col).
        "table" => {
            let table: toml::Table = toml::from_str(&text).expect("valid TOML");
            let n = table.len();
            std::mem::forget(table);
            n
        }
        // toml_edit: the format-preserving document.
        "edit" => {
            let doc: toml_edit::Document<String> = text.parse().expect("valid TOML");
            let n = doc.as_table().len();
            std::mem::forget(doc);
            n
        }
        other => {
            eprintln!("unknown parser `{other}`");
            std::process::exit(2);
        }
    };
    println!("{which}: {size}");
}
