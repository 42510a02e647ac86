//! Reading TOML with source positions, collecting every problem instead of stopping at
//! the first.
//!
//! The document is parsed once into toml's spanned tree (`DeTable`); each field is then
//! deserialised on its own into its Rust type, so one wrong field does not hide the next
//! and every problem carries the byte range it came from.

use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use serde::de::{DeserializeOwned, IntoDeserializer};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

use crate::decimal::{self, Decimal};
use crate::diagnostic::{self, Diagnostic, Kind, SourceFile};
use crate::suggest;

pub type Value<'i> = Spanned<DeValue<'i>>;
pub type Key<'i> = Spanned<DeString<'i>>;

/// Files larger than this are refused before they are read: a spec of 100,000 targets is
/// about 25 MB.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Lines longer than this are refused: no field of a spec or actuals file needs one.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;
/// Arrays, inline tables and dotted keys nested deeper than this are refused; the formats
/// need four levels (`[[target]]` → `name = { zh = … }`), and refusing early keeps a
/// hostile `a = [[[[…` from exhausting the stack.
pub const MAX_NESTING: usize = 32;

/// Reads a file as UTF-8 text; a missing file, a directory, bad bytes or a file beyond
/// [`MAX_FILE_BYTES`] are problems too.
pub fn read_file(path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    if path == Path::new("-") {
        // `-` is standard input: `… | progress check -` (read once: `input::stdin_once`).
        let file = read_source("<stdin>".into(), std::io::stdin().lock(), 0)?;
        if file.text.trim().is_empty() {
            return Err(whole_file(
                "<stdin>",
                Kind::Unreadable,
                "standard input is empty".into(),
                Some("nothing was piped in: e.g. `cat FILE | progress check -`".into()),
            ));
        }
        return Ok(file);
    }
    let name = path.display().to_string();
    let whole_file = |message, help| whole_file(&name, Kind::Unreadable, message, help);
    if path.is_dir() {
        return Err(whole_file(
            "is a directory, not a file".into(),
            Some("name a file inside it".into()),
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| {
        let help = (e.kind() == std::io::ErrorKind::NotFound).then(|| {
            if path.is_absolute() {
                "check the path".to_string()
            } else {
                "check the path; it is relative to the current directory".to_string()
            }
        });
        whole_file(format!("cannot read the file: {e}"), help)
    })?;
    let size = file.metadata().map_or(0, |m| m.len());
    read_source(name, file, size)
}

/// A problem with a file as a whole (no place in it to point at).
fn whole_file(name: &str, kind: Kind, message: String, help: Option<String>) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::new(&SourceFile::new(name, ""), None, message)
            .kind(kind)
            .help(help),
    )
}

