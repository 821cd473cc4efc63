//! The share codec (SPEC section 7): round trips of arbitrary Unicode, every class of bad
//! input, interoperability with Python's `zlib`/`base64` (fixtures made by Python, checked in:
//! no Python at test time) and the fragment's keys.
//!
//! Fixtures in `tests/fixtures/`:
//! - `NAME.py`: a source;
//! - `NAME.python.code`: `base64.urlsafe_b64encode(zlib.compress(src, 9, wbits=-15)).rstrip(b"=")`;
//! - `NAME.rust.code`: our [`encode_code`] of the source, decoded once by Python
//!   (`zlib.decompress(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), wbits=-15)`) and
//!   found equal to the source. Regenerate with `LOOPSCOPE_BLESS=1 cargo test -p
//!   loopscope-share` if miniz_oxide's output changes on purpose, and re-check with Python.

use loopscope_share::*;
use std::path::PathBuf;
use std::time::Instant;

fn fixtures() -> Vec<(String, String, PathBuf)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures dir") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(&path).unwrap();
            out.push((name, src, dir.clone()));
        }
    }
    out.sort();
    assert!(out.len() >= 4, "the three seeds and the Unicode scenario");
    out
}

#[test]
fn python_made_links_decode_to_their_sources() {
    for (name, src, dir) in fixtures() {
        let code = std::fs::read_to_string(dir.join(format!("{name}.python.code"))).unwrap();
        assert_eq!(decode_code(code.trim(), MAX_SOURCE).unwrap(), src, "{name}");
        // Python without `.rstrip(b"=")`: padding is accepted.
        let padded = format!("{}{}", code.trim(), "=".repeat((4 - code.trim().len() % 4) % 4));
        assert_eq!(decode_code(&padded, MAX_SOURCE).unwrap(), src, "{name} padded");
        let hash = format!("#code={}&pace=instant", code.trim());
        assert_eq!(scenario_from_fragment(&Fragment::parse(&hash), MAX_SOURCE).unwrap(), Source::Code(src.clone()));
    }
}

#[test]
fn our_links_are_stable_and_were_decoded_by_python() {
    let bless = std::env::var_os("LOOPSCOPE_BLESS").is_some();
    for (name, src, dir) in fixtures() {
        let ours = encode_code(&src);
        let path = dir.join(format!("{name}.rust.code"));
        if bless {
            std::fs::write(&path, &ours).unwrap();
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path:?}: run with LOOPSCOPE_BLESS=1"));
        assert_eq!(ours, stored.trim(), "{name}: our encoder's output changed");
        // No padding, only the URL-safe alphabet.
        assert!(ours.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{name}");
        // Raw DEFLATE (no zlib header): a plain inflater reads it.
        use base64::Engine as _;
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&ours).unwrap();
        assert_eq!(miniz_oxide::inflate::decompress_to_vec(&raw).unwrap(), src.as_bytes(), "{name}");
    }
}

/// xorshift64*: a small deterministic generator (no dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn in_range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as u64) as u32
    }

    /// A code point from a mix of the classes that break naive codecs.
    fn char(&mut self) -> char {
        let c = match self.below(16) {
            0..=3 => self.in_range(0x20, 0x7E), // printable ASCII
            4 => *[0x0A, 0x09, 0x0D, 0x00, 0x7F, 0x1B].get(self.below(6) as usize).unwrap(), // controls, NUL
            5 => self.in_range(0xC0, 0x17F),    // accented Latin
            6 => self.in_range(0x300, 0x36F),   // combining marks
            7 => self.in_range(0x4E00, 0x9FFF), // CJK
            8 => self.in_range(0xAC00, 0xD7A3), // Hangul
            9 => self.in_range(0x1F300, 0x1FAFF), // emoji
            10 => *[0x200D, 0xFE0F, 0x1F3FD, 0x1F1EB, 0x1F1F7].get(self.below(5) as usize).unwrap(), // ZWJ, VS16, skin tone, flags
            11 => *[0xD7FF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0xFEFF, 0x10000, 0x10FFFF, 0x80, 0x7FF, 0x800]
                .get(self.below(11) as usize)
                .unwrap(), // surrogate-adjacent and encoding boundaries
            12 => self.in_range(0x0590, 0x06FF),   // Hebrew, Arabic (RTL)
            13 => self.in_range(0x1D400, 0x1D7FF), // mathematical alphanumerics
            14 => *[0x2028, 0x2029, 0x85, 0xA0, 0x3000].get(self.below(5) as usize).unwrap(), // odd whitespace
            _ => self.in_range(0x10000, 0x10FFFF), // any astral
        };
        char::from_u32(c).unwrap_or('\u{FFFD}')
    }

    fn string(&mut self, max_bytes: usize) -> String {
        let target = self.below(max_bytes as u64 + 1) as usize;
        let mut s = String::new();
        loop {
            let c = self.char();
            if s.len() + c.len_utf8() > target {
                return s;
            }
            s.push(c);
        }
    }
}

