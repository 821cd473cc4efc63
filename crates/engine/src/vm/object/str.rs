//! `str`: immutable UTF-8 text that knows its length in characters (indexing an ASCII
//! string is O(1)) and caches its hash.

use crate::vm::heap::Charge;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyStr {
    text: Box<str>,
    /// Length in characters (`u32::MAX`: not computed yet).
    chars: Cell<u32>,
    /// 0: not computed yet.
    hash: Cell<u64>,
    _charge: Charge,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> Rc<PyStr> {
        let text = text.into();
        let charge = Charge::new(std::mem::size_of::<PyStr>() + 16 + text.len());
        Rc::new(PyStr { text, chars: Cell::new(u32::MAX), hash: Cell::new(0), _charge: charge })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Length in characters (Python's `len`).
    pub fn char_len(&self) -> usize {
        let c = self.chars.get();
        if c != u32::MAX {
            return c as usize;
        }
        let n = if self.text.is_ascii() { self.text.len() } else { self.text.chars().count() };
        if n < u32::MAX as usize {
            self.chars.set(n as u32);
        }
        n
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.text.len()
    }

    /// The `i`-th character (0-based, already in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.text.as_bytes().get(i).map(|&b| b as char) } else { self.text.chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.text.len())
        }
    }

    /// A hash consistent with `==` between strings (not CPython's, which is randomized
    /// per process anyway).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // Keep it away from 0 (the "not computed" mark) and from the small values ints
        // hash to, so mixed dicts stay spread.
        let h = (h >> 3) | 1 << 62;
        self.hash.set(h);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text == other.text
    }
}
