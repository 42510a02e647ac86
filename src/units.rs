//! Units: labels (个, 家, 项 …), and two families that mean something: currency (元,
//! 万元, 亿元, 万亿元, which convert into one another) and `%`. A label with a magnitude
//! prefix (万, 亿, 万亿) converts into the label without it (万吨 = 10⁴ 吨), and a spec
//! may declare units of its own in a `[units]` table ([`Units`]): a conversion into
//! another unit by a factor, or a unit whose figures may be negative (`signed`).

use std::collections::BTreeMap;
use std::fmt;

use crate::decimal::Decimal;

/// A unit as written in a spec or actuals file.
#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    /// A currency amount: the power of ten that one unit stands for (元 = 0, 亿元 = 8).
    Currency(Currency),
    Percent,
    /// Any other unit: a label for a count (个, 家, 万人 …). Counts are never negative.
    Label(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Currency {
    Yuan,
    Wan,
    Yi,
    WanYi,
}

impl Currency {
    const ALL: [(Currency, &'static str, i32); 4] = [
        (Currency::Yuan, "元", 0),
        (Currency::Wan, "万元", 4),
        (Currency::Yi, "亿元", 8),
        (Currency::WanYi, "万亿元", 12),
    ];

    fn exponent(self) -> i32 {
        Self::ALL
            .iter()
            .find(|(c, ..)| *c == self)
            .map_or(0, |(.., e)| *e)
    }

    fn symbol(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, ..)| *c == self)
            .map_or("元", |(_, s, _)| s)
    }
}

/// Why an actual's unit cannot be used for a target.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitMismatch {
    pub message: String,
    pub help: String,
}

impl Unit {
    pub fn parse(text: &str) -> Unit {
        let t = text.trim();
        if t == "%" || t == "％" {
            return Unit::Percent;
        }
        for (c, symbol, _) in Currency::ALL {
            if t == symbol {
                return Unit::Currency(c);
            }
        }
        Unit::Label(t.to_string())
    }

    pub fn is_percent(&self) -> bool {
        matches!(self, Unit::Percent)
    }

    pub fn is_count(&self) -> bool {
        matches!(self, Unit::Label(_))
    }

    fn family(&self) -> &'static str {
        match self {
            Unit::Currency(_) => "currency",
            Unit::Percent => "percentage",
            Unit::Label(_) => "count",
        }
    }

    /// Converts `value`, given in `self`, into `target`'s unit: exactly, by a power of ten
    /// (0.57 亿元 is 5700 万元, not 5699.999999999999), reading magnitude prefixes of
    /// labels (万吨 ↔ 亿吨 ↔ 吨) but no declared unit (see [`Units::convert`]). A result
    /// beyond the decimal range is [`ConvertError::OutOfRange`].
    pub fn convert(&self, value: Decimal, target: &Unit) -> Result<Decimal, ConvertError> {
        Units::default().convert(value, self, target)
    }

    /// [`Unit::convert`] between units of one family, labels already reduced to a common
    /// base by the caller.
    fn convert_plain(&self, value: Decimal, target: &Unit) -> Result<Decimal, ConvertError> {
        match (self, target) {
            (Unit::Currency(from), Unit::Currency(to)) => {
                let shift = from.exponent() - to.exponent();
                let factor = Decimal::from(10i64.pow(shift.unsigned_abs()));
                if shift >= 0 {
                    value.checked_mul(factor)
                } else {
                    value.checked_div(factor)
                }
                .ok_or(ConvertError::OutOfRange)
            }
            (a, b) if a == b => Ok(value),
            (Unit::Label(a), Unit::Label(b)) => Err(ConvertError::Mismatch(UnitMismatch {
                message: format!("unit `{a}` does not match the target's unit `{b}`"),
                help: format!("give the value in `{b}`, or leave `unit` out"),
            })),
            (a, b) => Err(ConvertError::Mismatch(UnitMismatch {
                message: format!(
                    "unit `{a}` is a {} unit, but the target is measured in `{b}`, a {} unit",
                    a.family(),
                    b.family()
                ),
                help: match b {
                    Unit::Currency(_) => "currency units are 元, 万元, 亿元 and 万亿元".into(),
                    _ => format!("give the value in `{b}`"),
                },
            })),
        }
    }
}

