#!/usr/bin/env python3
"""Differential test: random programs (gen.py) on the CPython oracle and on loopscope.

usage: run.py LOOPSCOPE_BINARY ORACLE_DIR [--count N] [--seed S] [--jobs J] [--keep DIR] [--loop]

Prints each mismatching program's path and first difference, then "N passed, M failed".
Mismatching programs are copied into --keep (default target/differential-failures).
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=30, text=True)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return 124, ""


def check_loop(args, path):
    """The loop's ready queue and timers at every iteration: CPython's vs ours."""
    _, expected = run([sys.executable, os.path.join(HERE, "..", "loop_oracle", "instrument.py"),
                       args.oracle_dir], path)
    _, got = run([args.binary, "run", "--loop-states"], path)
    exp = [json.loads(l) for l in expected.splitlines() if l.strip()]
    got = [json.loads(l) for l in got.splitlines() if l.strip()]
    for i, (e, g) in enumerate(zip(exp, got)):
        if e != g:
            return f"  loop state at iteration {i}:\n    CPython:   {e}\n    Loopscope: {g}"
    if len(exp) != len(got):
        return f"  {len(exp)} iterations in CPython, {len(got)} in Loopscope"
    return None


def check(args, oracle, compare, path):
    if args.loop:
        diff = check_loop(args, path)
        if diff:
            return diff
    ostatus, expected = run([sys.executable, oracle], path)
    if ostatus == 124:
        return None  # the oracle itself timed out: not a usable program
    status, got = run([args.binary, "run", "--jsonl"], path)
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("oracle_dir")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--keep", default="target/differential-failures")
    ap.add_argument("--loop", action="store_true",
                    help="also compare the loop's ready queue and timers at every iteration")
    args = ap.parse_args()
    oracle = os.path.join(args.oracle_dir, "oracle.py")
    compare = os.path.join(args.oracle_dir, "compare.py")
    work = tempfile.mkdtemp(prefix="loopscope-diff-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(args.seed),
                        str(args.count), work], check=True)
        progs = sorted(os.path.join(work, f) for f in os.listdir(work))
        passed = failed = 0
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for path, diff in zip(progs, pool.map(lambda p: check(args, oracle, compare, p), progs)):
                if diff is None:
                    passed += 1
                    continue
                failed += 1
                os.makedirs(args.keep, exist_ok=True)
                kept = shutil.copy(path, args.keep)
                if failed <= 10:
                    print(f"FAIL {kept}\n{diff}")
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
