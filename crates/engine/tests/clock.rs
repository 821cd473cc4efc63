//! `clock_core` (the `time` module's gmtime/strftime/asctime/ctime) against what CPython
//! 3.11.7 on glibc 2.36 prints: `tests/clock_data/clock_data.json`, written by
//! `tests/clock_data/gen_clock_data.py` (regenerate only on the reference setup).

use loopscope_engine::clock_core::{
    ClockError, StructTime, asctime, bad_argument_type, c_long_overflow, check_struct_time_len, check_tuple,
    check_tuple_ints, ctime, ctime_i64, gmtime, gmtime_i64, illegal_time_tuple, strftime, struct_time_not_sequence,
    struct_time_repr, time_t_overflow, tuple_required,
};
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

fn data() -> &'static Value {
    static DATA: OnceLock<Value> = OnceLock::new();
    DATA.get_or_init(|| {
        // CLOCK_DATA: a bigger file from `gen_clock_data.py --fuzz N --out PATH`.
        let path = std::env::var_os("CLOCK_DATA").map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clock_data/clock_data.json"),
            std::path::PathBuf::from,
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("clock_data.json")).expect("json")
    })
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
}

fn s(v: &Value) -> &str {
    v.as_str().expect("string")
}

fn sep() -> &'static str {
    s(&data()["sep"])
}

fn err_of(v: &Value) -> (String, String) {
    let a = arr(v);
    (s(&a[0]).to_string(), s(&a[1]).to_string())
}

fn got_err(e: &ClockError) -> (String, String) {
    (e.kind.to_string(), e.message.clone())
}

/// Compares a result with a case's "r" (text) or "e" ([kind, message]).
fn check(case: &Value, got: Result<String, ClockError>, what: &str, failures: &mut Vec<String>) {
    let expected = match case.get("e") {
        Some(e) => Err(err_of(e)),
        None => Ok(s(&case["r"]).to_string()),
    };
    let got = got.map_err(|e| got_err(&e));
    if got != expected {
        failures.push(format!("{what}: expected {expected:?}, got {got:?}"));
    }
}

fn fields9(v: &Value) -> [i64; 9] {
    let a = arr(v);
    assert_eq!(a.len(), 9);
    std::array::from_fn(|i| a[i].as_i64().expect("i64 field"))
}

fn struct_of(case: &Value) -> StructTime {
    let mut t = StructTime::from_fields(fields9(&case["t"]));
    if case.get("struct").and_then(Value::as_bool) == Some(true) {
        t.zone = case["zone"].as_str().map(str::to_string);
        t.gmtoff = case["gmtoff"].as_i64();
    }
    t
}

fn report(name: &str, n: usize, failures: &[String]) {
    assert!(failures.is_empty(), "{name}: {} of {n} differ:\n{}", failures.len(), failures.join("\n"));
    eprintln!("{name}: {n} cases match CPython");
}

#[test]
fn gmtime_ctime_and_repr_match_cpython() {
    let mut failures = Vec::new();
    let cases = arr(&data()["gmtime"]);
    for case in cases {
        let (got, got_ctime, label) = match case.get("f") {
            Some(b) => {
                let x = f64::from_bits(b.as_u64().expect("bits"));
                (gmtime(x), ctime(x), format!("gmtime({x:?})"))
            }
            None => {
                let i = case["i"].as_i64().expect("int");
                (gmtime_i64(i), ctime_i64(i), format!("gmtime({i})"))
            }
        };
        match (case.get("e"), &got) {
            (Some(e), Err(g)) if err_of(e) == got_err(g) => {}
            (None, Ok(t)) => {
                let expected = fields9(&case["ok"]);
                if t.fields() != expected
                    || t.zone.as_deref() != case["zone"].as_str()
                    || t.gmtoff != case["gmtoff"].as_i64()
                    || struct_time_repr(t) != s(&case["repr"])
                {
                    failures.push(format!("{label}: expected {expected:?} {}, got {t:?}", case["repr"]));
                }
            }
            _ => failures.push(format!("{label}: expected {case}, got {got:?}")),
        }
        check(&case["ctime"], got_ctime, &format!("c{label}"), &mut failures);
    }
    report("gmtime+ctime", cases.len(), &failures);
}

/// A stamp's timestamp (for messages) and `gmtime` of it.
fn stamp_struct(case: &Value) -> (String, StructTime) {
    let t = match case.get("f") {
        Some(b) => gmtime(f64::from_bits(b.as_u64().expect("bits"))),
        None => gmtime_i64(case["i"].as_i64().expect("int")),
    };
    let label = case
        .get("f")
        .map_or_else(|| case["i"].to_string(), |b| format!("{:?}", f64::from_bits(b.as_u64().expect("bits"))));
    (label, t.expect("stamps are within gmtime's range"))
}

