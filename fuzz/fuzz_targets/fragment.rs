//! The share-link decoder: arbitrary text as `location.hash`, arbitrary bytes as a `code=`
//! payload, arbitrary text through the encoders and back. Nothing may panic or allocate
//! much more than the 64 KiB source limit, and:
//! - a decoded scenario is never larger than the limit;
//! - `Fragment::to_hash` then `Fragment::parse` gives the same entries (a fragment is kept
//!   byte for byte), and is stable;
//! - `encode_code`/`decode_code`, `encode_src`/`decode_src` and `share_hash`/
//!   `scenario_from_fragment` give the source back exactly.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use loopscope_share::{
    Fragment, MAX_SOURCE, PACES, Source, decode_code, decode_src, encode_code, encode_src, normalize_pace,
    scenario_from_fragment, share_hash,
};

fn decoded_len(source: &Source) -> usize {
    match source {
        Source::Code(s) | Source::Src(s) => s.len(),
        Source::Preset(_) | Source::None => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    // 1. The address bar.
    let fragment = Fragment::parse(text);
    if let Ok(source) = scenario_from_fragment(&fragment, MAX_SOURCE) {
        assert!(decoded_len(&source) <= MAX_SOURCE);
    }
    let _ = fragment.pace();
    let hash = fragment.to_hash();
    let again = Fragment::parse(&hash);
    assert_eq!(again, fragment, "to_hash {hash:?} does not parse back to the fragment of {text:?}");
    assert_eq!(again.to_hash(), hash);
    // A small limit too: the bomb check must hold at any limit.
    for value in [text, fragment.get("code").unwrap_or("")] {
        if let Ok(s) = decode_code(value, 64) {
            assert!(s.len() <= 64);
        }
        if let Ok(s) = decode_src(value, 64) {
            assert!(s.len() <= 64);
        }
    }

    // 2. Arbitrary DEFLATE payloads behind a well-formed base64url.
    let code = URL_SAFE_NO_PAD.encode(data);
    match decode_code(&code, MAX_SOURCE) {
        Ok(s) => assert!(s.len() <= MAX_SOURCE),
        Err(e) => assert!(!e.to_string().is_empty()),
    }

    // 3. Round trips.
    if text.len() <= MAX_SOURCE {
        let code = encode_code(text);
        assert_eq!(decode_code(&code, MAX_SOURCE).as_deref(), Ok(text), "code= round trip");
        if !text.is_empty() {
            assert_eq!(decode_src(&encode_src(text), MAX_SOURCE).as_deref(), Ok(text), "src= round trip");
        }
        let pace = PACES[data.first().map_or(0, |b| *b as usize % PACES.len())];
        let shared = Fragment::parse(&share_hash(&fragment, text, pace));
        assert_eq!(scenario_from_fragment(&shared, MAX_SOURCE), Ok(Source::Code(text.to_string())), "share round trip");
        assert_eq!(shared.pace(), normalize_pace(pace));
        // Unknown keys stay, in order.
        let unknown = |f: &Fragment| -> Vec<(String, String)> {
            f.entries
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "code" | "src" | "preset" | "pace"))
                .cloned()
                .collect()
        };
        assert_eq!(unknown(&shared), unknown(&fragment), "share_hash lost or moved an unknown key");
    }
});
