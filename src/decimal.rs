//! Figures from the input files as the decimals they are written as.
//!
//! `3.1`, `0.57` and `20` in a spec or actuals file are decimal numbers; as binary floats
//! `|3.1 − 3|` is `0.10000000000000009` and `0.57 × 10⁴` is `5699.999999999999`, so a
//! figure written equal to its goal could fail an inclusive rule. Every figure read from a
//! file is therefore a [`Decimal`] (rust_decimal: a 96-bit integer and a power of ten,
//! up to 28 significant digits, magnitude below [`MAX_TEXT`]), and the arithmetic on them
//! is decimal: unit conversion, growth from two levels, `increase` / `multiply` goals,
//! tolerance bands and gaps. Floating point is kept for what is irrational anyway (pace,
//! trends, projections) and for drawing (docs/status-model.md, "Exact and approximate").
//!
//! The decimal is read from the literal's own text (toml keeps it: `DeFloat::as_str`),
//! never through an `f64`, so `0.1` is exactly one tenth and a figure of 20 significant
//! digits keeps them all.

use std::fmt;

pub use rust_decimal::Decimal;

/// The largest magnitude a figure may have, as the docs and messages say it.
pub const MAX_TEXT: &str = "79,228,162,514,264,337,593,543,950,335 (about 7.9e28)";

/// Why a text is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// Not a number at all.
    NotANumber,
    /// `inf` or `nan`.
    NotFinite,
    /// A number too large for the decimal type.
    OutOfRange,
}

/// Parses a number in any form Rust's `f64` parser accepts (`12`, `-3.5`, `.5`, `1e3`,
/// `+2.5E-3`) into the decimal it denotes. Digits beyond the 28th decimal place are
/// rounded (half to even); a magnitude beyond [`Decimal::MAX`] is [`ParseError::OutOfRange`].
pub fn parse(text: &str) -> Result<Decimal, ParseError> {
    // Most figures are plain `123` or `-4.56`: straight to the decimal parser.
    if is_plain(text) {
        return text.parse::<Decimal>().map_err(|_| ParseError::OutOfRange);
    }
    let float: f64 = text.parse().map_err(|_| ParseError::NotANumber)?;
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    if float.is_nan()
        || body
            .bytes()
            .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E')
    {
        // inf, infinity, nan in any case: the only letters f64 takes besides the exponent.
        return Err(ParseError::NotFinite);
    }
    let negative = text.starts_with('-');
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, "0"),
    };
    // An exponent past a few hundred only ever gives 0 or an overflow: clamp it, so the
    // text built below stays short whatever the input.
    let exponent: i64 = match exponent.parse::<i64>() {
        Ok(e) => e.clamp(-400, 400),
        Err(_)
            if exponent
                .trim_start_matches(['+', '-'])
                .bytes()
                .all(|b| b.is_ascii_digit()) =>
        {
            if exponent.starts_with('-') {
                -400
            } else {
                400
            }
        }
        Err(_) => return Err(ParseError::NotANumber),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = int.chars().chain(frac.chars()).collect();
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(Decimal::ZERO);
    }
    // The decimal point sits `point` digits into `digits` (leading zeros dropped).
    let leading_zeros = (int.len() + frac.len() - digits.len()) as i64;
    let point = int.len() as i64 - leading_zeros + exponent;
    let mut plain = String::with_capacity(digits.len() + 32);
    if negative {
        plain.push('-');
    }
    if point <= 0 {
        plain.push_str("0.");
        plain.extend(std::iter::repeat_n('0', (-point) as usize));
        plain.push_str(digits);
    } else if point as usize >= digits.len() {
        if point > 29 {
            return Err(ParseError::OutOfRange);
        }
        plain.push_str(digits);
        plain.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        plain.push_str(&digits[..point as usize]);
        plain.push('.');
        plain.push_str(&digits[point as usize..]);
    }
    match plain.parse::<Decimal>() {
        Ok(d) => Ok(d),
        // Too many digits before the point, or a round-up past the maximum.
        Err(_) if point > 0 => Err(ParseError::OutOfRange),
        // Nothing left within 28 decimal places.
        Err(_) => Ok(Decimal::ZERO),
    }
}

/// `[+-]digits[.digits]`, at most 28 digits in all: a text the decimal parser reads as it
/// is, exactly (more digits go the long way, which rounds or refuses them).
fn is_plain(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text).as_bytes();
    let (int, frac) = match body.iter().position(|&b| b == b'.') {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, &[][..]),
    };
    !int.is_empty()
        && int.len() + frac.len() <= 28
        && frac.is_empty() != body.contains(&b'.')
        && int.iter().chain(frac).all(u8::is_ascii_digit)
}

