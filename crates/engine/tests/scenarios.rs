//! Every scenario under tests/scenarios (copied from the public set, expectations made by
//! CPython through the oracle) must produce exactly the oracle's JSON lines.

mod common;

#[test]
fn public_scenarios_match_the_oracle() {
    common::check_against_oracle_outputs("tests/scenarios", 20);
}

/// The page's presets (crates/app/presets, each with the oracle's output beside it) run
/// exactly as CPython runs them: the gallery never shows a learner a wrong lesson.
#[test]
fn presets_match_the_oracle() {
    common::check_against_oracle_outputs("../app/presets", 21);
}