fn check_joined(formats: &Value, joined: &str, x: &str, t: &StructTime, failures: &mut Vec<String>) -> usize {
    let formats = arr(formats);
    let expected: Vec<&str> = joined.split(sep()).collect();
    assert_eq!(formats.len(), expected.len());
    for (f, want) in formats.iter().zip(&expected) {
        let f = s(f);
        let got = strftime(f, t);
        if got.as_deref() != Ok(*want) {
            failures.push(format!("strftime({f:?}, gmtime({x})): expected {want:?}, got {got:?}"));
        }
    }
    formats.len()
}

#[test]
fn every_directive_on_gmtime_matches_cpython() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in arr(&data()["stamps"]) {
        let (x, t) = stamp_struct(case);
        if let Some(e) = case.get("e") {
            n += 1;
            let got = strftime("%Y", &t).map_err(|e| got_err(&e));
            if got != Err(err_of(e)) {
                failures.push(format!("strftime('%Y', gmtime({x})): expected {e}, got {got:?}"));
            }
            continue;
        }
        n += check_joined(&data()["plain_formats"], s(&case["plain"]), &x, &t, &mut failures);
        if let Some(joined) = case.get("cart") {
            n += check_joined(&data()["cart_formats"], s(joined), &x, &t, &mut failures);
        }
    }
    report("strftime over gmtime", n, &failures);
}

#[test]
fn week_numbers_across_years_match_cpython() {
    let fmt = s(&data()["week_format"]);
    let mut failures = Vec::new();
    let cases = arr(&data()["weeks"]);
    for case in cases {
        let secs = case[0].as_i64().expect("secs");
        let got = gmtime_i64(secs).and_then(|t| strftime(fmt, &t));
        if got.as_deref() != Ok(s(&case[1])) {
            failures.push(format!("gmtime({secs}): expected {}, got {got:?}", case[1]));
        }
    }
    report("week numbering", cases.len(), &failures);
}

#[test]
fn explicit_tuples_match_cpython() {
    let mut failures = Vec::new();
    let cases = arr(&data()["tuples"]);
    for case in cases {
        let t = struct_of(case);
        if case.get("asc").is_some() {
            check(case, asctime(&t), &format!("asctime({:?})", t.fields()), &mut failures);
        } else {
            let f = s(&case["f"]);
            check(case, strftime(f, &t), &format!("strftime({f:?}, {t:?})"), &mut failures);
        }
    }
    report("explicit tuples", cases.len(), &failures);
}

#[test]
fn check_tuple_matches_cpython() {
    // check_tuple's normalised fields, as strftime('%Y|%m|%d|%H|%M|%S|%w|%j|...') shows them.
    let mut failures = Vec::new();
    let mut n = 0;
    for case in arr(&data()["tuples"]) {
        if case.get("asc").is_some() || case.get("struct").is_some() || s(&case["f"]) == "\0" {
            continue;
        }
        n += 1;
        let f = fields9(&case["t"]);
        let got = check_tuple(f);
        // check_tuple_ints: the same OverflowErrors, and nothing else.
        let ints = check_tuple_ints(f).map_err(|e| got_err(&e));
        let want_ints = match &got {
            Err(e) if e.kind == "OverflowError" => Err(got_err(e)),
            _ => Ok(()),
        };
        if ints != want_ints {
            failures.push(format!("check_tuple_ints({f:?}): expected {want_ints:?}, got {ints:?}"));
        }
        match (case.get("e"), got) {
            (Some(e), Err(g)) if err_of(e) == got_err(&g) => {}
            (None, Ok(t)) => {
                let parts: Vec<i64> = s(&case["r"]).split('|').take(8).map(|p| p.parse().expect("number")).collect();
                let expected =
                    [parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], (parts[6] + 6) % 7, parts[7], f[8]];
                if t.fields() != expected {
                    failures.push(format!("check_tuple({f:?}): expected {expected:?}, got {:?}", t.fields()));
                }
            }
            (e, got) => failures.push(format!("check_tuple({f:?}): expected {e:?} / {:?}, got {got:?}", case.get("r"))),
        }
    }
    report("check_tuple", n, &failures);
}

#[test]
fn special_formats_match_cpython() {
    let t = gmtime(0.0).expect("epoch");
    let mut failures = Vec::new();
    let cases = arr(&data()["special"]);
    for case in cases {
        let f = s(&case[0]);
        let got = strftime(f, &t);
        if got.as_deref() != Ok(s(&case[1])) {
            failures.push(format!("strftime({f:?}, gmtime(0)): expected {:?}, got {got:?}", case[1]));
        }
    }
    report("special formats", cases.len(), &failures);
}