/// Reads a whole source, `size` bytes long if known (0 if not), refusing one over
/// [`MAX_FILE_BYTES`], and checks that it is UTF-8; a leading byte-order mark is dropped.
fn read_source(
    name: String,
    source: impl std::io::Read,
    size: u64,
) -> Result<SourceFile, Box<Diagnostic>> {
    let whole_file = |kind, message, help| whole_file(&name, kind, message, help);
    let too_big = |size: u64| {
        whole_file(
            Kind::TooLarge,
            format!(
                "the file is too large: {} MiB, the limit is {} MiB",
                size.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            Some("a spec of 100,000 targets is about 25 MB; split the file or check that it is the right one".into()),
        )
    };
    // The size is checked before reading, and the read is capped too, in case the file
    // grows meanwhile or is a pipe whose size is unknown.
    if size > MAX_FILE_BYTES {
        return Err(too_big(size));
    }
    // Sized from the metadata so a 30 MB spec is read without growing the buffer.
    let mut bytes = Vec::with_capacity(size as usize + 1);
    std::io::Read::read_to_end(
        &mut std::io::Read::take(source, MAX_FILE_BYTES + 1),
        &mut bytes,
    )
    .map_err(|e| whole_file(Kind::Unreadable, format!("cannot read the file: {e}"), None))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    if utf16_without_mark(&bytes) {
        let (nuls, hint) = if utf32(&bytes) {
            ("NUL bytes", UTF32_HINT)
        } else {
            ("a NUL byte", UTF16_HINT)
        };
        return Err(whole_file(
            Kind::NotUtf8,
            format!("the file is not UTF-8: {nuls} beside every character"),
            Some(format!("save the file as UTF-8{hint}")),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            // A byte-order mark (Excel, Notepad) is not text: without it, columns in
            // messages are the ones an editor shows.
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(SourceFile::new(name, text))
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let file = SourceFile::new(name, prefix);
            Err(Box::new(
                Diagnostic::new(&file, Some(valid..valid), "the file is not valid UTF-8")
                    .kind(Kind::NotUtf8)
                    .label(format!("invalid byte at offset {valid}"))
                    .help(Some(format!(
                        "save the file as UTF-8{}",
                        encoding_hint(&bytes, valid)
                    ))),
            ))
        }
    }
}

const UTF16_HINT: &str =
    " (it is UTF-16: in a spreadsheet save as \"CSV UTF-8\", in an editor choose UTF-8)";
const UTF32_HINT: &str =
    " (it is UTF-32: in a spreadsheet save as \"CSV UTF-8\", in an editor choose UTF-8)";

/// UTF-32, little- or big-endian: its mark, or a head whose every 4-byte group is a code
/// point (below U+110000, not 0), which UTF-16 and UTF-8 text never is.
fn utf32(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(64) / 4 * 4];
    let groups = head.chunks_exact(4);
    let le = groups
        .clone()
        .all(|g| g[3] == 0 && g[2] <= 0x10 && g != [0; 4]);
    let be = groups
        .clone()
        .all(|g| g[0] == 0 && g[1] <= 0x10 && g != [0; 4]);
    head.len() >= 8 && (le || be)
}

/// UTF-16 without its mark: ASCII text with a NUL beside every character (which is
/// valid UTF-8, so only this tells).
fn utf16_without_mark(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 8 && head.iter().filter(|&&b| b == 0).count() * 3 >= head.len()
}

/// What a file that is not UTF-8 probably is, for the help line; `valid` bytes from the
/// start are UTF-8.
fn encoding_hint(bytes: &[u8], valid: usize) -> &'static str {
    if utf32(bytes) {
        return UTF32_HINT;
    }
    let utf16_mark = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if utf16_mark || utf16_without_mark(bytes) {
        return UTF16_HINT;
    }
    // UTF-8 up to a bad byte (a cut-off character, a stray byte): no other encoding.
    if bytes[..valid].iter().any(|&b| b >= 0x80) {
        return "";
    }
    // GBK/GB18030, the Chinese Windows code page: a lead byte 0x81–0xFE, then a trail byte
    // 0x40–0xFE (not 0x7F), for most of the non-ASCII bytes from the first bad one on.
    let rest = &bytes[valid..];
    let (mut pairs, mut high) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        if b >= 0x80 {
            high += 1;
            if (0x81..=0xFE).contains(&b)
                && rest
                    .get(i + 1)
                    .is_some_and(|&t| (0x40..=0xFE).contains(&t) && t != 0x7F)
            {
                pairs += 1;
                high += 1;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    if pairs >= 2 && pairs * 2 * 10 >= high * 9 {
        " (it looks like GBK/GB18030, the Chinese Windows encoding: in a spreadsheet save as \"CSV UTF-8\", in an editor choose UTF-8)"
    } else {
        ""
    }
}

/// A day written `YYYY-MM-DD` and nothing else: four-digit year, two-digit month and day.
/// (chrono's `%Y-%m-%d` would also take a leading space, a sign and a longer year.)
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The first line longer than [`MAX_LINE_BYTES`]: its start and length in bytes.
fn overlong_line(text: &str) -> Option<(usize, usize)> {
    let mut start = 0;
    for line in text.split('\n') {
        if line.len() > MAX_LINE_BYTES {
            return Some((start, line.len()));
        }
        start += line.len() + 1;
    }
    None
}

/// Where TOML text first nests deeper than `limit`: arrays and inline tables, plus the
/// segments of dotted keys and table headers. A scan, not a parse: it only has to know
/// strings and comments, so it runs before the parser and cannot itself recurse.
pub fn too_deep(text: &str, limit: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum Str {
        Basic,
        Literal,
        MultiBasic,
        MultiLiteral,
    }
    let bytes = text.as_bytes();
    // Open brackets: `[` (array or header), `{` (inline table).
    let mut stack: Vec<u8> = Vec::new();
    let mut in_string: Option<Str> = None;
    // Dots seen in the key being read; keys start a line, follow `{` or `,` in a table.
    let mut in_key = true;
    let mut key_dots = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(kind) = &in_string {
            // Most of a spec is text inside strings: skip to the next byte that matters.
            match bytes[i..]
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b'\\' | b'\n'))
            {
                Some(skip) => i += skip,
                None => break,
            }
            let b = bytes[i];
            match (kind, b) {
                (Str::Basic | Str::MultiBasic, b'\\') => i += 1,
                (Str::Basic, b'"') | (Str::Literal, b'\'') => in_string = None,
                (Str::Basic | Str::Literal, b'\n') => in_string = None,
                (Str::MultiBasic, b'"') if bytes[i..].starts_with(b"\"\"\"") => {
                    in_string = None;
                    i += 2;
                }
                (Str::MultiLiteral, b'\'') if bytes[i..].starts_with(b"\'\'\'") => {
                    in_string = None;
                    i += 2;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        let b = bytes[i];
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                in_string = Some(Str::MultiBasic);
                i += 2;
            }
            b'\'' if bytes[i..].starts_with(b"\'\'\'") => {
                in_string = Some(Str::MultiLiteral);
                i += 2;
            }
            b'"' => in_string = Some(Str::Basic),
            b'\'' => in_string = Some(Str::Literal),
            b'[' | b'{' => {
                // `{` opens a table, whose keys come next; a `[` where a key was expected
                // (a line's start) opens a table header, whose name is a key too.
                in_key = b == b'{' || in_key;
                key_dots = 0;
                stack.push(b);
            }
            b']' | b'}' => {
                stack.pop();
                in_key = false;
                key_dots = 0;
            }
            b',' => {
                in_key = stack.last() == Some(&b'{');
                key_dots = 0;
            }
            b'=' => {
                in_key = false;
                key_dots = 0;
            }
            b'\n' if stack.is_empty() => {
                in_key = true;
                key_dots = 0;
            }
            b'.' if in_key => key_dots += 1,
            _ => {}
        }
        if stack.len() + key_dots > limit {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A document with more syntax errors than this is not handed to toml's recovering
/// parser, which keeps every error (about 200 bytes each, for a problem that can take two
/// bytes of input): its errors are counted by [`syntax_errors`] instead.
const MAX_RECOVERED_ERRORS: usize = 10_000;

/// Collects the problems of one file while its fields are read: the first
/// [`diagnostic::MAX_SHOWN`] in full, the rest counted by kind
/// ([`diagnostic::push_bounded`]).
pub struct Reader<'f> {
    pub file: &'f SourceFile,
    pub diags: Vec<Diagnostic>,
    /// Every problem recorded, including the ones only counted.
    count: usize,
    /// What [`Reader::error`] hands out for a problem that is only counted: callers set
    /// its label and help, which nothing reads.
    scratch: Diagnostic,
    /// When surveying (see [`Reader::survey`]): every key name the tables finished with
    /// [`Reader::finish`] asked for, in the order first asked.
    surveyed: Option<Vec<&'static str>>,
}

impl<'f> Reader<'f> {
    pub fn new(file: &'f SourceFile) -> Self {
        Reader {
            file,
            diags: Vec::new(),
            count: 0,
            scratch: Diagnostic::new(file, None, ""),
            surveyed: None,
        }
    }

    /// The key names a loader asks for when `read` runs it (usually on an empty table):
    /// the keys its tables know, for the schema's agreement test and for readers that
    /// check a table's keys without loading it (`actuals::check_shape`).
    pub fn survey(read: impl FnOnce(&mut Reader<'_>)) -> Vec<&'static str> {
        let file = SourceFile::new("<survey>", "");
        let mut r = Reader::new(&file);
        r.surveyed = Some(Vec::new());
        read(&mut r);
        r.surveyed.unwrap_or_default()
    }

    /// Reports every key of `fields`' table that no stage asked for, as an unknown key in
    /// `context` ("did you mean" and "expected one of" from the names asked for, in the
    /// order asked). Call it once every key the table may have has been asked for, on
    /// every path: before an early return on a problem, so that a key read only later is
    /// not reported as unknown.
    pub fn finish(&mut self, fields: &Fields<'_, '_>, context: &str) {
        if let Some(log) = &mut self.surveyed {
            for k in fields.asked() {
                if !log.contains(&k) {
                    log.push(k);
                }
            }
        }
        if fields.all_read() {
            return;
        }
        let mut asked: Option<Vec<&'static str>> = None;
        for (i, (key, _)) in fields.table.iter().enumerate() {
            if fields.was_read(i) {
                continue;
            }
            let allowed = asked.get_or_insert_with(|| fields.asked());
            self.unknown_key(key, allowed, context);
        }
    }

    /// How many problems have been recorded (`diags` holds a bounded number of them).
    pub fn count(&self) -> usize {
        self.count
    }

    /// The problems recorded since `mark` (an earlier [`Reader::count`]) and kept in full,
    /// to be worded further.
    pub fn since(&mut self, mark: usize) -> impl Iterator<Item = &mut Diagnostic> {
        self.diags
            .iter_mut()
            .filter(move |d| d.tally.is_none() && d.order >= mark)
    }

    /// Parses the whole document. On a syntax error the problems are recorded and `None`
    /// returned: a broken document is not checked further, to avoid follow-on noise.
    pub fn parse(&mut self) -> Option<Spanned<DeTable<'f>>> {
        if !self.within_limits() {
            return None;
        }
        // A good document is parsed once; toml's `parse` keeps only the first error.
        if let Ok(doc) = DeTable::parse(&self.file.text) {
            return Some(doc);
        }
        // A flood of syntax errors (a file of a million `?` lines): counted on the
        // parser's own pass, a bounded number kept, and the document checked no further.
        // The parser reports them in the order of the file: the first fifty are kept, the
        // rest only counted.
        let file = self.file;
        let mut diags = Vec::new();
        let mut counted = 0usize;
        let mut first_counted = None;
        syntax_errors(&file.text, |span, error| {
            if counted < diagnostic::MAX_SHOWN {
                diags.push(invalid_toml(file, span, &parse_error_message(error)));
            } else if first_counted.is_none() {
                first_counted = Some(span);
            }
            counted += 1;
        });
        if counted > MAX_RECOVERED_ERRORS {
            let mut tally = invalid_toml(file, first_counted.flatten(), "");
            tally.tally = Some(counted - diagnostic::MAX_SHOWN);
            diags.push(tally);
            self.count += counted;
            self.diags.extend(diags);
            return None;
        }
        // Otherwise toml's recovering parser, which also finds the errors of the later
        // stages (a duplicate key, a bad escape or number).
        let (_, mut errors) = DeTable::parse_recoverable(&self.file.text);
        // Syntax errors come first, then those of the later stages: the ones kept in full
        // are the first in the file.
        errors.sort_by_key(|e| e.span().map(|s| s.start));
        for e in errors {
            let message = e.message().trim().to_string();
            let mut d = invalid_toml(self.file, e.span(), &message);
            d.order = self.count;
            self.count += 1;
            diagnostic::push_bounded(&mut self.diags, d);
        }
        None
    }

    /// Records a problem at the first line longer than [`MAX_LINE_BYTES`], with `help`
    /// (which names the kind of file); `true` when there is one. TOML and CSV alike.
    pub fn refuse_long_line(&mut self, help: &str) -> bool {
        let Some((start, len)) = overlong_line(&self.file.text) else {
            return false;
        };
        let d = self.error_of(
            Kind::LineTooLong,
            start..start,
            format!(
                "line too long: {} KiB, the limit is {} KiB",
                len.div_ceil(1024),
                MAX_LINE_BYTES / 1024
            ),
        );
        d.label = Some("this line".into());
        d.help = Some(help.into());
        true
    }

    /// Refuses text beyond the limits on line length and nesting before it is parsed.
    pub fn within_limits(&mut self) -> bool {
        if self.refuse_long_line("no field needs a line this long; check that this is a TOML file")
        {
            return false;
        }
        if let Some(at) = too_deep(&self.file.text, MAX_NESTING) {
            let d = self.error_of(
                Kind::TooDeep,
                at..at + 1,
                format!("nesting too deep: more than {MAX_NESTING} levels of arrays, tables or dotted keys"),
            );
            d.label = Some(format!("level {} starts here", MAX_NESTING + 1));
            d.help = Some(
                "a spec needs at most four levels (`[[target]]`, then `name = { zh = \"…\" }`)"
                    .into(),
            );
            return false;
        }
        true
    }

    /// Records a problem of kind [`Kind::Invalid`]; set its label and help on the result.
    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.error_of(Kind::Invalid, span, message)
    }

    /// Records a problem of a given kind; set its label and help on the result.
    pub fn error_of(
        &mut self,
        kind: Kind,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let mut d = Diagnostic::new(self.file, Some(span), message).kind(kind);
        d.order = self.count;
        self.count += 1;
        match diagnostic::push_bounded(&mut self.diags, d) {
            Some(d) => d,
            None => &mut self.scratch,
        }
    }

    /// Reports every key of `table` not in `allowed` (names surveyed from a loader, never
    /// a list kept by hand), with a suggestion.
    pub fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], context: &str) {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                self.unknown_key(key, allowed, context);
            }
        }
    }

    /// An unknown key, with "did you mean" or the list of the `allowed` names.
    fn unknown_key(&mut self, key: &Key<'_>, allowed: &[&str], context: &str) {
        let name: &str = key.get_ref();
        let help = suggest::did_you_mean(name, allowed.iter().copied(), true);
        let d = self.error_of(
            Kind::UnknownKey,
            key.span(),
            format!("unknown key `{name}` in {context}"),
        );
        d.label = Some("unknown key".into());
        d.help = help;
    }

    /// Reports a required key that is missing, pointing at the table that lacks it.
    pub fn missing(&mut self, span: Range<usize>, key: &str, context: &str, example: &str) {
        let d = self.error_of(
            Kind::MissingKey,
            span,
            format!("missing `{key}` in {context}"),
        );
        d.label = Some(format!("this needs `{key}`"));
        d.help = Some(format!("add a line such as `{example}`"));
    }

    /// Deserialises one field into `T`; a wrong type is recorded, not returned.
    pub fn field<T: DeserializeOwned>(
        &mut self,
        table: &Fields<'_, '_>,
        key: &'static str,
        expected: &str,
    ) -> Option<Spanned<T>> {
        let value = table.get(key)?;
        self.value(key, value, expected)
    }

    pub fn value<T: DeserializeOwned>(
        &mut self,
        key: &str,
        value: &Value<'_>,
        expected: &str,
    ) -> Option<Spanned<T>> {
        let span = value.span();
        // TOML integers are 64-bit; the parser also passes larger ones through.
        let beyond_i64 = matches!(value.get_ref(),
            DeValue::Integer(i) if i64::from_str_radix(i.as_str(), i.radix()).is_err());
        match T::deserialize(value.clone().into_deserializer()) {
            Ok(v) if !beyond_i64 => Some(Spanned::new(span, v)),
            Ok(_) | Err(_)
                if (expected == "a number" || beyond_i64)
                    && matches!(value.get_ref(), DeValue::Integer(_) | DeValue::Float(_)) =>
            {
                self.out_of_range(key, span, value);
                None
            }
            // Beyond i64 is an integer, so the arm above took it.
            Ok(v) => Some(Spanned::new(span, v)),
            Err(e) => {
                let message = e.message().to_string();
                let help = variant_help(&message, value.get_ref());
                let d = self.error_of(
                    Kind::WrongType,
                    span,
                    format!(
                        "`{key}` must be {expected}, found {}",
                        describe(value.get_ref())
                    ),
                );
                d.label = Some(if expected.len() > 30 {
                    "not a valid value".to_string()
                } else {
                    format!("expected {expected}")
                });
                d.help = help.or_else(|| quoted_number_help(key, expected, value.get_ref()));
                None
            }
        }
    }

    /// "`key` = 1e300 is out of range", with the range in the help.
    fn out_of_range(&mut self, key: &str, span: Range<usize>, value: &Value<'_>) {
        let d = self.error_of(
            Kind::OutOfRange,
            span,
            format!(
                "`{key}` = {} is out of range",
                describe_raw(value.get_ref())
            ),
        );
        d.label = Some("out of range".into());
        d.help = Some(out_of_range_help().into());
    }

    /// A finite number (integer or float), as the decimal it is written as.
    pub fn number(
        &mut self,
        table: &Fields<'_, '_>,
        key: &'static str,
    ) -> Option<Spanned<Decimal>> {
        let value = table.get(key)?;
        self.number_value(key, value)
    }

    /// A number as the decimal its literal writes (`0.1` is one tenth, not the float
    /// nearest to it: `crate::decimal`); a number beyond the decimal range is refused here.
    pub fn number_value(&mut self, key: &str, value: &Value<'_>) -> Option<Spanned<Decimal>> {
        let n: Spanned<f64> = self.value(key, value, "a number")?;
        if !n.get_ref().is_finite() {
            let d = self.error_of(
                Kind::NotFinite,
                n.span(),
                format!("`{key}` must be a finite number"),
            );
            d.label = Some("not a finite number".into());
            d.help = Some("nan and inf are not figures; write the number, or leave it out".into());
            return None;
        }
        match number_of(value.get_ref()) {
            Ok(d) => Some(Spanned::new(n.span(), d)),
            Err(_) => {
                self.out_of_range(key, n.span(), value);
                None
            }
        }
    }

    /// A calendar date (`2020-12-31`, no time of day).
    pub fn date(
        &mut self,
        table: &Fields<'_, '_>,
        key: &'static str,
    ) -> Option<Spanned<NaiveDate>> {
        let value = table.get(key)?;
        self.date_value(key, value)
    }

    pub fn date_value(&mut self, key: &str, value: &Value<'_>) -> Option<Spanned<NaiveDate>> {
        let span = value.span();
        let parsed = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt
                .date
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())),
            DeValue::String(s) => parse_day(s),
            _ => None,
        };
        if parsed.is_none() {
            let d = self.error_of(
                Kind::NotADate,
                span.clone(),
                format!(
                    "`{key}` must be a date, found {}",
                    describe(value.get_ref())
                ),
            );
            d.label = Some("expected a date".into());
            d.help = Some(format!("write it as `{key} = 2020-12-31` (year-month-day)"));
        }
        parsed.map(|d| Spanned::new(span, d))
    }

    /// A table (inline or not) under `key`.
    pub fn table<'a, 'i>(&mut self, key: &str, value: &'a Value<'i>) -> Option<&'a DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                let d = self.error_of(
                    Kind::WrongType,
                    value.span(),
                    format!("`{key}` must be a table, found {}", describe(other)),
                );
                d.label = Some("expected a table".into());
                None
            }
        }
    }
}

