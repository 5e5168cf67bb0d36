#!/usr/bin/env bash
# Peak memory (maximum resident set, from GNU time) of the inputs that used to blow up, each
# beside a baseline measured in the same run:
#   - the summary PDF of a summit whose concerns are 10,000 characters each, against the PDF of
#     an empty session (the fonts' fixed cost);
#   - a sign-in sheet CSV of 1,000,000 rows (refused at the row cap) and of 100,000 rows (the
#     cap, imported), against `convene doctor` on the same database;
#   - `bundle verify` of an endless stream (/dev/zero), against `bundle verify` of a real bundle.
#
#   bash scripts/peak-memory.sh [BINARY]          # full size: 600 concerns (scripts/long-checks.sh)
#   PEAK_CONCERNS=60 bash scripts/peak-memory.sh  # the quick version
#
# Prints one line per measurement; the figures go in docs/PERFORMANCE.md.
set -euo pipefail
bin="${1:-${CARGO_TARGET_DIR:-target}/release/convene}"
concerns="${PEAK_CONCERNS:-600}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/summit.sqlite3"
cv() { "$bin" --db "$db" "$@"; }
# peak KB and seconds of one convene command on the database, its output discarded
peak() {
  /usr/bin/time -f "%M %e" -o "$dir/time" timeout 120 "$bin" --db "$db" "$@" >/dev/null 2>"$dir/err" || true
  tail -n 1 "$dir/time"
}
report() { # name, "KB s" measured, "KB s" baseline
  read -r kb s <<<"$2"
  read -r bkb bs <<<"$3"
  awk -v n="$1" -v kb="$kb" -v s="$s" -v bkb="$bkb" -v bs="$bs" 'BEGIN {
    printf "%-44s %8.1f MB %7.2f s   baseline %7.1f MB %6.2f s   ratio %5.2fx\n", n, kb/1024, s, bkb/1024, bs, kb/bkb }'
}

session=$(cv --json session create --title "Huge summit" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
empty=$(cv --json session create --title "Empty" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
python3 - "$dir" "$concerns" <<'EOF'
import random, sys
d, n = sys.argv[1], int(sys.argv[2])
random.seed(7)
words = "street light corner school bus park night patrol speeding neighbours youth program officer response time traffic calming crosswalk dark alley graffiti".split()
for i in range(n):
    text, size = [], 0
    while size < 9_950:
        w = random.choice(words); text.append(w); size += len(w) + 1
    open(f"{d}/c{i}.txt", "w").write(" ".join(text))
for rows, name in ((1_000_000, "million"), (100_000, "cap")):
    with open(f"{d}/{name}.csv", "w") as f:
        f.write("Name,Neighbourhood,Language\n")
        for r in range(rows):
            f.write(f"Resident {r},Central,en\n")
EOF
for i in $(seq 0 $((concerns - 1))); do cv concern add "$session" --text "$(cat "$dir/c$i.txt")" >/dev/null; done

echo "== peak memory (${concerns} concerns of 10,000 characters; $(basename "$bin"))"
base=$(peak report pdf "$empty" --kind summary --out "$dir/empty.pdf")
pdf=$(peak report pdf "$session" --kind summary --out "$dir/huge.pdf")
report "summary PDF, ${concerns} x 10,000-char concerns" "$pdf" "$base"
pages=$(pdfinfo "$dir/huge.pdf" 2>/dev/null | awk '/^Pages/ {print $2}' || true)
echo "   (${pages:-?} pages, $(stat -c %s "$dir/huge.pdf") bytes)"
base=$(peak doctor)
report "CSV import, 1,000,000 rows (refused)" "$(peak import csv "$session" --table signins --file "$dir/million.csv")" "$base"
echo "   refused with: $(head -c 200 "$dir/err")"
report "CSV import, 100,000 rows (the cap)" "$(peak import csv "$empty" --table signins --file "$dir/cap.csv")" "$base"
cv bundle export "$session" --out "$dir/real.convene" >/dev/null
base=$(peak bundle verify "$dir/real.convene")
zero=$(peak bundle verify /dev/zero)
report "bundle verify /dev/zero (endless)" "$zero" "$base"
grep -q . "$dir/err" && echo "   refused with: $(head -c 200 "$dir/err")"

# The goal: the PDF under 100 MB, and the endless stream refused within the reader's cap.
limit_kb=$((${PEAK_LIMIT_MB:-100} * 1024))
read -r kb _ <<<"$pdf"
if ((kb > limit_kb)); then
  echo "peak-memory: the summary PDF took $((kb / 1024)) MB, over ${PEAK_LIMIT_MB:-100} MB" >&2
  exit 1
fi
read -r kb s <<<"$zero"
if ((kb > 200 * 1024)); then
  echo "peak-memory: verify of an endless stream took $((kb / 1024)) MB" >&2
  exit 1
fi
