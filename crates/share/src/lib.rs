//! Loopscope's share links (SPEC section 7): the URL fragment and its `code=` codec.
//!
//! State lives in the fragment as `&`-separated `key=value` pairs:
//!
//! - `code=`: the source's UTF-8 bytes, raw DEFLATE (RFC 1951, no zlib header), base64url
//!   without padding (RFC 4648 section 5). Python makes one with
//!   `base64.urlsafe_b64encode(zlib.compress(src, 9, wbits=-15)).rstrip(b"=")`.
//! - `src=`: the source percent-encoded, uncompressed (links written by hand).
//! - `preset=`: a preset's id.
//! - `pace=`: `instant` or a live speed.
//!
//! Unknown keys are ignored and kept, in their place, byte for byte.
//!
//! Decoding is lenient only where that cannot change the meaning: a `code=` value may carry
//! base64 padding (`=`), which is accepted and ignored, but only the URL-safe alphabet
//! (`-` and `_`) is accepted, never the standard one (`+`, `/`). A `src=` value may hold
//! characters that were never percent-encoded (hand-written links), and a `%` that does not
//! start a `%XX` escape is kept as it is. Everything else that is wrong (bad base64, bad
//! DEFLATE, bytes that are not UTF-8, a source over the size limit, a decompression bomb) is
//! a [`ShareError`] whose `Display` is a message for the user.
//!
//! Pure Rust, no wasm dependency: the page (yew) and the native tests share it.

use base64::Engine as _;
use base64::engine::general_purpose::{URL_SAFE_NO_PAD, URL_SAFE_NO_PAD_INDIFFERENT};
use std::fmt;

/// The source size limit (SPEC section 3): 64 KiB of UTF-8, the engine's `Limits::max_source`.
pub const MAX_SOURCE: usize = 64 * 1024;

/// The `pace=` values a link may carry, canonical spelling: `instant` or a live speed.
pub const PACES: [&str; 7] = ["instant", "0.25", "0.5", "1", "2", "5", "10"];

/// The DEFLATE level of [`encode_code`]: the best compression (links stay short).
const LEVEL: u8 = 9;

/// Why a link's scenario could not be decoded. `Display` is the message shown to the user
/// (in `#notice`); it names the key and, for the size limit, the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// `code=` or `src=` with nothing after the `=`.
    Empty { key: &'static str },
    /// A character outside base64url, or a length that base64 cannot have (a link cut short).
    BadBase64 { detail: String },
    /// The bytes are not a complete raw DEFLATE stream (altered or cut short).
    BadDeflate,
    /// The decoded bytes are not UTF-8 text.
    NotUtf8 { key: &'static str },
    /// The source is larger than the limit (also a decompression bomb: refused as soon as the
    /// output reaches the limit, nothing more is allocated).
    TooLarge { key: &'static str, limit: usize },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty { key } => write!(f, "This link's {key}= is empty: there is no scenario in it."),
            ShareError::BadBase64 { detail } => write!(
                f,
                "This link's code= is damaged: it is not valid base64url ({detail}). \
                 It may have been cut short or altered when it was copied."
            ),
            ShareError::BadDeflate => write!(
                f,
                "This link's code= is damaged: its compressed data cannot be unpacked. \
                 It may have been cut short or altered when it was copied."
            ),
            ShareError::NotUtf8 { key } => {
                write!(f, "This link's {key}= does not hold UTF-8 text, so it is not a scenario.")
            }
            ShareError::TooLarge { key, limit } => write!(
                f,
                "This link's {key}= holds a scenario larger than the limit of {limit} bytes ({} KiB).",
                limit / 1024
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// `code=`: raw DEFLATE (level 9) of the UTF-8 bytes, then base64url without padding.
pub fn encode_code(src: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(src.as_bytes(), LEVEL);
    URL_SAFE_NO_PAD.encode(deflated)
}

/// Decodes a `code=` value into the source, refusing a source (decompressed size) over
/// `max_len` bytes without ever allocating much more than `max_len` bytes of output.
///
/// Trailing `=` padding is accepted (harmless: some encoders keep it); the standard base64
/// alphabet (`+`, `/`) is not, since a fragment made by SPEC section 7 never holds it.
pub fn decode_code(s: &str, max_len: usize) -> Result<String, ShareError> {
    const KEY: &str = "code";
    if s.is_empty() {
        return Err(ShareError::Empty { key: KEY });
    }
    // A DEFLATE stream never needs to be much larger than its input (stored blocks cost 5
    // bytes per 64 KiB), and base64 adds a third: anything far longer cannot decode to at
    // most `max_len` bytes, so refuse it before allocating anything.
    if s.len() > max_len.saturating_mul(2).saturating_add(1024) {
        return Err(ShareError::TooLarge { key: KEY, limit: max_len });
    }
    let bytes =
        URL_SAFE_NO_PAD_INDIFFERENT.decode(s).map_err(|e| ShareError::BadBase64 { detail: base64_detail(s, e) })?;
    let out = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, max_len).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge { key: KEY, limit: max_len },
        _ => ShareError::BadDeflate,
    })?;
    String::from_utf8(out).map_err(|_| ShareError::NotUtf8 { key: KEY })
}

/// A short, user-readable account of a base64 error.
fn base64_detail(s: &str, e: base64::DecodeError) -> String {
    use base64::DecodeError as E;
    let char_at = |offset: usize| s.get(offset..).and_then(|rest| rest.chars().next());
    let position = |offset: usize| s.get(..offset).map_or(offset, |head| head.chars().count()) + 1;
    match e {
        E::InvalidByte(offset, _) => match char_at(offset) {
            Some('=') => format!("misplaced '=' at position {}", position(offset)),
            Some(c) => format!("unexpected character {c:?} at position {}", position(offset)),
            None => format!("unexpected byte at position {}", position(offset)),
        },
        E::InvalidLastSymbol { offset, .. } => format!("impossible last character at position {}", position(offset)),
        E::InvalidLength(_) => format!("a length of {} characters is impossible", s.chars().count()),
        E::InvalidPadding => "misplaced '=' padding".into(),
    }
}

/// `src=`: the source percent-encoded (UTF-8), every byte outside RFC 3986's unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) written `%XX`.
pub fn encode_src(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 3);
    for b in src.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0').to_ascii_uppercase());
            out.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0').to_ascii_uppercase());
        }
    }
    out
}

