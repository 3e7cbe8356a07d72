#!/usr/bin/env bash
# Rewrite the role × action table in docs/permissions.md from core (the test
# `the_documented_table_is_the_one_in_core` prints the table it expects).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test -q -p convene-web --test permissions the_documented_table_is_the_one_in_core 2>&1 || true)
table=$(printf '%s\n' "$out" | sed -n '/it must contain:/,/^$/p' | sed '1d;/^$/d' | grep '^|')
[ -n "$table" ] || { echo "table already current"; exit 0; }
python3 - "$table" <<'PY'
import sys
table = sys.argv[1].strip("\n")
path = "docs/permissions.md"
lines = open(path).read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith("|"))
end = start
while end < len(lines) and lines[end].startswith("|"):
    end += 1
lines[start:end] = table.split("\n")
open(path, "w").write("\n".join(lines))
PY
echo "docs/permissions.md updated"