/// The magnitude prefixes every label unit takes, longest first: 万亿X = 10¹² X.
pub const PREFIXES: [(&str, u32); 3] = [("万亿", 12), ("亿", 8), ("万", 4)];

/// Label units whose figures may be negative without being declared: differences in
/// percentage points.
pub const SIGNED_UNITS: [&str; 2] = ["个百分点", "百分点"];

/// The help for a negative figure in a label unit that is not signed.
pub const NEVER_NEGATIVE_HELP: &str = "a count is never negative; a unit whose figures may be \
     (NPS, a difference) is declared `signed = true` in the spec's `[units]` table";

/// How many declared conversions a unit may go through before it reaches its base: far
/// more than any real chain, and a guard against a cycle (refused when the table is read).
const MAX_CHAIN: usize = 64;

/// One unit a spec's `[units]` table declares.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Declared {
    /// `in = "吨", factor = 5e8`: one of this unit is `factor` of the unit `in`.
    pub into: Option<(String, Decimal)>,
    /// Its figures may be negative (NPS, a difference).
    pub signed: bool,
}

/// The units a spec declares (its `[units]` table), and how every label unit reduces to
/// a base: a declared conversion first, else a magnitude prefix, else the label itself.
/// `Units::default()` declares nothing: prefixes still convert.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Units {
    declared: BTreeMap<String, Declared>,
}

impl Units {
    pub fn new(declared: BTreeMap<String, Declared>) -> Units {
        Units { declared }
    }

    /// The declared units, by name.
    pub fn declared(&self) -> &BTreeMap<String, Declared> {
        &self.declared
    }

    /// Whether figures in `unit` may be negative: `个百分点`, `百分点`, a unit declared
    /// `signed`, and every unit that is not a label (currency, `%`).
    pub fn is_signed(&self, unit: &Unit) -> bool {
        match unit {
            Unit::Label(l) => {
                SIGNED_UNITS.contains(&l.as_str()) || self.declared.get(l).is_some_and(|d| d.signed)
            }
            _ => true,
        }
    }

    /// Whether `unit` is a label for a count that can never be negative.
    pub fn is_unsigned_count(&self, unit: &Unit) -> bool {
        unit.is_count() && !self.is_signed(unit)
    }

    /// The base a label unit reduces to and how many of the base one of it is:
    /// `万亿斤` declared `in = "吨", factor = 5e8` is (吨, 5×10⁸); `万吨` is (吨, 10⁴).
    /// A declared name wins over reading it as a prefix. `Err` when the chain is
    /// broken: a cycle, a factor beyond the decimal range, or a conversion into `%` or
    /// currency (refused where the table is written, see [`Units::check`]).
    pub fn reduce(&self, name: &str) -> Result<(String, Decimal), ChainError> {
        let mut name = name.trim().to_string();
        let mut factor = Decimal::ONE;
        let mut passed: Vec<String> = Vec::new();
        for _ in 0..MAX_CHAIN {
            if passed.contains(&name) {
                return Err(ChainError::Cycle);
            }
            passed.push(name.clone());
            let step = match self.declared.get(&name) {
                Some(Declared {
                    into: Some((into, f)),
                    ..
                }) => Some((into.trim().to_string(), *f)),
                Some(_) => None,
                None => PREFIXES.iter().find_map(|(p, e)| {
                    let rest = name.strip_prefix(p)?;
                    (!rest.is_empty()).then(|| (rest.to_string(), Decimal::from(10i64.pow(*e))))
                }),
            };
            let Some((next, f)) = step else {
                return Ok((name, factor));
            };
            if matches!(Unit::parse(&next), Unit::Percent | Unit::Currency(_)) {
                return Err(ChainError::NotALabel(next));
            }
            factor = factor.checked_mul(f).ok_or(ChainError::OutOfRange)?;
            name = next;
        }
        Err(ChainError::Cycle)
    }