#[test]
fn arbitrary_unicode_round_trips_through_code_and_src() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for i in 0..400 {
        let max = if i % 50 == 0 { 8 * 1024 } else { 300 };
        let s = rng.string(max);
        let code = encode_code(&s);
        if s.is_empty() {
            assert_eq!(decode_code(&code, MAX_SOURCE).unwrap(), "");
            continue;
        }
        assert_eq!(decode_code(&code, MAX_SOURCE).unwrap(), s, "code, case {i}");
        let src = encode_src(&s);
        assert!(src.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "case {i}");
        assert_eq!(decode_src(&src, MAX_SOURCE).unwrap(), s, "src, case {i}");
        // Through the fragment and share_hash, with an unknown key around.
        let hash = share_hash(&Fragment::parse("#x=1&src=abc&y"), &s, "2");
        let f = Fragment::parse(&hash);
        assert_eq!(scenario_from_fragment(&f, MAX_SOURCE).unwrap(), Source::Code(s.clone()), "hash, case {i}");
        assert_eq!(f.get("x"), Some("1"));
        assert_eq!(f.pace(), Some("2"));
    }
}

#[test]
fn sources_up_to_the_limit_round_trip_and_one_byte_more_is_refused() {
    let mut rng = Rng(42);
    // Incompressible (random code points), repetitive, and a realistic scenario repeated.
    let mut random = String::new();
    while random.len() < MAX_SOURCE - 4 {
        random.push(rng.char());
    }
    while random.len() < MAX_SOURCE {
        random.push('x');
    }
    let repetitive = "é".repeat(MAX_SOURCE / 2);
    let seed = include_str!("fixtures/02_seed_create_task.py");
    let mut scenario = seed.repeat(MAX_SOURCE / seed.len() + 1);
    scenario.truncate(MAX_SOURCE);
    for s in [&random, &repetitive, &scenario] {
        assert_eq!(s.len(), MAX_SOURCE);
        let code = encode_code(s);
        assert_eq!(&decode_code(&code, MAX_SOURCE).unwrap(), s);
        assert_eq!(&decode_src(&encode_src(s), MAX_SOURCE).unwrap(), s);
        let over = format!("{s}!");
        let err = ShareError::TooLarge { key: "code", limit: MAX_SOURCE };
        assert_eq!(decode_code(&encode_code(&over), MAX_SOURCE), Err(err));
        let err = ShareError::TooLarge { key: "src", limit: MAX_SOURCE };
        assert_eq!(decode_src(&encode_src(&over), MAX_SOURCE), Err(err));
    }
    // Random text barely compresses: the link is long, but stays under the pre-check.
    assert!(encode_code(&random).len() < 2 * MAX_SOURCE);
}

#[test]
fn bad_base64_is_refused_with_the_character_and_position() {
    let good = encode_code("print('hi')");
    for (bad, what) in [
        (format!("{good}!"), "'!'"),
        (format!("+{good}"), "'+' at position 1"),
        (format!("{}/{}", &good[..4], &good[4..]), "'/' at position 5"),
        (format!("{} {}", &good[..4], &good[4..]), "' '"),
        (format!("é{good}"), "'é' at position 1"),
        (format!("{}%2D{}", &good[..4], &good[4..]), "'%'"),
        (format!("{}={}", &good[..4], &good[4..]), "'='"),
    ] {
        let e = decode_code(&bad, MAX_SOURCE).unwrap_err();
        assert!(matches!(e, ShareError::BadBase64 { .. }), "{bad}: {e:?}");
        let msg = e.to_string();
        assert!(msg.contains(what), "{bad}: {msg}");
        assert!(msg.contains("not valid base64url"), "{msg}");
    }
    // A length no base64 text can have (a link cut one character after a quad).
    let e = decode_code("A", MAX_SOURCE).unwrap_err();
    assert!(matches!(e, ShareError::BadBase64 { .. }), "{e:?}");
    assert!(e.to_string().contains("length of 1 characters"), "{e}");
    // Non-zero trailing bits in the last character: a sign of damage.
    let e = decode_code("AB", MAX_SOURCE).unwrap_err();
    assert!(matches!(e, ShareError::BadBase64 { .. }), "{e:?}");
}