/// A TOML syntax error, as toml words it.
fn invalid_toml(file: &SourceFile, span: Option<Range<usize>>, message: &str) -> Diagnostic {
    Diagnostic::new(file, span, format!("invalid TOML: {message}"))
        .kind(Kind::InvalidToml)
        .label("here")
}

/// Runs toml's parser (the stage that finds syntax errors, before values are decoded
/// and tables built) over `text`, calling `each` with the span of every syntax error and
/// the error. Nothing but the tokens is kept: memory stays that of the text's tokens
/// however many errors there are.
fn syntax_errors(text: &str, mut each: impl FnMut(Option<Range<usize>>, &toml_parser::ParseError)) {
    let source = toml_parser::Source::new(text);
    let tokens = source.lex().into_vec();
    let mut sink = |e: toml_parser::ParseError| {
        each(e.unexpected().map(|s| s.start()..s.end()), &e);
    };
    let mut events = ();
    let mut receiver = toml_parser::parser::ValidateWhitespace::new(&mut events, source);
    toml_parser::parser::parse_document(&tokens, &mut receiver, &mut sink);
}

/// A parser error's message, as toml's own `Error` words it.
fn parse_error_message(error: &toml_parser::ParseError) -> String {
    let mut message = error.description().to_string();
    if let Some(expected) = error.expected() {
        message.push_str(", expected ");
        if expected.is_empty() {
            message.push_str("nothing");
        }
        for (i, expected) in expected.iter().enumerate() {
            if i != 0 {
                message.push_str(", ");
            }
            match expected {
                toml_parser::Expected::Literal(lit) => message.push_str(&match *lit {
                    "\n" => "newline".to_string(),
                    "`" => "'`'".to_string(),
                    s if s.chars().all(|c| c.is_ascii_control()) => {
                        format!("`{}`", s.escape_debug())
                    }
                    s => format!("`{s}`"),
                }),
                toml_parser::Expected::Description(desc) => message.push_str(desc),
                _ => message.push_str("etc"),
            }
        }
    }
    message.trim().to_string()
}