    /// Converts `value`, given in `from`, into `to`, exactly: currency by its power of
    /// ten, labels through the base both reduce to (prefixes and declared conversions).
    pub fn convert(&self, value: Decimal, from: &Unit, to: &Unit) -> Result<Decimal, ConvertError> {
        let (Unit::Label(a), Unit::Label(b)) = (from, to) else {
            return from.convert_plain(value, to);
        };
        if a == b {
            return Ok(value);
        }
        let mismatch = || {
            ConvertError::Mismatch(UnitMismatch {
                message: format!("unit `{a}` does not match the target's unit `{b}`"),
                help: format!(
                    "give the value in `{b}` (or in `{b}` with a prefix 万, 亿, 万亿), or leave `unit` out"
                ),
            })
        };
        let ((base_a, fa), (base_b, fb)) = match (self.reduce(a), self.reduce(b)) {
            (Ok(x), Ok(y)) => (x, y),
            _ => return Err(mismatch()),
        };
        if base_a != base_b {
            return Err(mismatch());
        }
        value
            .checked_mul(fa)
            .and_then(|v| v.checked_div(fb))
            .ok_or(ConvertError::OutOfRange)
    }
}

/// Why a declared unit's chain of conversions cannot be followed.
#[derive(Debug, Clone, PartialEq)]
pub enum ChainError {
    /// The chain comes back to a unit it passed.
    Cycle,
    /// The factors multiplied leave the decimal range.
    OutOfRange,
    /// The chain leads into `%` or a currency of the 元 family.
    NotALabel(String),
}

/// The keys of one unit in a spec's `[units]` table: those [`read_unit`] asks for.
#[cfg(test)]
pub(crate) fn unit_keys() -> Vec<&'static str> {
    crate::load::Reader::survey(|r| {
        let _ = read_unit(r, &crate::load::Fields::new(&toml::de::DeTable::new()), "");
    })
}

/// Reads a spec's `[units]` table (`value`), recording every problem in `r` at its place:
/// a name that is `%` or of the 元 family, `in` without `factor` or the reverse, a
/// factor not above 0, and a chain that cannot be followed (a cycle of `in`, a
/// conversion into `%` or currency, factors beyond the decimal range).
/// One unit's keys, `in`, `factor` and `signed`, each of its type; its unknown keys
/// reported.
#[allow(clippy::type_complexity)]
fn read_unit(
    r: &mut crate::load::Reader<'_>,
    t: &crate::load::Fields<'_, '_>,
    name: &str,
) -> (
    Option<toml::Spanned<String>>,
    Option<toml::Spanned<Decimal>>,
    bool,
) {
    let into = r.field::<String>(t, "in", "a string");
    let factor = r.number(t, "factor");
    let signed = r
        .field::<bool>(t, "signed", "true or false")
        .is_some_and(|s| s.into_inner());
    r.finish(t, &format!("the unit `{name}`"));
    (into, factor, signed)
}