/// Decodes a `src=` value: `%XX` escapes become bytes (the result must be UTF-8), `+` stays
/// `+` (this is not form encoding), and a `%` that does not start an escape is kept as it is,
/// so that hand-written links such as `print("100%")` work.
pub fn decode_src(s: &str, max_len: usize) -> Result<String, ShareError> {
    const KEY: &str = "src";
    if s.is_empty() {
        return Err(ShareError::Empty { key: KEY });
    }
    let bytes = percent_decode(s);
    if bytes.len() > max_len {
        return Err(ShareError::TooLarge { key: KEY, limit: max_len });
    }
    String::from_utf8(bytes).map_err(|_| ShareError::NotUtf8 { key: KEY })
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let (Some(hi), Some(lo)) = (b.get(i + 1).and_then(|&h| hex(h)), b.get(i + 2).and_then(|&l| hex(l)))
        {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The fragment of a share link: its `key=value` pairs in order, unknown keys included.
///
/// Values are kept raw (as they appear in the address); [`scenario_from_fragment`] decodes
/// `code=` and `src=`. A piece without `=` (e.g. `#top`) is a key with an empty value, and
/// [`Fragment::to_hash`] writes a key whose value is empty without `=` (but a piece that is
/// just `=` as `=`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fragment {
    pub entries: Vec<(String, String)>,
}

impl Fragment {
    /// Parses `location.hash` (the leading `#` is optional). Empty pieces (`&&`) are dropped;
    /// a value runs from the first `=` to the next `&`.
    pub fn parse(hash: &str) -> Fragment {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let entries = hash
            .split('&')
            .filter(|piece| !piece.is_empty())
            .map(|piece| match piece.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (piece.to_string(), String::new()),
            })
            .collect();
        Fragment { entries }
    }

    /// The raw value of the first `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Sets `key` to the raw `value`: replaces the first `key` in place (dropping any later
    /// duplicate), or appends it.
    pub fn set(&mut self, key: &str, value: &str) {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => {
                self.entries[i].1 = value.to_string();
                let mut seen = 0;
                self.entries.retain(|(k, _)| {
                    if k != key {
                        return true;
                    }
                    seen += 1;
                    seen == 1
                });
            }
            None => self.entries.push((key.to_string(), value.to_string())),
        }
    }

    /// Removes every `key`.
    pub fn remove(&mut self, key: &str) {
        self.entries.retain(|(k, _)| k != key);
    }

    /// The fragment as `location.hash` wants it: `#k=v&k2=v2`, or `""` when there is no entry
    /// (so that `history.replaceState` leaves no dangling `#`).
    pub fn to_hash(&self) -> String {
        if self.entries.is_empty() {
            return String::new();
        }
        let mut out = String::from("#");
        for (i, (k, v)) in self.entries.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(k);
            // A piece with neither key nor value (`=`) keeps its `=`: written as nothing, it
            // would be an empty piece, which `parse` drops.
            if !v.is_empty() || k.is_empty() {
                out.push('=');
                out.push_str(v);
            }
        }
        out
    }

    /// The `pace=` of the link in its canonical spelling (one of [`PACES`]), if it is one:
    /// `instant` or a speed of 0.25, 0.5, 1, 2, 5 or 10 (`2.0` counts as `2`). Anything else
    /// is ignored (`None`: the page uses its default, instant).
    pub fn pace(&self) -> Option<&'static str> {
        self.get("pace").and_then(normalize_pace)
    }
}