/// One TOML table as its stages read it: every key is asked for by name through it
/// ([`Fields::get`], or [`Reader::field`] and the like), and it remembers which entries were
/// read and which names were asked for, so that [`Reader::finish`] reports the keys no
/// stage asked for as unknown. The keys a table may have are so the keys its loader reads:
/// no list of them is kept by hand.
///
/// Cheap enough for a million targets: the entries read are bits of one word (a list
/// only past the 64th entry, which no valid table has), the names asked for one small
/// list of `&'static str`.
pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    /// Entry `i` (in the table's order) has been read, for `i` < 64.
    read: Cell<u64>,
    /// Entries from the 64th on that have been read.
    read_far: RefCell<Vec<usize>>,
    /// Every name asked for, in order, repeats included.
    asked: RefCell<Vec<&'static str>>,
}

impl<'a, 'i> Fields<'a, 'i> {
    pub fn new(table: &'a DeTable<'i>) -> Self {
        Fields {
            table,
            read: Cell::new(0),
            read_far: RefCell::new(Vec::new()),
            asked: RefCell::new(Vec::with_capacity(32)),
        }
    }

    /// The table itself, for what is not a key of a fixed name (its length, its span).
    pub fn table(&self) -> &'a DeTable<'i> {
        self.table
    }

    /// The value of `key`, which becomes a key of this table.
    pub fn get(&self, key: &'static str) -> Option<&'a Value<'i>> {
        self.entry(key).map(|(_, v)| v)
    }