#[test]
fn standard_base64_alphabet_is_refused() {
    // The first seed's link holds '-' and '_', which the standard alphabet writes '+' and '/'.
    let src = include_str!("fixtures/01_seed_simple_count.py");
    let raw = miniz_oxide::deflate::compress_to_vec(src.as_bytes(), 9);
    use base64::Engine as _;
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&raw);
    let std = base64::engine::general_purpose::STANDARD_NO_PAD.encode(&raw);
    assert_ne!(url, std, "the test needs a '-' or '_'");
    assert!(decode_code(&url, MAX_SOURCE).is_ok());
    assert!(matches!(decode_code(&std, MAX_SOURCE), Err(ShareError::BadBase64 { .. })));
}

#[test]
fn truncated_or_altered_deflate_is_refused() {
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let src = include_str!("fixtures/03_seed_gather.py");
    let raw = miniz_oxide::deflate::compress_to_vec(src.as_bytes(), 9);
    for cut in [1, 2, raw.len() / 2, raw.len() - 1] {
        let e = decode_code(&engine.encode(&raw[..cut]), MAX_SOURCE).unwrap_err();
        assert_eq!(e, ShareError::BadDeflate, "cut at {cut}");
        assert!(e.to_string().contains("cannot be unpacked"));
    }
    // Cut in the base64 text (any length): refused one way or the other, never a panic.
    let code = encode_code(src);
    for cut in 1..code.len() {
        assert!(decode_code(&code[..cut], MAX_SOURCE).is_err(), "cut at {cut}");
    }
    // A reserved block type (BTYPE = 11).
    assert_eq!(decode_code(&engine.encode([0x07, 0x00]), MAX_SOURCE), Err(ShareError::BadDeflate));
    // A stored block whose length check fails.
    assert_eq!(decode_code(&engine.encode([0x01, 0x05, 0x00, 0x00, 0x00]), MAX_SOURCE), Err(ShareError::BadDeflate));
    // Random bytes: errors, never panics.
    let mut rng = Rng(7);
    for _ in 0..200 {
        let n = rng.below(64) as usize + 1;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let _ = decode_code(&engine.encode(&bytes), MAX_SOURCE);
    }
}

#[test]
fn valid_deflate_of_bytes_that_are_not_utf8_is_refused() {
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    for bytes in [
        &b"print('\xff')"[..],
        b"\xc0\x80",         // overlong NUL
        b"\xed\xa0\x80",     // a UTF-16 surrogate written as UTF-8 (CESU-8)
        b"caf\xc3",          // cut in the middle of a character
        b"\xf4\x90\x80\x80", // above U+10FFFF
    ] {
        let code = engine.encode(miniz_oxide::deflate::compress_to_vec(bytes, 9));
        let e = decode_code(&code, MAX_SOURCE).unwrap_err();
        assert_eq!(e, ShareError::NotUtf8 { key: "code" }, "{bytes:?}");
        assert!(e.to_string().contains("UTF-8"));
        // The same bytes percent-encoded in src=.
        let src: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        assert_eq!(decode_src(&src, MAX_SOURCE), Err(ShareError::NotUtf8 { key: "src" }));
    }
}

#[test]
fn a_decompression_bomb_is_refused_quickly() {
    use base64::Engine as _;
    let zeros = vec![0u8; 10 * 1024 * 1024];
    let code =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&zeros, 9));
    drop(zeros);
    assert!(code.len() < 20_000, "10 MB of zeros makes a short link: {}", code.len());
    let started = Instant::now();
    let e = decode_code(&code, MAX_SOURCE).unwrap_err();
    let took = started.elapsed();
    assert_eq!(e, ShareError::TooLarge { key: "code", limit: MAX_SOURCE });
    assert!(e.to_string().contains("65536 bytes (64 KiB)"), "{e}");
    // Stops at the limit (64 KiB of output): milliseconds even unoptimised; generous bound
    // for a busy machine.
    assert!(took.as_secs_f64() < 2.0, "took {took:?}");
}

#[test]
fn a_huge_code_is_refused_before_decoding() {
    let code = "A".repeat(10 * 1024 * 1024);
    assert_eq!(decode_code(&code, MAX_SOURCE), Err(ShareError::TooLarge { key: "code", limit: MAX_SOURCE }));
}

#[test]
fn empty_values_are_refused_and_an_empty_source_round_trips() {
    assert_eq!(decode_code("", MAX_SOURCE), Err(ShareError::Empty { key: "code" }));
    assert_eq!(decode_src("", MAX_SOURCE), Err(ShareError::Empty { key: "src" }));
    assert_eq!(scenario_from_fragment(&Fragment::parse("#code="), MAX_SOURCE), Err(ShareError::Empty { key: "code" }));
    assert_eq!(scenario_from_fragment(&Fragment::parse("#code"), MAX_SOURCE), Err(ShareError::Empty { key: "code" }));
    assert!(ShareError::Empty { key: "src" }.to_string().contains("src= is empty"));
    // An empty editor still makes a valid link.
    assert_eq!(decode_code(&encode_code(""), MAX_SOURCE).unwrap(), "");
}

