#!/usr/bin/env python3
"""Checks the generator against CPython alone: are its programs valid and deterministic?

usage: selfcheck.py ORACLE_DIR [--count N] [--seed S] [--jobs J]

Runs every generated program on the oracle twice, with different PYTHONHASHSEED values
(string hashing changes set order) and, the second time, with objects at other addresses
(id() changes the order of sets of objects, such as a TaskGroup's tasks). Reports:
  - programs whose two runs differ (the generator must not emit them);
  - programs that hang, deadlock or hit a limit (they must terminate quickly);
  - errors that point at the generator rather than at a behaviour worth testing
    (SyntaxError, NameError, UnboundLocalError, AttributeError on the program's own names).
Exit status 1 if any program is in one of these groups.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

SUSPECT = re.compile(r"\b(SyntaxError|IndentationError)\b|NameError.*is not defined")


# Runs the oracle after allocating a variable number of objects, so that objects land at
# other addresses: output that depends on id() (a set of tasks iterated) then changes.
SHIFTED = ("import random, runpy, sys\n"
           "junk = [bytes(random.randrange(1, 600)) for _ in range(random.randrange(1, 20000))]\n"
           "sys.argv = sys.argv[1:]\n"
           "runpy.run_path(sys.argv[0], run_name='__main__')\n")


def oracle_run(oracle, path, hashseed):
    env = dict(os.environ, PYTHONHASHSEED=str(hashseed))
    cmd = [sys.executable, oracle, path] if hashseed == 1 else [sys.executable, "-c", SHIFTED, oracle, path]
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30, env=env)
        return p.stdout, time.monotonic() - t0
    except subprocess.TimeoutExpired:
        return "TIMEOUT", time.monotonic() - t0


def check(oracle, seed, index, work):
    path = os.path.join(work, f"prog_{seed}_{index:05d}.py")
    with open(path, "w") as f:
        f.write(gen.program_text(seed, index))
    out1, secs = oracle_run(oracle, path, 1)
    out2, _ = oracle_run(oracle, path, 2)
    problems = []
    if out1 != out2:
        problems.append("nondeterministic")
    last = out1.strip().splitlines()[-1] if out1.strip() else ""
    if out1 == "TIMEOUT" or "LimitError" in last or "Deadlock" in last:
        problems.append("no termination: " + last[:100])
    for line in out1.splitlines():
        if SUSPECT.search(line):
            problems.append("suspect: " + line[:160])
            break
    errors = []
    for line in out1.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        m = re.search(r"(failed:|failed|raised|error|got) ([A-Z][A-Za-z]*(Error|Exception|Group))", obj.get("text", ""))
        if m:
            errors.append(m.group(2))
        if "error" in obj:
            errors.append("END " + obj["error"].split(":")[0])
    return path, problems, errors, secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("oracle_dir")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    oracle = os.path.join(args.oracle_dir, "oracle.py")
    work = tempfile.mkdtemp(prefix="loopscope-selfcheck-")
    bad = 0
    errors = collections.Counter()
    slowest = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        jobs = [pool.submit(check, oracle, args.seed, i, work) for i in range(args.count)]
        for job in jobs:
            path, problems, errs, secs = job.result()
            errors.update(errs)
            slowest.append((secs, path))
            if problems:
                bad += 1
                print(path)
                for pr in problems:
                    print("   ", pr)
            else:
                os.unlink(path)
    slowest.sort(reverse=True)
    print("exceptions printed by the programs:", dict(errors.most_common(40)))
    print("slowest oracle runs:", [f"{s:.2f}s {os.path.basename(p)}" for s, p in slowest[:5]])
    print(f"{args.count - bad} fine, {bad} with problems (kept in {work})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
