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

CANCEL_LINE = re.compile(r"^\S+ (slow )?(cancelled|cleanup|got CancelledError)|^cancelled by the group \[\(")
GROUP_LINE = re.compile(r"TaskGroup|from the body")


def text(obj):
    return (obj or {}).get("text", "")


def early_cancel(exp, got):
    """Handlers ran in a task cancelled before its first step (category C): Loopscope prints
    a cancellation or cleanup line that CPython does not, or a TaskGroup whose body raised
    finishes later (the never-started tasks' cleanup awaited)."""
    et, gt = text(exp), text(got)
    if CANCEL_LINE.search(gt) and (not CANCEL_LINE.search(et) or et.split(" ")[:1] != gt.split(" ")[:1]):
        return True
    # The TaskGroup finishes later, or other tasks run before it finishes.
    later = exp and got and "t" in exp and "t" in got and got["t"] > exp["t"]
    if later and (GROUP_LINE.search(et) or GROUP_LINE.search(gt)):
        return True
    return bool(GROUP_LINE.search(et) and not GROUP_LINE.search(gt) and exp.get("t") == (got or {}).get("t"))


def general_float_format(exp, got):
    """A float formatted with no presentation type (category E): CPython's "general" form."""
    et, gt = text(exp), text(got)
    return any(len(re.findall(form, et)) > len(re.findall(form, gt))
               for form in (r"\d\.?e[+-]\d\d", r"\d\.e[+-]\d\d"))


def reflected_first(exp, got, features):
    """Operators between a class and its subclass (category D): a line of a class part
    differs. Only a candidate: check by hand."""
    return "class" in features and text(exp) != text(got) and not CANCEL_LINE.search(text(got))


# (category, regex over the flattened diff or predicate over (expected, got)), checked in
# order: the categories of FINDINGS.md.
KNOWN = [
    ("G random module", r"'random\.\w+' is not supported"),
    ("F async generator methods", r"'async_generator\.\w+' is not supported"),
    ("A exhausted generator in for", r"got:\s+.*StopIteration|expected: \{[^}]*\"shared \["),
    ("B InvalidStateError message", r"invalid state: (FINISHED|CANCELLED)"),
    ("C handlers run in a task cancelled before it started", early_cancel),
    ("E float format with no presentation type", general_float_format),
    ("H %c overflow message", r"Python int too large to convert to C long"),
    ("D operators between a class and its subclass (candidates)", reflected_first),
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


def classify(diff, features=()):
    flat = " ".join((diff or "").split())
    exp, got = parse_diff(diff)
    for name, pattern in KNOWN:
        if isinstance(pattern, str):
            hit = re.search(pattern, flat)
        elif pattern.__code__.co_argcount == 3:
            hit = pattern(exp, got, features)
        else:
            hit = pattern(exp, got)
        if hit:
            return name
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
        groups[classify(rec["diff"], rec["features"])].append(rec)
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
