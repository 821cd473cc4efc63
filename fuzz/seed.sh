#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (fuzz/corpus/ is not tracked: see README.md).
# Usage: fuzz/seed.sh [SHARED_DIR]   (SHARED_DIR defaults to /work/shared: its scenarios/*.py)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${1:-/work/shared}"
mkdir -p "$here/corpus/parse" "$here/corpus/run" "$here/corpus/fragment"
for f in "$root"/crates/engine/tests/scenarios/*.py "$shared"/scenarios/*.py; do
    [ -e "$f" ] || continue
    cp "$f" "$here/corpus/parse/"
    cp "$f" "$here/corpus/run/"
done
cp "$here"/seeds/*.py "$here/corpus/parse/"
cp "$here"/seeds/*.py "$here/corpus/run/"
python3 - "$root/crates/share/tests/fixtures" "$here/corpus/fragment" <<'PY'
import glob, os, sys, zlib
fixtures, out = sys.argv[1], sys.argv[2]
def enc_src(s):
    return "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-._~") else "%%%02X" % b
                   for b in s.encode())
for p in sorted(glob.glob(fixtures + "/*")):
    name = os.path.basename(p)
    data = open(p, "rb").read()
    if name.endswith(".code"):
        code = data.decode().strip()
        open(f"{out}/{name}", "w").write(code)                                   # a bare code= value
        open(f"{out}/{name}.hash", "w").write(f"#code={code}&pace=2&theme=dark")  # a whole fragment
    else:
        open(f"{out}/{name}.src", "w").write("#src=" + enc_src(data.decode()))   # a src= link
        open(f"{out}/{name}.raw", "wb").write(zlib.compress(data, 9, wbits=-15)[:200])  # raw DEFLATE
odd = ["#preset=01_seed_simple_count", "#preset=03_seed_gather&pace=instant", "src=print(%22100%%22)&code=",
       "#top&&x=1&=&pace=0.5", "code=AAAA==", "code=+/+/"]
for i, h in enumerate(odd):
    open(f"{out}/hand_{i}", "w").write(h)
PY
echo "seeded: $(ls "$here/corpus/parse" | wc -l) parse, $(ls "$here/corpus/run" | wc -l) run, $(ls "$here/corpus/fragment" | wc -l) fragment"
