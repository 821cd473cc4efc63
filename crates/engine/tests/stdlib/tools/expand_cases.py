"""expand.py SRC OUT: lines of SRC starting with '?' become try/print(repr)/except blocks; others are copied."""
import sys
src, out = sys.argv[1], sys.argv[2]
res = []
for line in open(src):
    line = line.rstrip('\n')
    if line.lstrip().startswith('? '):
        ind = line[:len(line) - len(line.lstrip())]
        expr = line.lstrip()[2:]
        res.append(f"{ind}try:")
        res.append(f"{ind}    print({expr!r}, '->', repr({expr}))")
        res.append(f"{ind}except Exception as e:")
        res.append(f"{ind}    print({expr!r}, '!!', type(e).__name__ + ':', e)")
    else:
        res.append(line)
open(out, 'w').write('\n'.join(res) + '\n')
