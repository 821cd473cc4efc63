#!/usr/bin/env bash
# Run every program of this corpus through COMMAND and compare its output with NAME.jsonl.
#
# usage: crates/engine/tests/corpus/check.sh ['COMMAND']
#   COMMAND is a shell command line; the program's path is appended as its last argument.
#   Default: the release CLI of this workspace, "loopscope run --jsonl" (built first).
#   Examples:
#     crates/engine/tests/corpus/check.sh
#     crates/engine/tests/corpus/check.sh 'cargo run -q -p loopscope-cli -- run --jsonl'
#     CORPUS=runnable crates/engine/tests/corpus/check.sh "python3 ../shared/oracle/oracle.py"
#   CORPUS=all (default) | runnable (skip NNN_refused_*) | refused (only those).
#   CHECK_TIMEOUT (seconds per program, default 20) is passed on to the oracle's check.sh.
#
# The comparison is shared/oracle/check.sh with shared/oracle/compare.py (exact text, exact
# floats; an expected SyntaxError only needs the same family and line). shared/ is looked up
# in the parent folders of this one, or given as LOOPSCOPE_SHARED=/path/to/shared.
# Prints each failing program with its first difference, then "N passed, M failed".
# Exit status 0 iff nothing failed, 2 on bad usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

shared=${LOOPSCOPE_SHARED:-}
if [ -z "$shared" ]; then
    dir=$here
    while [ "$dir" != "/" ]; do
        if [ -f "$dir/shared/oracle/check.sh" ]; then
            shared="$dir/shared"
            break
        fi
        dir=$(dirname "$dir")
    done
fi
if [ -z "$shared" ] || [ ! -f "$shared/oracle/check.sh" ]; then
    echo "check.sh: shared/oracle/check.sh not found above $here (set LOOPSCOPE_SHARED)" >&2
    exit 2
fi

if [ $# -gt 1 ]; then
    echo "usage: check.sh ['COMMAND']" >&2
    exit 2
fi
if [ $# -eq 1 ]; then
    cmd=$1
else
    root=$(cd "$here/../../../.." && pwd)
    (cd "$root" && cargo build -q --release -p loopscope-cli) >&2
    target=$(cd "$root" && cargo metadata -q --format-version 1 --no-deps |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    cmd="$(printf %q "$target/release/loopscope") run --jsonl"
fi

which=${CORPUS:-all}
case $which in
    all) dir=$here ;;
    runnable | refused)
        tmp=$(mktemp -d)
        trap 'rm -rf "$tmp"' EXIT
        for py in "$here"/*.py; do
            name=$(basename "$py" .py)
            case $name in
                *_refused_*) [ "$which" = refused ] || continue ;;
                *) [ "$which" = runnable ] || continue ;;
            esac
            cp "$py" "$here/$name.jsonl" "$tmp/"
        done
        dir=$tmp
        ;;
    *)
        echo "check.sh: CORPUS must be all, runnable or refused (got '$which')" >&2
        exit 2
        ;;
esac

bash "$shared/oracle/check.sh" "$cmd" "$dir"