    /// Whether the table has `key` (asking for it).
    pub fn has(&self, key: &'static str) -> bool {
        self.entry(key).is_some()
    }

    /// Where `key` is written (asking for it).
    pub fn key_span(&self, key: &'static str) -> Option<Range<usize>> {
        self.entry(key).map(|(k, _)| k.span())
    }

    fn entry(&self, key: &'static str) -> Option<(&'a Key<'i>, &'a Value<'i>)> {
        self.asked.borrow_mut().push(key);
        let (i, (k, v)) = self
            .table
            .iter()
            .enumerate()
            .find(|(_, (k, _))| k.get_ref().as_ref() == key)?;
        if i < 64 {
            self.read.set(self.read.get() | 1 << i);
        } else if !self.read_far.borrow().contains(&i) {
            self.read_far.borrow_mut().push(i);
        }
        Some((k, v))
    }

    /// Whether every entry has been read (the usual case, decided without a look at them).
    fn all_read(&self) -> bool {
        self.read.get().count_ones() as usize + self.read_far.borrow().len() == self.table.len()
    }

    fn was_read(&self, i: usize) -> bool {
        if i < 64 {
            self.read.get() & (1 << i) != 0
        } else {
            self.read_far.borrow().contains(&i)
        }
    }

    /// The names asked for so far, each once, in the order first asked.
    pub fn asked(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for k in self.asked.borrow().iter() {
            if !out.contains(k) {
                out.push(k);
            }
        }
        out
    }
}