pub(crate) fn read_table(r: &mut crate::load::Reader<'_>, value: &crate::load::Value<'_>) -> Units {
    use crate::diagnostic::Kind;
    use crate::load;
    let mut declared = BTreeMap::new();
    let Some(table) = r.table("units", value) else {
        return Units::default();
    };
    let mut spans = Vec::new();
    for (key, entry) in table.iter() {
        let name: &str = key.get_ref();
        if name.trim().is_empty() {
            let d = r.error(key.span(), "a declared unit has an empty name");
            d.help = Some(
                "name the unit: `[units]` then `\"万亿斤\" = { in = \"吨\", factor = 5e8 }`".into(),
            );
            continue;
        }
        if is_reserved(name) {
            let d = r.error_of(
                Kind::NotTaken,
                key.span(),
                format!("`{name}` cannot be declared: it is built in"),
            );
            d.label = Some("built-in unit".into());
            d.help = Some(
                "`%` and the 元 family (元, 万元, 亿元, 万亿元) are built in and convert on their own; \
                 declare only other units"
                    .into(),
            );
            continue;
        }
        let Some(t) = r.table(name, entry) else {
            continue;
        };
        let before = r.count();
        let t = &load::Fields::new(t);
        let (into, factor, signed) = read_unit(r, t, name);
        if let Some(f) = &factor {
            if *f.get_ref() <= Decimal::ZERO {
                let d = r.error_of(
                    Kind::OutOfBounds,
                    f.span(),
                    format!(
                        "`factor` must be above 0, found {}",
                        f.get_ref().normalize()
                    ),
                );
                d.label = Some("not above 0".into());
                d.help = Some("one of the declared unit is `factor` of the unit `in`, e.g. `\"万亿斤\" = { in = \"吨\", factor = 5e8 }`".into());
            }
        }
        match (&into, &factor) {
            (Some(i), _) if i.get_ref().trim().is_empty() => {
                let d = r.error(i.span(), "`in` is empty");
                d.help = Some("name the unit this one converts into, e.g. `in = \"吨\"`".into());
            }
            (Some(i), None) if !t.has("factor") => {
                let d = r.error_of(
                    Kind::MissingKey,
                    i.span(),
                    format!(
                        "`{name}` converts into `{}` but has no `factor`",
                        i.get_ref()
                    ),
                );
                d.help = Some(format!(
                    "say how many `{}` one `{name}` is: `factor = …`",
                    i.get_ref()
                ));
            }
            (None, Some(f)) if !t.has("in") => {
                let d = r.error_of(
                    Kind::MissingKey,
                    f.span(),
                    format!("`{name}` has a `factor` but no unit to convert into"),
                );
                d.help = Some("add `in = \"…\"`, the unit one of it is `factor` of".into());
            }
            _ => {}
        }
        if r.count() > before {
            continue;
        }
        let into = into
            .zip(factor)
            .map(|(i, f)| (i.get_ref().trim().to_string(), *f.get_ref()));
        spans.push((name.to_string(), key.span()));
        declared.insert(name.trim().to_string(), Declared { into, signed });
    }
    let units = Units::new(declared);
    for (name, span) in spans {
        if units
            .declared
            .get(name.trim())
            .is_none_or(|d| d.into.is_none())
        {
            continue;
        }
        let problem = match units.reduce(&name) {
            Ok(_) => continue,
            Err(ChainError::Cycle) => (
                format!("the conversions of `{name}` go round in a cycle of `in`"),
                "a unit converts into another that does not lead back to it: break the cycle".to_string(),
            ),
            Err(ChainError::OutOfRange) => (
                format!("the conversion of `{name}` cannot be followed: its factors multiplied are out of range"),
                crate::load::out_of_range_help().to_string(),
            ),
            Err(ChainError::NotALabel(into)) => (
                format!("the conversion of `{name}` cannot be followed: it leads into `{into}`"),
                "declared units convert into other label units (吨, 人, 美元 …), never into `%` or the 元 family".to_string(),
            ),
        };
        let d = r.error(span, problem.0);
        d.label = Some("this conversion".into());
        d.help = Some(problem.1);
    }
    units
}

/// Whether `name` may not be declared in `[units]`: `%` and the 元 family.
pub fn is_reserved(name: &str) -> bool {
    !matches!(Unit::parse(name), Unit::Label(_))
}

/// Why a value cannot be converted into a target's unit.
#[derive(Debug, Clone, PartialEq)]
pub enum ConvertError {
    /// The units are of different kinds, or different labels.
    Mismatch(UnitMismatch),
    /// The converted value is beyond the decimal range (1e20 万亿元 in 元).
    OutOfRange,
}

/// Units that count whole things: the Chinese classifiers (个 items, 家 firms, 户
/// households, 项 projects …) and a few English nouns. A figure in one of them is shown
/// without decimals (an expected 7,364.51 个 reads 7,365 个); this is the one place
/// that decides it ([`display_decimals`]). Prefixed units (万人, 万户: tens of thousands)
/// are not whole and keep their decimals.
pub const WHOLE_COUNT_UNITS: [&str; 33] = [
    "个", "家", "户", "项", "座", "所", "名", "人", "台", "辆", "套", "件", "处", "条", "只", "艘",
    "架", "张", "栋", "间", "次", "位", "款", "批", "支", "场", "届", "部", "rooms", "items",
    "people", "users", "projects",
];

