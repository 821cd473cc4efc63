//! `random_core` draws exactly what CPython 3.11's `random` module draws.
//!
//! The expected values are in `random_data/random_draws.json`, written by
//! `random_data/gen_random_data.py` with python3 (3.11): for each seed, each case is run
//! from a freshly seeded generator, its results formatted as tokens, and the file keeps
//! their number, their FNV-1a digest and the first few in clear.

use loopscope_engine::random_core::{self as rc, Random, RandomError};
use serde_json::Value;

const DATA: &str = include_str!("random_data/random_draws.json");

fn data() -> Value {
    serde_json::from_str(DATA).expect("random_draws.json parses")
}

fn fnv1a(tokens: &[String]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in tokens {
        for &b in t.as_bytes().iter().chain(b"\n") {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn fbits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// Little-endian words as Python's `format(n, 'x')`.
fn hex_words(words: &[u32]) -> String {
    let used = words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
    if used == 0 {
        return "0".into();
    }
    let mut s = format!("{:x}", words[used - 1]);
    for w in words[..used - 1].iter().rev() {
        s.push_str(&format!("{w:08x}"));
    }
    s
}

fn words_from_hex(hex: &str) -> Vec<u32> {
    let digits: Vec<u8> = hex.bytes().collect();
    digits.rchunks(8).map(|c| u32::from_str_radix(std::str::from_utf8(c).unwrap(), 16).unwrap()).collect()
}

fn join<T: ToString>(xs: impl IntoIterator<Item = T>) -> String {
    xs.into_iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")
}

fn floats(list: &str) -> Vec<f64> {
    if list.is_empty() { Vec::new() } else { list.split(',').map(|x| x.parse().unwrap()).collect() }
}

fn i64s(list: &str) -> Vec<i64> {
    if list.is_empty() { Vec::new() } else { list.split(',').map(|x| x.parse().unwrap()).collect() }
}

fn seeded(seed: &Value) -> Random {
    let mut r = Random::new();
    match seed["type"].as_str().unwrap() {
        "int" => {
            let words: Vec<u32> =
                seed["words"].as_array().unwrap().iter().map(|w| w.as_u64().unwrap() as u32).collect();
            r.seed_words(&words);
            // The i64 entry point must agree where it applies.
            if words.len() <= 2 {
                let magnitude = words.iter().rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
                if let Ok(m) = i64::try_from(magnitude) {
                    let mut other = Random::new();
                    other.seed_i64(if seed["negative"].as_bool().unwrap() { -m } else { m });
                    assert_eq!(other.random(), r.clone().random(), "seed_i64 vs seed_words for {seed}");
                }
            }
        }
        "float" => r.seed_float(f64::from_bits(u64::from_str_radix(seed["bits"].as_str().unwrap(), 16).unwrap())),
        "str" => r.seed_str(seed["value"].as_str().unwrap()),
        "str_v1" => r.seed_str_version1(seed["value"].as_str().unwrap()),
        "bytes" => {
            let hex = seed["hex"].as_str().unwrap();
            let bytes: Vec<u8> =
                (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
            r.seed_bytes(&bytes);
        }
        other => panic!("unknown seed type {other}"),
    }
    r
}

const DRAWS: usize = 10_000;

fn repeat(n: usize, mut f: impl FnMut() -> String) -> Vec<String> {
    (0..n).map(|_| f()).collect()
}

fn opt(x: &str) -> Option<f64> {
    if x == "None" { None } else { Some(x.parse().unwrap()) }
}

/// Runs the case `name` (as `gen_random_data.py` names them) and returns its tokens.
fn run_case(r: &mut Random, name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split(':').collect();
    let f = |i: usize| -> f64 { parts[i].parse().unwrap() };
    let i = |i: usize| -> i64 { parts[i].parse().unwrap() };
    match parts[0] {
        "random" => repeat(DRAWS, || fbits(r.random())),
        "getrandbits" => {
            let k: u32 = parts[1].parse().unwrap();
            repeat(DRAWS, || r.getrandbits_u64(k).unwrap().to_string())
        }
        "getrandbits_words" => repeat(DRAWS, || hex_words(&r.getrandbits(i(1)).unwrap())),
        "randbelow" => {
            let n: u64 = parts[1].parse().unwrap();
            repeat(DRAWS, || r.randbelow(n).unwrap().to_string())
        }
        "randbelow_words" => {
            let n = words_from_hex(parts[1]);
            repeat(DRAWS, || hex_words(&r.randbelow_words(&n).unwrap()))
        }
        "randrange" => {
            let (start, stop, step) = match parts.len() {
                2 => (i(1), None, 1),
                3 => (i(1), Some(i(2)), 1),
                _ => (i(1), Some(i(2)), i(3)),
            };
            repeat(DRAWS, || r.randrange(start, stop, step).unwrap().to_string())
        }
        "randint" => repeat(DRAWS, || r.randint(i(1), i(2)).unwrap().to_string()),
        "choice_cycle" => (0..DRAWS).map(|n| r.choice(1 + n % 50).unwrap().to_string()).collect(),
        "shuffle" => {
            let n = i(1) as usize;
            let mut x: Vec<usize> = (0..n).collect();
            repeat((DRAWS / n.max(1)).max(1), || {
                r.shuffle(&mut x);
                join(x.iter())
            })
        }
        "sample" => {
            let (n, k) = (parts[1].parse::<u64>().unwrap(), i(2));
            repeat((DRAWS / k.max(1) as usize).max(1), || join(r.sample(n, k).unwrap()))
        }
        "sample_counts" => {
            let (counts, k) = (i64s(parts[1]), i(2));
            repeat((DRAWS / k.max(1) as usize).max(1), || join(r.sample_counts(counts.len(), &counts, k).unwrap()))
        }
        "choices" => {
            let (n, k) = (i(1) as usize, i(2));
            repeat(DRAWS / k as usize, || join(r.choices(n, None, None, k).unwrap()))
        }
        "choices_w" => {
            let (w, k) = (floats(parts[1]), i(2));
            repeat(DRAWS / k as usize, || join(r.choices(w.len(), Some(&w), None, k).unwrap()))
        }
        "choices_cw" => {
            let (cw, k) = (floats(parts[1]), i(2));
            repeat(DRAWS / k as usize, || join(r.choices(cw.len(), None, Some(&cw), k).unwrap()))
        }
        "uniform" => repeat(DRAWS, || fbits(r.uniform(f(1), f(2)))),
        "triangular" => repeat(DRAWS, || fbits(r.triangular(f(1), f(2), opt(parts[3])))),
        "gauss" => repeat(DRAWS, || fbits(r.gauss(f(1), f(2)))),
        "normalvariate" => repeat(DRAWS, || fbits(r.normalvariate(f(1), f(2)))),
        "lognormvariate" => repeat(DRAWS, || fbits(r.lognormvariate(f(1), f(2)).unwrap())),
        "expovariate" => repeat(DRAWS, || fbits(r.expovariate(f(1)).unwrap())),
        "vonmisesvariate" => repeat(DRAWS, || fbits(r.vonmisesvariate(f(1), f(2)).unwrap())),
        "gammavariate" => repeat(DRAWS, || fbits(r.gammavariate(f(1), f(2)).unwrap())),
        "betavariate" => repeat(DRAWS, || fbits(r.betavariate(f(1), f(2)).unwrap())),
        "paretovariate" => repeat(DRAWS, || fbits(r.paretovariate(f(1)).unwrap())),
        "weibullvariate" => repeat(DRAWS, || fbits(r.weibullvariate(f(1), f(2)).unwrap())),
        "mixed" => {
            let mut x: Vec<usize> = (0..5).collect();
            (0..DRAWS)
                .map(|i| match i % 11 {
                    1 | 3 | 4 | 8 => fbits(r.gauss(0.0, 1.0)),
                    2 => r.randrange(10, None, 1).unwrap().to_string(),
                    6 => {
                        r.shuffle(&mut x);
                        join(x.iter())
                    }
                    9 => fbits(r.normalvariate(1.0, 2.0)),
                    10 if i % 7 == 0 => {
                        r.seed_i64(i as i64);
                        "seed".into()
                    }
                    _ => fbits(r.random()),
                })
                .collect()
        }
        other => panic!("unknown case {other}"),
    }
}

#[test]
fn draws_match_cpython() {
    let data = data();
    assert_eq!(data["draws"].as_u64(), Some(DRAWS as u64));
    let mut failures = Vec::new();
    let mut checked = 0;
    for entry in data["seeds"].as_array().unwrap() {
        let seed = &entry["seed"];
        for (name, case) in entry["cases"].as_object().unwrap() {
            let mut r = seeded(seed);
            let tokens = run_case(&mut r, name);
            checked += 1;
            let head: Vec<&str> = case["head"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
            let count = case["count"].as_u64().unwrap() as usize;
            if tokens.len() != count || fnv1a(&tokens) != case["fnv"].as_str().unwrap() {
                let first_diff = head.iter().zip(&tokens).position(|(a, b)| a != b);
                failures.push(format!(
                    "seed {} case {name}: {} tokens (want {count}), first difference in head at {first_diff:?}: got {:?}, want {:?}",
                    seed["repr"],
                    tokens.len(),
                    &tokens[..head.len().min(tokens.len())],
                    head
                ));
            }
        }
    }
    assert!(checked > 2000, "only {checked} cases");
    assert!(failures.is_empty(), "{} of {checked} cases differ from CPython:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn hashes_match_cpython() {
    let data = data();
    let hashes = &data["hashes"];
    let mut r = Random::new();
    r.seed_i64(2024);
    let floats: Vec<String> = (0..5000)
        .map(|_| {
            let x = f64::from_bits(r.getrandbits_u64(64).unwrap());
            if x.is_nan() { "nan".into() } else { rc::hash_float(x).to_string() }
        })
        .collect();
    let small: Vec<String> =
        (0..5000).map(|_| rc::hash_i64((r.getrandbits_u64(64).unwrap() ^ (1 << 63)) as i64).to_string()).collect();
    let big: Vec<String> = (0..2000)
        .map(|_| {
            let words = r.getrandbits(200).unwrap();
            let negative = r.getrandbits_u64(1).unwrap() == 1;
            rc::hash_int_words(&words, negative).to_string()
        })
        .collect();
    for (name, tokens) in [("floats", &floats), ("i64", &small), ("big", &big)] {
        assert_eq!(tokens.len() as u64, hashes[name]["count"].as_u64().unwrap(), "{name}");
        assert_eq!(fnv1a(tokens), hashes[name]["fnv"].as_str().unwrap(), "{name}");
    }
    for pair in hashes["special_floats"].as_array().unwrap() {
        let x = f64::from_bits(u64::from_str_radix(pair[0].as_str().unwrap(), 16).unwrap());
        assert_eq!(rc::hash_float(x), pair[1].as_i64().unwrap(), "hash({x:?})");
    }
    for n in hashes["special_ints"].as_array().unwrap() {
        let words: Vec<u32> = n["words"].as_array().unwrap().iter().map(|w| w.as_u64().unwrap() as u32).collect();
        let negative = n["negative"].as_bool().unwrap();
        let want = n["hash"].as_i64().unwrap();
        assert_eq!(rc::hash_int_words(&words, negative), want, "hash of {words:?} negative={negative}");
        if words.len() <= 2 {
            let m = words.iter().rev().fold(0u64, |acc, &w| (acc << 32) | u64::from(w));
            let v = if negative { 0i64.wrapping_sub(m as i64) } else { m as i64 };
            if (v < 0) == negative || m == 0 {
                assert_eq!(rc::hash_i64(v), want, "hash({v})");
            }
        }
    }
}

#[test]
fn sha512_matches_hashlib() {
    for pair in data()["sha512"].as_array().unwrap() {
        let hex = pair[0].as_str().unwrap();
        let bytes: Vec<u8> =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
        let digest: String = rc::sha512(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest, pair[1].as_str().unwrap(), "sha512 of {} bytes", bytes.len());
    }
}

/// Runs the failing call `name` (as `gen_random_data.py` names them).
fn run_error(r: &mut Random, name: &str) -> RandomError {
    let parts: Vec<&str> = name.split(':').collect();
    let f = |i: usize| -> f64 { parts[i].parse().unwrap() };
    let i = |i: usize| -> i64 { parts[i].parse().unwrap() };
    let err = match parts[0] {
        "randrange" => {
            let stop = parts.get(2).map(|s| if *s == "None" { None } else { Some(s.parse().unwrap()) }).unwrap_or(None);
            r.randrange(i(1), stop, if parts.len() > 3 { i(3) } else { 1 }).map(drop)
        }
        "randint" => r.randint(i(1), i(2)).map(drop),
        "choice" => r.choice(i(1) as usize).map(drop),
        "sample" => r.sample(i(1) as u64, i(2)).map(drop),
        "sample_counts" => r.sample_counts(i(1) as usize, &i64s(parts[2]), i(3)).map(drop),
        "choices" => r.choices(i(1) as usize, None, None, i(2)).map(drop),
        "choices_w" => r.choices(i(1) as usize, Some(&floats(parts[2])), None, i(3)).map(drop),
        "choices_cw" => r.choices(i(1) as usize, None, Some(&floats(parts[2])), i(3)).map(drop),
        "choices_both" => r.choices(i(1) as usize, Some(&[1.0, 2.0, 3.0]), Some(&[1.0, 2.0, 3.0]), i(2)).map(drop),
        "getrandbits" => r.getrandbits(i(1)).map(drop),
        "randbytes" => r.randbytes(i(1)).map(drop),
        "expovariate" => r.expovariate(f(1)).map(drop),
        "gammavariate" => r.gammavariate(f(1), f(2)).map(drop),
        "betavariate" => r.betavariate(f(1), f(2)).map(drop),
        "paretovariate" => r.paretovariate(f(1)).map(drop),
        "weibullvariate" => r.weibullvariate(f(1), f(2)).map(drop),
        "lognormvariate" => r.lognormvariate(f(1), f(2)).map(drop),
        "vonmisesvariate" => r.vonmisesvariate(f(1), f(2)).map(drop),
        "seed_type" => Err(RandomError::seed_type()),
        "choices_k_positional" => Err(RandomError::choices_k_positional(i(1))),
        "counts_not_integers" => Err(RandomError::counts_not_integers()),
        other => panic!("unknown error case {other}"),
    };
    err.expect_err(name)
}

#[test]
fn errors_match_cpython() {
    let data = data();
    let errors = data["errors"].as_array().unwrap();
    assert!(errors.len() > 40);
    for e in errors {
        let name = e["call"].as_str().unwrap();
        let mut r = Random::new();
        let got = run_error(&mut r, name);
        assert_eq!(got.kind, e["kind"].as_str().unwrap(), "{name}: {got}");
        if let Some(message) = e["message"].as_str() {
            assert_eq!(got.message, message, "{name}");
        }
        // The failed call drew what CPython's drew before failing.
        if let Some(next) = e["next"].as_str() {
            assert_eq!(fbits(r.random()), next, "{name}: draws before the error");
        }
    }
}