#[test]
fn random_formats_on_random_tuples_match_cpython() {
    let mut failures = Vec::new();
    let cases = arr(&data()["fuzz"]);
    for case in cases {
        let t = struct_of(case);
        let f = s(&case["f"]);
        check(case, strftime(f, &t), &format!("strftime({f:?}, {t:?})"), &mut failures);
    }
    report("fuzz", cases.len(), &failures);
}

#[test]
fn error_texts_match_cpython() {
    let e = &data()["errors"];
    let expect = |k: &str| err_of(&e[k]);
    assert_eq!(got_err(&tuple_required()), expect("not_tuple"));
    assert_eq!(got_err(&illegal_time_tuple("strftime")), expect("strftime_len"));
    assert_eq!(got_err(&illegal_time_tuple("asctime")), expect("asctime_len"));
    assert_eq!(got_err(&check_struct_time_len(3).expect_err("short")), expect("struct_short"));
    assert_eq!(got_err(&check_struct_time_len(12).expect_err("long")), expect("struct_long"));
    assert_eq!(got_err(&struct_time_not_sequence()), expect("struct_not_seq"));
    assert_eq!(got_err(&c_long_overflow()), expect("long_overflow"));
    assert_eq!(got_err(&time_t_overflow()), expect("int_timestamp_overflow"));
    assert_eq!(got_err(&bad_argument_type()), expect("zone_type"));
    for n in 9..=11 {
        assert_eq!(check_struct_time_len(n), Ok(()));
    }
}

/// `%^Z` / `%#Z` of a zone holding every code point: glibc's towupper/towlower.
#[test]
fn case_mapping_matches_glibc_for_every_code_point() {
    let table = |k: &str| -> std::collections::HashMap<u32, u32> {
        arr(&data()[k]).iter().map(|p| (p[0].as_u64().expect("cp") as u32, p[1].as_u64().expect("cp") as u32)).collect()
    };
    let (up, low) = (table("towupper"), table("towlower"));
    let cps: Vec<char> = (1..0x11_0000u32).filter_map(char::from_u32).collect();
    let mut failures = Vec::new();
    for chunk in cps.chunks(1000) {
        let zone: String = chunk.iter().collect();
        let mut t = StructTime::from_fields([2024, 1, 1, 0, 0, 0, 0, 1, 0]);
        t.zone = Some(zone);
        for (fmt, map) in [("%^Z", &up), ("%#Z", &low)] {
            let got: Vec<char> = strftime(fmt, &t).expect("fits").chars().collect();
            assert_eq!(got.len(), chunk.len());
            for (c, g) in chunk.iter().zip(got) {
                let want = map.get(&(*c as u32)).copied().unwrap_or(*c as u32);
                if g as u32 != want {
                    failures
                        .push(format!("{fmt} of U+{:04X}: expected U+{want:04X}, got U+{:04X}", *c as u32, g as u32));
                }
            }
        }
    }
    report("case mapping", cps.len() * 2, &failures);
}

/// No input panics: extreme fields, timestamps and formats.
#[test]
fn never_panics() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let extremes = [i64::MIN, i64::MAX, i32::MIN as i64, i32::MAX as i64, -1, 0, 1, 12, 13, 31, 61, 366, 367];
    let pieces = [
        "%",
        "%-",
        "%_",
        "%0",
        "%^",
        "%#",
        "%E",
        "%O",
        "%9",
        "%99999999999999",
        "Y",
        "z",
        "Z",
        "s",
        "c",
        "G",
        "é",
        "𝄞",
        "a",
    ];
    for _ in 0..20_000 {
        let f: [i64; 9] = std::array::from_fn(|_| {
            let r = next();
            if r % 3 == 0 { extremes[(r >> 8) as usize % extremes.len()] } else { (r >> 8) as i64 % 400 - 100 }
        });
        let mut t = StructTime::from_fields(f);
        if next() % 2 == 0 {
            t.zone = Some("Zé\0x".into());
            t.gmtoff = Some(next() as i64);
        }
        let fmt: String = (0..next() % 8).map(|_| pieces[next() as usize % pieces.len()]).collect();
        let _ = strftime(&fmt, &t);
        let _ = asctime(&t);
        let _ = check_tuple(f);
        let _ = struct_time_repr(&t);
        let secs = next() as i64 >> (next() % 64);
        let _ = gmtime_i64(secs);
        let _ = ctime(f64::from_bits(next()));
        let _ = ctime_i64(secs);
    }
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN, 9.2e18, -9.3e18, -0.0] {
        let _ = gmtime(x);
    }
    for secs in [i64::MIN, i64::MAX, i64::MIN + 1, i64::MAX - 1] {
        assert!(gmtime_i64(secs).is_err());
    }
}