/// The key and value of `key` in `table`.
pub fn lookup<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Value<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

pub fn key_span(table: &DeTable<'_>, key: &str) -> Option<Range<usize>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(k, _)| k.span())
}

/// A TOML number as the decimal its literal writes; problems are reported by
/// [`Reader::number_value`].
pub fn number_of(value: &DeValue<'_>) -> Result<Decimal, decimal::ParseError> {
    match value {
        DeValue::Integer(i) if i.radix() == 10 => decimal::parse(i.as_str()),
        DeValue::Integer(i) => i128::from_str_radix(i.as_str(), i.radix())
            .ok()
            .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
            .ok_or(decimal::ParseError::OutOfRange),
        DeValue::Float(f) => decimal::parse(f.as_str()),
        _ => Err(decimal::ParseError::NotANumber),
    }
}

/// What a number out of range is told.
pub fn out_of_range_help() -> &'static str {
    "figures must lie within ±79,228,162,514,264,337,593,543,950,335 (about 7.9e28; \
     docs/limits.md); integers must fit 64 bits (up to about 9.2e18): write larger ones \
     as floats, e.g. 1.2e20"
}

/// A number as written.
fn describe_raw(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        other => describe(other),
    }
}

/// What kind of TOML value this is, for "expected …, found …".
pub fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => {
            let shown: String = crate::text::sanitize(s).chars().take(40).collect();
            format!("the string \"{shown}\"")
        }
        DeValue::Integer(i) => format!("the integer {i}"),
        DeValue::Float(f) => format!("the number {f}"),
        DeValue::Boolean(b) => format!("`{b}`"),
        DeValue::Datetime(d) => format!("the date-time {d}"),
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

