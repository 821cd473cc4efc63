//! Number literals: `int` (small or big, any radix, underscores), `float`, and the
//! imaginary literals Loopscope refuses.

use super::{Node, PResult, Parser};
use crate::syntax::ast::*;
use std::rc::Rc;

/// CPython's limit on decimal digits in an `int` literal (`sys.get_int_max_str_digits()`).
const MAX_DECIMAL_DIGITS: usize = 4300;

/// The value of an integer literal: `Int` when it fits an `i64`, else its decimal digits.
pub(super) enum IntValue {
    Small(i64),
    Big(String),
}

/// The value of an integer literal's text (as the tokenizer accepted it).
pub(super) fn int_value(text: &str) -> IntValue {
    let digits: String = text.chars().filter(|&c| c != '_').collect::<String>().to_ascii_lowercase();
    let (radix, body) = match digits.get(..2) {
        Some("0x") => (16, &digits[2..]),
        Some("0o") => (8, &digits[2..]),
        Some("0b") => (2, &digits[2..]),
        _ => (10, digits.as_str()),
    };
    if let Ok(v) = i64::from_str_radix(body, radix) {
        return IntValue::Small(v);
    }
    if radix == 10 {
        let trimmed = body.trim_start_matches('0');
        return IntValue::Big(if trimmed.is_empty() { "0".into() } else { trimmed.into() });
    }
    IntValue::Big(to_decimal(body, radix))
}

/// Converts digits in `radix` to decimal digits, with base-10^9 limbs (quadratic, which
/// is fine for the literals a source of a few dozen KiB can hold).
fn to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = u64::from(c.to_digit(radix).unwrap_or(0));
        for limb in limbs.iter_mut() {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        out.push_str(&top.to_string());
    }
    for limb in iter {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// The value of a float literal's text (`1e999` is infinity, as in Python).
pub(super) fn float_value(text: &str) -> f64 {
    let text: String = text.chars().filter(|&c| c != '_').collect();
    text.parse::<f64>().unwrap_or(f64::NAN)
}

impl Parser<'_, '_> {
    #[inline(never)]
    pub(super) fn int_literal(&mut self, span: Span) -> PResult<Node> {
        let text = self.text(span);
        match int_value(text) {
            IntValue::Small(v) => Ok(self.leaf(ExprKind::Int(v), span)),
            IntValue::Big(digits) => {
                let prefix = text.get(..2).map(str::to_ascii_lowercase);
                let is_decimal = !matches!(prefix.as_deref(), Some("0x" | "0o" | "0b"));
                let written = text.chars().filter(char::is_ascii_digit).count();
                if is_decimal && written > MAX_DECIMAL_DIGITS && digits != "0" {
                    return self.digit_limit(written, span);
                }
                Ok(self.leaf(ExprKind::BigInt(Rc::from(digits)), span))
            }
        }
    }

    /// CPython refuses decimal literals of more than 4300 digits (a guard against
    /// quadratic conversions), on the literal's line without a column.
    #[inline(never)]
    fn digit_limit(&mut self, digits: usize, span: Span) -> PResult<Node> {
        let message = format!(
            "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string conversion: value has {digits} \
             digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge \
             integer literals to avoid decimal conversion limits."
        );
        let first = self.error.is_none();
        let result = self.fail(message, span);
        if first && let Some(d) = self.error.as_mut() {
            d.col = 0;
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> String {
        match int_value(text) {
            IntValue::Small(v) => v.to_string(),
            IntValue::Big(d) => d,
        }
    }

    #[test]
    fn integers_of_every_radix_and_size() {
        assert_eq!(big("1_000"), "1000");
        assert_eq!(big("0x1F"), "31");
        assert_eq!(big("0o17"), "15");
        assert_eq!(big("0b101"), "5");
        assert_eq!(big("9223372036854775807"), "9223372036854775807");
        assert_eq!(big("9223372036854775808"), "9223372036854775808");
        assert_eq!(big("0x8000_0000_0000_0000"), "9223372036854775808");
        assert_eq!(big("0xFFFFFFFFFFFFFFFFFFFFFFFF"), "79228162514264337593543950335");
        assert_eq!(big("0o7777777777777777777777777"), "37778931862957161709567");
        assert_eq!(big(&format!("0b1{}", "0".repeat(100))), "1267650600228229401496703205376");
        assert_eq!(big("00"), "0");
        assert_eq!(big("000000000000000000000000000000"), "0");
    }

    #[test]
    fn floats() {
        assert_eq!(float_value("1_000.5"), 1000.5);
        assert_eq!(float_value("1e999"), f64::INFINITY);
        assert_eq!(float_value(".5e-1"), 0.05);
    }
}
