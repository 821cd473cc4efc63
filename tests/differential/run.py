#!/usr/bin/env python3
"""Differential test: random programs (gen.py) on the CPython oracle and on loopscope.

usage: run.py LOOPSCOPE_BINARY ORACLE_DIR [--count N] [--seed S] [--jobs J] [--keep DIR]
              [--results FILE] [--loop] [--show K] [--rerun RESULTS]

Generates N programs from seed S (a seed of 0 or "random" draws a fresh one), runs each on
the oracle and on `LOOPSCOPE_BINARY run --jsonl`, compares them (ORACLE_DIR/compare.py) and
prints the first difference of the first K mismatches, with how to reproduce each one.
The summary gives passes and failures per feature (from each program's `# features:`
line) and the rate in programs per second; the last line is "N passed, M failed".
Mismatching programs are copied into --keep (default target/differential-failures).
--results writes one JSON object per program (path, features, ok, diff) for triage.
--rerun RESULTS runs only the programs that failed in an earlier --results file (the
same seeds and indices), e.g. to show that a fix holds without a whole run again.
--loop also compares the loop's ready queue and timers at every iteration
(tests/loop_oracle/instrument.py), for the features that it describes.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60  # seconds per run; the oracle stops itself after 10 s of wall time


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=TIMEOUT, text=True)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return 124, ""


def check_loop(args, path):
    """The loop's ready queue and timers at every iteration: CPython's vs ours."""
    _, expected = run([sys.executable, os.path.join(HERE, "..", "loop_oracle", "instrument.py"),
                       args.oracle_dir], path)
    _, got = run([args.binary, "run", "--loop-states"], path)
    exp = [json.loads(line) for line in expected.splitlines() if line.strip()]
    got = [json.loads(line) for line in got.splitlines() if line.strip()]
    for i, (e, g) in enumerate(zip(exp, got)):
        if e != g:
            return f"  loop state at iteration {i}:\n    CPython:   {e}\n    Loopscope: {g}"
    if len(exp) != len(got):
        return f"  {len(exp)} iterations in CPython, {len(got)} in Loopscope"
    return None


def oracle_gave_up(expected):
    """The oracle's own wall-clock guard: the program is too slow to be a usable test."""
    last = expected.strip().splitlines()[-1:] or [""]
    return '"LimitError: step limit reached"' in last[0]


def check(args, oracle, compare, path):
    """None when CPython and Loopscope agree; "skip" when the program is unusable; else the diff."""
    if args.loop:
        diff = check_loop(args, path)
        if diff:
            return diff
    ostatus, expected = run([sys.executable, oracle], path)
    if ostatus == 124 or oracle_gave_up(expected):
        return "skip"
    status, got = run([args.binary, "run", "--jsonl"], path)
    if status == 124:
        return f"  loopscope did not finish within {TIMEOUT} s"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as e, \
            tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as g:
        e.write(expected)
        g.write(got)
    try:
        p = subprocess.run([sys.executable, compare, e.name, g.name, str(status)],
                           capture_output=True, text=True)
        return None if p.returncode == 0 else p.stdout
    finally:
        os.unlink(e.name)
        os.unlink(g.name)


def features_of(path):
    with open(path) as f:
        first = f.readline()
    return first.split(":", 1)[1].split() if first.startswith("# features:") else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("oracle_dir")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", default="1", help='an integer, or 0 / "random" for a fresh one')
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", default="target/differential-failures")
    ap.add_argument("--results", help="write one JSON line per program here")
    ap.add_argument("--show", type=int, default=10, help="print the first SHOW mismatches")
    ap.add_argument("--loop", action="store_true",
                    help="also compare the loop's ready queue and timers at every iteration")
    ap.add_argument("--rerun", help="run only the programs that failed in this --results file")
    args = ap.parse_args()
    seed = random.SystemRandom().randrange(1, 10 ** 9) if args.seed in ("0", "random") else int(args.seed)
    if args.rerun:
        with open(args.rerun) as f:
            todo = [(rec["seed"], rec["index"]) for rec in map(json.loads, f) if not rec["ok"]]
        print(f"differential: the {len(todo)} failures of {args.rerun}, {args.jobs} jobs", flush=True)
    else:
        print(f"differential: {args.count} programs, seed {seed}, {args.jobs} jobs", flush=True)
    oracle = os.path.join(args.oracle_dir, "oracle.py")
    compare = os.path.join(args.oracle_dir, "compare.py")
    work = tempfile.mkdtemp(prefix="loopscope-diff-")
    results = open(args.results, "w") if args.results else None
    started = time.monotonic()
    try:
        if args.rerun:
            sys.path.insert(0, HERE)
            import gen
            progs = []
            for s, i in todo:
                path = os.path.join(work, f"prog_{s}_{i:05d}.py")
                with open(path, "w") as f:
                    f.write(gen.program_text(s, i))
                progs.append((s, i, path))
        else:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(seed),
                            str(args.count), work], check=True)
            progs = [(seed, i, path) for i, path in
                     enumerate(sorted(os.path.join(work, f) for f in os.listdir(work)))]
        passed = failed = skipped = 0
        per_feature = collections.defaultdict(lambda: [0, 0])
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            diffs = pool.map(lambda p: check(args, oracle, compare, p[2]), progs)
            for (seed, i, path), diff in zip(progs, diffs):
                feats = features_of(path)
                if diff == "skip":
                    skipped += 1
                    continue
                for feat in feats:
                    per_feature[feat][0 if diff is None else 1] += 1
                if results:
                    results.write(json.dumps({"path": os.path.basename(path), "seed": seed, "index": i,
                                              "features": feats, "ok": diff is None, "diff": diff}) + "\n")
                    # Line by line, so that a long run's file can be triaged while it runs.
                    results.flush()
                if diff is None:
                    passed += 1
                    continue
                failed += 1
                os.makedirs(args.keep, exist_ok=True)
                kept = shutil.copy(path, args.keep)
                if failed <= args.show:
                    print(f"FAIL {kept}  (features: {' '.join(feats)})\n{diff}"
                          f"  reproduce: python3 tests/differential/gen.py --one {seed} {i} > p.py && "
                          f"python3 {oracle} p.py; {args.binary} run --jsonl p.py\n", flush=True)
        secs = time.monotonic() - started
        print("per feature (passed/failed):")
        for feat in sorted(per_feature):
            ok, bad = per_feature[feat]
            print(f"  {feat:<14} {ok:>6} / {bad:<6} {100.0 * ok / max(1, ok + bad):5.1f}%")
        done = passed + failed + skipped
        print(f"{done} programs in {secs:.1f} s ({done / max(secs, 1e-9):.2f} programs/s), "
              f"{skipped} skipped (too slow for the oracle)")
        if failed and not args.rerun:
            print(f"to reproduce this run: python3 tests/differential/run.py {args.binary} {args.oracle_dir} "
                  f"--count {args.count} --seed {seed}")
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        if results:
            results.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