/// For an unknown enum value (`rule = "at-leest"`), "did you mean `at-least`?" from the
/// variants serde lists in its message.
fn variant_help(message: &str, value: &DeValue<'_>) -> Option<String> {
    let DeValue::String(given) = value else {
        return None;
    };
    // serde lists the variants as "expected one of `a`, `b`, `c`" or "expected `a` or `b`".
    let list = message
        .split_once("expected one of ")
        .or_else(|| message.split_once("expected "))?
        .1;
    let variants: Vec<&str> = list
        .split([',', ' '])
        .filter(|w| w.starts_with('`'))
        .map(|v| v.trim_matches('`'))
        .collect();
    if variants.is_empty() {
        return None;
    }
    suggest::did_you_mean_value(given, variants.iter().copied())
}

/// The hint for a number written in quotes where a number is expected (`value = "3.2"`):
/// remove the quotes. `None` for any other value.
fn quoted_number_help(key: &str, expected: &str, value: &DeValue<'_>) -> Option<String> {
    let DeValue::String(s) = value else {
        return None;
    };
    let written = s.trim();
    let number = crate::decimal::parse(written).ok()?;
    if !expected.contains("number") {
        return None;
    }
    // As written when TOML reads it as a number (`3.2`, `-4`, `1e3`); otherwise the number
    // it denotes (`.5` and `5.` are not TOML numbers: `0.5`, `5`), so the hint is valid TOML.
    let toml_number = DeTable::parse(&format!("x = {written}")).is_ok_and(|t| {
        matches!(
            t.get_ref().get("x").map(|v| v.get_ref()),
            Some(DeValue::Integer(_) | DeValue::Float(_))
        )
    });
    let shown = if toml_number {
        written.to_string()
    } else {
        number.normalize().to_string()
    };
    Some(format!(
        "remove the quotes: `{key} = {shown}` (a number in quotes is text)"
    ))
}