/// The nearest `f64` to `d` (correctly rounded: `0.1` gives the same float as parsing
/// "0.1"), for the arithmetic that is floating point anyway and for display.
pub fn to_f64(d: Decimal) -> f64 {
    const EXACT: u128 = 1 << 53;
    let mantissa = d.mantissa().unsigned_abs();
    let scale = d.scale();
    // 10⁰ … 10²², every one an exact float.
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if mantissa <= EXACT && scale <= 22 {
        // Both are exact floats, and one IEEE division rounds correctly.
        let v = mantissa as f64 / POWERS[scale as usize];
        return if d.is_sign_negative() { -v } else { v };
    }
    d.to_string().parse().unwrap_or(f64::NAN)
}

/// A value that can be shown as a figure: a decimal from the files, or a float computed
/// from them (a pace, a projection). Formatting takes either.
pub trait Figure: Copy {
    /// A decimal from the files is exact: machine formats (JSON, CSV) write it whole, as its
    /// nearest float, instead of rounding away float noise it does not have (a value of
    /// 3.1000001 that misses `≤ 3.1` must not be written as 3.1 with a gap of 0).
    const EXACT: bool = false;
    fn to_f64(self) -> f64;
}

impl Figure for f64 {
    fn to_f64(self) -> f64 {
        self
    }
}

impl Figure for Decimal {
    const EXACT: bool = true;
    fn to_f64(self) -> f64 {
        to_f64(self)
    }
}

/// The decimal nearest to a float computed from figures (a projection), when it is in
/// range: to test a rule on it.
pub fn from_f64(v: f64) -> Option<Decimal> {
    if !v.is_finite() {
        return None;
    }
    Decimal::try_from(v).ok()
}

/// Shows a parse problem's kind in words.
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseError::NotANumber => "not a number",
            ParseError::NotFinite => "not a finite number",
            ParseError::OutOfRange => "out of range",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn parses_every_form_as_written() {
        assert_eq!(parse("3.1"), Ok(d("3.1")));
        assert_eq!(parse("+3.1"), Ok(d("3.1")));
        assert_eq!(parse("-20"), Ok(d("-20")));
        assert_eq!(parse(".5"), Ok(d("0.5")));
        assert_eq!(parse("5."), Ok(d("5")));
        assert_eq!(parse("1e3"), Ok(d("1000")));
        assert_eq!(parse("1.2e20"), Ok(d("120000000000000000000")));
        assert_eq!(parse("2.5E-3"), Ok(d("0.0025")));
        assert_eq!(parse("0.57"), Ok(d("0.57")));
        assert_eq!(parse("0012.50"), Ok(d("12.5")));
        assert_eq!(parse("-0.001"), Ok(d("-0.001")));
        assert_eq!(
            parse("1234567890123456789012345678.9"),
            Ok(d("1234567890123456789012345678.9"))
        );
        assert_eq!(
            parse("0.12345678901234567890123456789"),
            Ok(d("0.1234567890123456789012345679"))
        );
        assert_eq!(parse("0"), Ok(Decimal::ZERO));
        assert_eq!(parse("0e99999999999999999999"), Ok(Decimal::ZERO));
        assert_eq!(parse("1e-40"), Ok(Decimal::ZERO));
        assert_eq!(parse("1e-9999999999999999999999"), Ok(Decimal::ZERO));
    }

    #[test]
    fn refuses_what_is_not_a_finite_decimal() {
        assert_eq!(parse("1e300"), Err(ParseError::OutOfRange));
        assert_eq!(parse("1e29"), Err(ParseError::OutOfRange));
        assert_eq!(
            parse("-1e99999999999999999999"),
            Err(ParseError::OutOfRange)
        );
        assert_eq!(
            parse("79228162514264337593543950336"),
            Err(ParseError::OutOfRange)
        );
        assert_eq!(parse("79228162514264337593543950335"), Ok(Decimal::MAX));
        assert_eq!(parse("inf"), Err(ParseError::NotFinite));
        assert_eq!(parse("-Infinity"), Err(ParseError::NotFinite));
        assert_eq!(parse("NaN"), Err(ParseError::NotFinite));
        assert_eq!(parse("1,5"), Err(ParseError::NotANumber));
        assert_eq!(parse(""), Err(ParseError::NotANumber));
    }

    #[test]
    fn converts_to_the_nearest_float() {
        for text in [
            "0.1",
            "3.1",
            "0.57",
            "-7095",
            "5699.999999999999",
            "12345678901234567890.123",
            "0.000000000000000000000000001",
            "79228162514264337593543950335",
        ] {
            assert_eq!(to_f64(d(text)), text.parse::<f64>().unwrap(), "{text}");
        }
    }
}
