//! Character properties and case mappings as CPython 3.11's `str` has them (Unicode
//! 14.0; tables in `unicode_db.rs`), with ASCII fast paths.

use super::unicode_db as db;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                std::cmp::Ordering::Less
            } else if lo > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |&(k, _)| k).ok().map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { in_table(db::ALPHA, c) }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_table(db::DECIMAL, c) }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_table(db::DIGIT, c) }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_digit() } else { in_table(db::NUMERIC, c) }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Python's whitespace (`str.isspace`, `split()`, `strip()`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f')
    } else {
        in_table(db::SPACE, c)
    }
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() { (' '..='~').contains(&c) } else { in_table(db::PRINTABLE, c) }
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_lowercase() } else { in_table(db::LOWER, c) }
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_uppercase() } else { in_table(db::UPPER, c) }
}

pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(db::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() { matches!(c, '\'' | '.' | ':' | '^' | '`') } else { in_table(db::CASE_IGNORABLE, c) }
}

/// The value of a decimal digit (`int('٣')`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    let i = db::DECIMAL.partition_point(|&(_, hi)| hi < n);
    match db::DECIMAL.get(i) {
        // Every run of decimal digits starts at a zero.
        Some(&(lo, hi)) if lo <= n && n <= hi => Some((n - lo) % 10),
        _ => None,
    }
}

pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = mapped(db::UPPER_MAP, c) {
        out.push_str(m);
    } else {
        out.extend(c.to_uppercase());
    }
}

pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = mapped(db::LOWER_MAP, c) {
        out.push_str(m);
    } else {
        out.extend(c.to_lowercase());
    }
}

pub fn push_title(out: &mut String, c: char) {
    match mapped(db::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

pub fn push_fold(out: &mut String, c: char) {
    match mapped(db::FOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// `s.lower()`, with the final-sigma rule (`'ΑΣ'.lower() == 'ας'`).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '\u{3a3}' {
            out.push(if final_sigma(&chars, i) { '\u{3c2}' } else { '\u{3c3}' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// CPython's `handle_capital_sigma`: a cased letter before (skipping case-ignorable
/// characters) and none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c))
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            push_lower(&mut out, c);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased (with the
/// final-sigma rule).
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        push_title(&mut out, first);
        let rest: Vec<char> = s.chars().collect();
        for (i, &c) in rest.iter().enumerate().skip(1) {
            if c == '\u{3a3}' {
                out.push(if final_sigma(&rest, i) { '\u{3c2}' } else { '\u{3c3}' });
            } else {
                push_lower(&mut out, c);
            }
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            if c == '\u{3a3}' {
                out.push(if final_sigma(&chars, i) { '\u{3c2}' } else { '\u{3c3}' });
            } else {
                push_lower(&mut out, c);
            }
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && in_table(db::XID_START, c)) => {
            chars.all(|c| c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && in_table(db::XID_CONTINUE, c)))
        }
        _ => false,
    }
}