#[cfg(test)]
mod tests {
    use super::{Fields, Reader, too_deep};
    use crate::diagnostic::{Kind, SourceFile};
    use toml::de::DeTable;

    /// Reads `text` as one table, asking for `a` always and `b` only when `a` is 1.
    fn read(text: &str) -> (Vec<(String, Option<String>)>, Vec<&'static str>) {
        let file = SourceFile::new("t.toml", text);
        let doc = DeTable::parse(text).unwrap();
        let mut r = Reader::new(&file);
        let t = &Fields::new(doc.get_ref());
        if r.field::<i64>(t, "a", "an integer")
            .is_some_and(|a| *a.get_ref() == 1)
        {
            let _ = t.get("b");
        }
        r.finish(t, "a test");
        let found = r
            .diags
            .iter()
            .filter(|d| d.kind == Kind::UnknownKey)
            .map(|d| (d.message.clone(), d.help.clone()))
            .collect();
        (found, t.asked())
    }

    #[test]
    fn a_key_never_asked_for_is_unknown_and_one_asked_for_is_not() {
        let (found, asked) = read("a = 1\nb = 2\n");
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(asked, ["a", "b"]);
        // `b` is only read when `a` is 1: otherwise it is never asked for.
        let (found, _) = read("a = 2\nb = 2\nbb = 3\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "unknown key `b` in a test");
        assert_eq!(found[0].1.as_deref(), Some("expected one of `a`"));
        let (found, _) = read("a = 1\nbb = 2\n");
        assert_eq!(found[0].1.as_deref(), Some("did you mean `b`?"));
    }

    #[test]
    fn a_survey_lists_the_names_asked_for_once_in_order() {
        let keys = Reader::survey(|r| {
            let empty = DeTable::new();
            let t = &Fields::new(&empty);
            let _ = (t.get("x"), t.has("y"), t.key_span("x"));
            r.finish(t, "a test");
        });
        assert_eq!(keys, ["x", "y"]);
    }

    #[test]
    fn a_table_of_more_than_64_keys_is_read_in_full() {
        let text: String = (0..70).map(|i| format!("k{i} = {i}\n")).collect();
        let file = SourceFile::new("t.toml", text.clone());
        let doc = DeTable::parse(&text).unwrap();
        let mut r = Reader::new(&file);
        let t = &Fields::new(doc.get_ref());
        // Every key but the last (names asked for are `'static`: leaked, in a test).
        let names = (0..69).map(|i| &*Box::leak(format!("k{i}").into_boxed_str()));
        for k in names {
            let _ = t.get(k);
        }
        r.finish(t, "a test");
        let unknown: Vec<&str> = r.diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(unknown, ["unknown key `k69` in a test"]);
    }

    #[test]
    fn nesting_counts_brackets_braces_and_key_segments() {
        assert_eq!(too_deep("a = [[1]]\n", 2), None);
        assert_eq!(too_deep("a = [[[1]]]\n", 2), Some(6));
        assert_eq!(too_deep("a = { b = { c = 1 } }\n", 2), None);
        assert_eq!(too_deep("a.b.c = 1\n", 1), Some(3));
        assert_eq!(too_deep("[a.b.c]\n", 2), Some(4));
        assert_eq!(too_deep("[[a.b]]\nx = 1\n", 3), None);
    }

    #[test]
    fn nesting_ignores_strings_comments_and_numbers() {
        let text = "a = \"[[[[\" # [[[[[[\nb = '{{{{'\nc = \"\"\"\n[[[[\n\"\"\"\n\
                    d = '''[[[[\n'''\ne = 1.5\nf = \"\\\"[[[[\"\n";
        assert_eq!(too_deep(text, 1), None);
    }
}
