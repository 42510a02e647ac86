//! Units: labels (个, 家, 项 …) that must match exactly, and two families that mean
//! something: currency (元, 万元, 亿元, 万亿元, which convert into one another) and `%`.

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
    /// (0.57 亿元 is 5700 万元, not 5699.999999999999). A result beyond the decimal range
    /// is [`ConvertError::OutOfRange`].
    pub fn convert(&self, value: Decimal, target: &Unit) -> Result<Decimal, ConvertError> {
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
