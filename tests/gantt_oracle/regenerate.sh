#!/usr/bin/env bash
# Regenerates crates/engine/tests/gantt_oracle/*.intervals.json: how long each task of a
# scenario slept, blocked and waited in CPython's own run (intervals.py), for every public
# scenario (tests/scenarios), every preset of the page (preset.ID), every scenario kept
# beside the loop-state fixtures (loop.NAME) and every scenario kept beside these fixtures
# (NAME.py, whose expected output NAME.jsonl is regenerated too, with the oracle).
# The engine test crates/engine/tests/gantt_oracle.rs and the e2e test
# tests/e2e/gantt.test.mjs compare the Gantt chart with them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
oracle=${1:-$root/../shared/oracle}
tests=$root/crates/engine/tests
out=$tests/gantt_oracle
intervals() { python3 "$root/tests/gantt_oracle/intervals.py" "$oracle" "$1" > "$2" 2>/dev/null; }
rm -f "$out"/*.intervals.json
for py in "$tests"/scenarios/*.py; do
    n=$(basename "$py" .py)
    intervals "$py" "$out/$n.intervals.json"
done
for py in "$root"/crates/app/presets/*.py; do
    n=$(basename "$py" .py)
    intervals "$py" "$out/preset.$n.intervals.json"
done
for py in "$tests"/loop_oracle/*.py; do
    n=$(basename "$py" .py)
    intervals "$py" "$out/loop.$n.intervals.json"
done
for py in "$out"/*.py; do
    n=${py%.py}
    intervals "$py" "$n.intervals.json"
    python3 "$oracle/oracle.py" "$py" > "$n.jsonl" 2>/dev/null || true
done
echo "regenerated $(ls "$out"/*.intervals.json | wc -l) fixtures in $out"
