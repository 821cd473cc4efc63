//! Regressions of the differential test (tests/differential): each finding's minimal
//! program under tests/differential, with what CPython 3.11 printed for it through the
//! oracle, must give exactly the same JSON lines.

mod common;

#[test]
fn differential_findings_match_the_oracle() {
    common::check_against_oracle_outputs("tests/differential", 1);
}
