#!/usr/bin/env bash
# Regenerate the expected outputs (NAME.jsonl) of the conformance programs with the
# CPython 3.11 oracle, and check that they can be trusted:
#   * two oracle runs under different PYTHONHASHSEED values give the same output
#     (nothing depends on str hashing / set order of strings);
#   * a plain `python3 NAME.py` prints exactly the same text on stdout;
#   * no line shows a memory address (" at 0x...");
#   * the program ends with {"end": ...} (every case is caught by check()).
# Usage: ./regenerate.sh [NAME.py ...]   (default: every *.py here)
#        ORACLE=/path/to/oracle.py ./regenerate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
if [ -z "${ORACLE:-}" ]; then
  for cand in "$root/../shared/oracle/oracle.py" "/work/shared/oracle/oracle.py"; do
    if [ -f "$cand" ]; then ORACLE="$cand"; break; fi
  done
fi
[ -n "${ORACLE:-}" ] && [ -f "$ORACLE" ] || { echo "oracle.py not found: set ORACLE=" >&2; exit 2; }
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "CPython 3.11 is required" >&2; exit 2; }

cd "$here"
# Compile-time warnings of deliberate error cases (`None[0]`, `5()`...) are not output.
export PYTHONWARNINGS="ignore::SyntaxWarning,ignore::DeprecationWarning"
if [ $# -eq 0 ]; then set -- *.py; fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
status=0
for py in "$@"; do
  name="${py%.py}"
  PYTHONHASHSEED=0 python3 "$ORACLE" "$py" > "$tmp/a.jsonl" || true
  PYTHONHASHSEED=12345 python3 "$ORACLE" "$py" > "$tmp/b.jsonl" || true
  if ! cmp -s "$tmp/a.jsonl" "$tmp/b.jsonl"; then
    echo "$py: NOT DETERMINISTIC (oracle runs differ):"; diff "$tmp/a.jsonl" "$tmp/b.jsonl" | head -5
    status=1; continue
  fi
  PYTHONHASHSEED=777 python3 "$py" > "$tmp/plain.txt" 2> "$tmp/plain.err" || true
  if [ -s "$tmp/plain.err" ]; then
    echo "$py: note, python3 wrote to stderr :"; head -n 4 "$tmp/plain.err"
  fi
  python3 - "$tmp/a.jsonl" > "$tmp/oracle.txt" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    obj = json.loads(line)
    if "text" in obj:
        print(obj["text"])
PY
  if ! cmp -s "$tmp/plain.txt" "$tmp/oracle.txt"; then
    echo "$py: plain python3 output differs from the oracle's:"; diff "$tmp/plain.txt" "$tmp/oracle.txt" | head -5
    status=1; continue
  fi
  if grep -q ' at 0x' "$tmp/a.jsonl"; then
    echo "$py: output shows a memory address:"; grep ' at 0x' "$tmp/a.jsonl" | head -3
    status=1; continue
  fi
  if ! tail -n 1 "$tmp/a.jsonl" | grep -q '^{"end": '; then
    echo "$py: does not end normally: $(tail -n 1 "$tmp/a.jsonl")"
    status=1; continue
  fi
  cp "$tmp/a.jsonl" "$name.jsonl"
  echo "$py: $(($(wc -l < "$name.jsonl") - 1)) lines"
done
exit $status