/// How many decimals a figure in `unit` is shown with: none for a whole count
/// ([`WHOLE_COUNT_UNITS`]), two otherwise.
pub fn display_decimals(unit: &str) -> usize {
    if WHOLE_COUNT_UNITS.contains(&unit.trim()) {
        0
    } else {
        2
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Currency(c) => f.write_str(c.symbol()),
            Unit::Percent => f.write_str("%"),
            Unit::Label(l) => f.write_str(l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn counts_are_whole_and_other_units_keep_decimals() {
        for unit in ["个", "家", "户", "项"] {
            assert_eq!(display_decimals(unit), 0, "{unit}");
        }
        for unit in ["", "%", "亿元", "万人", "万户", "km"] {
            assert_eq!(display_decimals(unit), 2, "{unit}");
        }
    }

    #[test]
    fn currency_converts_between_scales() {
        let wan = Unit::parse("万元");
        let yi = Unit::parse("亿元");
        assert_eq!(wan.convert(d("480000"), &yi).unwrap(), d("48"));
        assert_eq!(
            yi.convert(d("1.5"), &Unit::parse("元")).unwrap(),
            d("150000000")
        );
        assert_eq!(
            Unit::parse("万亿元").convert(d("1"), &yi).unwrap(),
            d("10000")
        );
        // Exact: 0.57 × 10⁴ is 5700, where floats give 5699.999999999999.
        assert_eq!(yi.convert(d("0.57"), &wan).unwrap(), d("5700"));
        assert_eq!(wan.convert(d("5700"), &yi).unwrap(), d("0.57"));
    }

    #[test]
    fn prefixes_convert_every_label_exactly() {
        let u = Units::default();
        let p = Unit::parse;
        assert_eq!(
            u.convert(d("471000"), &p("万吨"), &p("亿吨")).unwrap(),
            d("47.1")
        );
        assert_eq!(
            u.convert(d("1.5"), &p("万亿吨"), &p("吨")).unwrap(),
            d("1500000000000")
        );
        assert_eq!(
            u.convert(d("123.45"), &p("万人"), &p("人")).unwrap(),
            d("1234500")
        );
        assert_eq!(
            u.convert(d("2"), &p("亿美元"), &p("万美元")).unwrap(),
            d("20000")
        );
        assert!(u.convert(d("2"), &p("亿美元"), &p("亿元")).is_err());
        assert!(u.convert(d("2"), &p("万吨"), &p("万人")).is_err());
        // A bare prefix is a label of its own.
        assert!(u.convert(d("2"), &p("万"), &p("亿")).is_err());
    }

    #[test]
    fn declared_units_chain_and_win_over_prefixes() {
        let mut declared = BTreeMap::new();
        declared.insert(
            "万亿斤".to_string(),
            Declared {
                into: Some(("吨".into(), d("5e8"))),
                signed: false,
            },
        );
        declared.insert(
            "NPS".to_string(),
            Declared {
                into: None,
                signed: true,
            },
        );
        let u = Units::new(declared);
        let p = Unit::parse;
        assert_eq!(
            u.convert(d("1.3908"), &p("万亿斤"), &p("万吨")).unwrap(),
            d("69540")
        );
        assert!(u.convert(d("1"), &p("万亿斤"), &p("斤")).is_err());
        assert!(u.is_signed(&p("NPS")) && u.is_signed(&p("个百分点")));
        assert!(!u.is_signed(&p("户")) && u.is_unsigned_count(&p("户")));
    }

    #[test]
    fn conversion_beyond_the_range_is_an_error() {
        let big = Unit::parse("万亿元").convert(d("100000000000000000000"), &Unit::parse("元"));
        assert_eq!(big, Err(ConvertError::OutOfRange));
    }

    #[test]
    fn labels_and_families_do_not_mix() {
        let ge = Unit::parse("个");
        assert_eq!(ge.convert(d("3"), &Unit::parse("个")).unwrap(), d("3"));
        assert!(ge.convert(d("3"), &Unit::parse("家")).is_err());
        let Err(ConvertError::Mismatch(e)) = Unit::parse("%").convert(d("3"), &Unit::parse("亿元"))
        else {
            panic!("a percentage is not a currency");
        };
        assert!(e.message.contains("percentage"), "{}", e.message);
        assert!(
            Unit::parse("亿元")
                .convert(d("3"), &Unit::parse("%"))
                .is_err()
        );
    }
}
