//! Findings of the `fragment` fuzz target (fuzz/README.md), minimized, each kept as a test
//! of the property the target checks.

use loopscope_share::*;

/// What the target asserts of every fragment: `to_hash` parses back to the same entries,
/// and writing it again gives the same text.
fn assert_kept(hash: &str) {
    let f = Fragment::parse(hash);
    let written = f.to_hash();
    assert_eq!(Fragment::parse(&written), f, "{hash:?} written as {written:?}");
    assert_eq!(Fragment::parse(&written).to_hash(), written);
}

/// Finding 1: a piece that is just `=` (an empty key with an empty value) was written back as
/// nothing, so the next `parse` dropped it (`#top&&x=1&=&pace=0.5` lost an entry on its
/// way through `to_hash`). Fixed in `Fragment::to_hash`: such a piece keeps its `=`.
#[test]
fn a_bare_equals_piece_survives_to_hash() {
    let f = Fragment::parse("=");
    assert_eq!(f.entries, vec![(String::new(), String::new())]);
    assert_eq!(f.to_hash(), "#=");
    assert_kept("=");
    assert_kept("#top&&x=1&=&pace=0.5");
    assert_kept("#=&=");
    // What was already right stays so: an empty value is written without `=`.
    assert_eq!(Fragment::parse("a=&=b").to_hash(), "#a&=b");
    assert_kept("a=&=b");
}

/// The share round trip keeps such pieces too (they are unknown keys).
#[test]
fn share_hash_keeps_a_bare_equals_piece() {
    let f = Fragment::parse("#x&=&src=abc");
    let shared = Fragment::parse(&share_hash(&f, "print(1)\n", "2"));
    let keys: Vec<&str> = shared.entries.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["x", "", "code", "pace"]);
    assert_eq!(scenario_from_fragment(&shared, MAX_SOURCE), Ok(Source::Code("print(1)\n".into())));
}
