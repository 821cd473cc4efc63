#!/usr/bin/env python3
"""Groups the mismatches of a differential run into categories.

usage: triage.py RESULTS.jsonl [--examples K]

RESULTS.jsonl comes from `run.py --results`. A mismatch is put in the first KNOWN
category whose pattern matches its first difference (the categories of FINDINGS.md);
otherwise it is grouped by what the difference looks like: a construct Loopscope does
not support, an error only one side raised, or the label of the first line that
differs (the generated programs start most lines with a label such as "shared" or
"cancel ->"). Prints each group's size, its features and the first K programs.
"""
import argparse
import collections
import json
import re

# (category, regex over "expected: ... got: ..."), checked in order. See FINDINGS.md.
KNOWN = [
    ("random module", r"'random\.\w+' is not supported"),
    ("async generator methods", r"'async_generator\.\w+' is not supported"),
    ("exhausted generator in for", r"got:\s+.*StopIteration"),
    ("InvalidStateError message", r"invalid state: (FINISHED|CANCELLED)"),
]


def parse_diff(diff):
    exp = re.search(r"expected: (.*)", diff or "")
    got = re.search(r"got:\s+(.*)", diff or "")

    def obj(m):
        if not m:
            return None
        try:
            return json.loads(m.group(1))
        except ValueError:
            return None
    return obj(exp), obj(got)


def label(text):
    m = re.match(r"[A-Za-z_ ]+?(?= \d| [A-Z]\d|:|$| [\[({'\"-])", text)
    return (m.group(0) if m else text[:20]).strip()


def classify(diff):
    flat = " ".join((diff or "").split())
    for name, pattern in KNOWN:
        if re.search(pattern, flat):
            return name
    exp, got = parse_diff(diff)
    if got and "error" in got and "not supported by Loopscope" in got["error"]:
        m = re.search(r"'([^']+)' is not supported", got["error"])
        return "unsupported: " + (m.group(1) if m else got["error"][:60])
    if got and "error" in got and not (exp and "error" in exp):
        return "error only in Loopscope: " + got["error"].split(":")[0]
    if exp and "error" in exp and not (got and "error" in got):
        return "error only in CPython: " + exp["error"].split(":")[0]
    if exp and got and "text" in exp and "text" in got:
        if exp["text"] == got["text"]:
            return "time differs at: " + label(exp["text"])
        return "text differs at: " + label(exp["text"])
    if exp is None or got is None:
        return "length differs"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args()
    groups = collections.defaultdict(list)
    total = failed = 0
    for line in open(args.results):
        rec = json.loads(line)
        total += 1
        if rec["ok"]:
            continue
        failed += 1
        groups[classify(rec["diff"])].append(rec)
    print(f"{total} programs, {failed} mismatches, {len(groups)} groups")
    for name, recs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        feats = collections.Counter(f for r in recs for f in r["features"])
        print(f"\n{len(recs):6}  {name}")
        print("        features:", ", ".join(f"{f} {n}" for f, n in feats.most_common(6)))
        for r in recs[:args.examples]:
            first = " | ".join(x.strip() for x in (r["diff"] or "").splitlines()[:3])
            print(f"        {r['path']} (gen.py --one {r['seed']} {r['index']}): {first[:300]}")


if __name__ == "__main__":
    main()
