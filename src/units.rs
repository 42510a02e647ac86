//! Units: labels (个, 家, 项 …) that must match exactly, and two families that mean
//! something: currency (元, 万元, 亿元, 万亿元, which convert into one another) and `%`.

use std::fmt;

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

    /// Converts `value`, given in `self`, into `target`'s unit.
    pub fn convert(&self, value: f64, target: &Unit) -> Result<f64, UnitMismatch> {
        match (self, target) {
            (Unit::Currency(from), Unit::Currency(to)) => {
                // Multiply or divide by an exact power of ten, so 480000 万元 is exactly 48 亿元.
                let shift = from.exponent() - to.exponent();
                let factor = 10f64.powi(shift.abs());
                Ok(if shift >= 0 {
                    value * factor
                } else {
                    value / factor
                })
            }
            (a, b) if a == b => Ok(value),
            (Unit::Label(a), Unit::Label(b)) => Err(UnitMismatch {
                message: format!("unit `{a}` does not match the target's unit `{b}`"),
                help: format!("give the value in `{b}`, or leave `unit` out"),
            }),
            (a, b) => Err(UnitMismatch {
                message: format!(
                    "unit `{a}` is a {} unit, but the target is measured in `{b}`, a {} unit",
                    a.family(),
                    b.family()
                ),
                help: match b {
                    Unit::Currency(_) => "currency units are 元, 万元, 亿元 and 万亿元".into(),
                    _ => format!("give the value in `{b}`"),
                },
            }),
        }
    }
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
        assert_eq!(wan.convert(480_000.0, &yi).unwrap(), 48.0);
        assert_eq!(yi.convert(1.5, &Unit::parse("元")).unwrap(), 150_000_000.0);
        assert_eq!(Unit::parse("万亿元").convert(1.0, &yi).unwrap(), 10_000.0);
    }

    #[test]
    fn labels_and_families_do_not_mix() {
        let ge = Unit::parse("个");
        assert_eq!(ge.convert(3.0, &Unit::parse("个")).unwrap(), 3.0);
        assert!(ge.convert(3.0, &Unit::parse("家")).is_err());
        let e = Unit::parse("%")
            .convert(3.0, &Unit::parse("亿元"))
            .unwrap_err();
        assert!(e.message.contains("percentage"), "{}", e.message);
        assert!(Unit::parse("亿元").convert(3.0, &Unit::parse("%")).is_err());
    }
}