/// The canonical spelling of a pace (`"2.0"` → `"2"`), or `None` if it is not one of [`PACES`].
pub fn normalize_pace(s: &str) -> Option<&'static str> {
    if s == "instant" {
        return Some("instant");
    }
    let speed: f64 = s.parse().ok().filter(|_| s.bytes().all(|b| b.is_ascii_digit() || b == b'.'))?;
    PACES[1..].iter().copied().find(|p| p.parse::<f64>().ok() == Some(speed))
}

/// What a link asks the page to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The source decoded from `code=`.
    Code(String),
    /// The source decoded from `src=`.
    Src(String),
    /// A preset id from `preset=` (raw: whether it exists is the page's business).
    Preset(String),
    /// The link names no scenario.
    None,
}

/// The scenario a link names: `code=` first, then `src=`, then `preset=` (the first of each
/// key counts). A key that is present but cannot be decoded is an error: the page shows it and
/// the default scenario; it does not fall back to a lower-priority key. An empty `preset=` is
/// ignored.
pub fn scenario_from_fragment(fragment: &Fragment, max_len: usize) -> Result<Source, ShareError> {
    if let Some(code) = fragment.get("code") {
        return decode_code(code, max_len).map(Source::Code);
    }
    if let Some(src) = fragment.get("src") {
        return decode_src(src, max_len).map(Source::Src);
    }
    match fragment.get("preset") {
        Some(id) if !id.is_empty() => Ok(Source::Preset(id.to_string())),
        _ => Ok(Source::None),
    }
}

/// The fragment of a share link for `src` at `pace`, made from the current one: `code=` takes
/// the place of the first `code=`, `src=` or `preset=` (or comes first), the other two keys are
/// removed, `pace=` is set in place or appended (removed if `pace` is not one of [`PACES`]),
/// and every other key stays where it was. Returns the `#...` string.
pub fn share_hash(existing: &Fragment, src: &str, pace: &str) -> String {
    let code = encode_code(src);
    let mut f = existing.clone();
    match f.entries.iter().position(|(k, _)| matches!(k.as_str(), "code" | "src" | "preset")) {
        Some(i) => f.entries[i] = ("code".to_string(), code),
        None => f.entries.insert(0, ("code".to_string(), code)),
    }
    let mut kept_code = false;
    f.entries.retain(|(k, _)| match k.as_str() {
        "code" if !kept_code => {
            kept_code = true;
            true
        }
        "code" | "src" | "preset" => false,
        _ => true,
    });
    match normalize_pace(pace) {
        Some(p) => f.set("pace", p),
        None => f.remove("pace"),
    }
    f.to_hash()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_is_lenient_about_stray_percent_signs() {
        assert_eq!(decode_src("print(%22100%%22)", MAX_SOURCE).unwrap(), "print(\"100%\")");
        assert_eq!(decode_src("a+b%2", MAX_SOURCE).unwrap(), "a+b%2");
        assert_eq!(decode_src("%e2%82%AC", MAX_SOURCE).unwrap(), "€");
    }

    #[test]
    fn pace_values() {
        for p in PACES {
            assert_eq!(normalize_pace(p), Some(p));
        }
        assert_eq!(normalize_pace("2.0"), Some("2"));
        assert_eq!(normalize_pace(".5"), Some("0.5"));
        for bad in ["", "3", "fast", "-1", "1e0", "Instant", "NaN", "inf", "0"] {
            assert_eq!(normalize_pace(bad), None, "{bad}");
        }
    }
}