#[test]
fn unknown_keys_are_kept_in_place() {
    let code = encode_code("print('hi')\n");
    let hash = format!("#code={code}&foo=bar&pace=2");
    let f = Fragment::parse(&hash);
    assert_eq!(f.to_hash(), hash);
    assert_eq!(f.get("foo"), Some("bar"));
    assert_eq!(f.pace(), Some("2"));
    assert_eq!(scenario_from_fragment(&f, MAX_SOURCE).unwrap(), Source::Code("print('hi')\n".into()));
    let new = share_hash(&f, "print('bye')\n", "instant");
    assert_eq!(new, format!("#code={}&foo=bar&pace=instant", encode_code("print('bye')\n")));
    // Leading '#' optional, odd pieces kept as they were.
    let f = Fragment::parse("top&a=1=2&&x=%41&empty=");
    assert_eq!(f.entries.len(), 4);
    assert_eq!(f.get("top"), Some(""));
    assert_eq!(f.get("a"), Some("1=2"));
    assert_eq!(f.get("x"), Some("%41"), "unknown values stay raw");
    assert_eq!(f.to_hash(), "#top&a=1=2&x=%41&empty");
    assert_eq!(Fragment::parse("").to_hash(), "");
    assert_eq!(Fragment::parse("#").to_hash(), "");
}

#[test]
fn share_hash_writes_code_in_place_of_src_and_preset() {
    let src = "print('é')\n";
    let code = encode_code(src);
    let f = Fragment::parse("#a=1&preset=03_seed_gather&b=2&src=x&code=old&pace=9");
    assert_eq!(share_hash(&f, src, "0.5"), format!("#a=1&code={code}&b=2&pace=0.5"));
    assert_eq!(share_hash(&Fragment::default(), src, "1"), format!("#code={code}&pace=1"));
    assert_eq!(share_hash(&Fragment::parse("#top"), src, "bogus"), format!("#code={code}&top"));
    assert_eq!(share_hash(&Fragment::parse("#pace=2&z"), src, "10"), format!("#code={code}&pace=10&z"));
}

#[test]
fn code_wins_over_src_over_preset() {
    let code = encode_code("A\n");
    let src = encode_src("B\n");
    let f = |h: &str| scenario_from_fragment(&Fragment::parse(h), MAX_SOURCE);
    assert_eq!(f(&format!("#preset=p&src={src}&code={code}")), Ok(Source::Code("A\n".into())));
    assert_eq!(f(&format!("#preset=p&src={src}")), Ok(Source::Src("B\n".into())));
    assert_eq!(f("#preset=02_seed_create_task&pace=5"), Ok(Source::Preset("02_seed_create_task".into())));
    assert_eq!(f("#pace=5&foo"), Ok(Source::None));
    assert_eq!(f("#preset="), Ok(Source::None));
    assert_eq!(f(""), Ok(Source::None));
    // A broken code= is an error even when src= is fine: the page shows the message.
    assert!(matches!(f(&format!("#code=!!&src={src}")), Err(ShareError::BadBase64 { .. })));
}

#[test]
fn hand_written_src_links() {
    let f = |h: &str| scenario_from_fragment(&Fragment::parse(h), MAX_SOURCE);
    assert_eq!(f("#src=print(%22a+b%22)%0A"), Ok(Source::Src("print(\"a+b\")\n".into())));
    assert_eq!(f("#src=print('caf%C3%A9 100%')"), Ok(Source::Src("print('café 100%')".into())));
    // A browser percent-encodes non-ASCII typed in the address bar; raw UTF-8 works too.
    assert_eq!(f("#src=print('東京')"), Ok(Source::Src("print('東京')".into())));
    assert_eq!(encode_src("a b+c/é"), "a%20b%2Bc%2F%C3%A9");
}

#[test]
fn pace_is_ignored_unless_known() {
    let p = |h: &str| Fragment::parse(h).pace();
    assert_eq!(p("#pace=instant"), Some("instant"));
    assert_eq!(p("#pace=0.25"), Some("0.25"));
    assert_eq!(p("#pace=10"), Some("10"));
    assert_eq!(p("#pace=3"), None);
    assert_eq!(p("#pace="), None);
    assert_eq!(p("#code=x"), None);
}
