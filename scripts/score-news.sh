#!/usr/bin/env bash
# Scores Chronicle on ../shared/data/news-dev (real Reuters articles with whole-article gold), as that
# folder's README describes. Usage: scripts/score-news.sh [IDS_REGEX] [score_analysis.py options...]
# e.g. scripts/score-news.sh 'r0[1-8]' --verbose
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
d="$root/../shared/data/news-dev"
[ -d "$d" ] || { echo "score-news: ../shared/data/news-dev is absent; nothing to score" >&2; exit 2; }
ids="${1:-.}"; shift || true
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 - "$d" "$ids" > "$tmp/nd.jsonl" <<'PY'
import json, os, re, sys
d, ids = sys.argv[1], re.compile(sys.argv[2])
for n in sorted(os.listdir(d)):
    if n.endswith(".txt") and ids.search(n[:-4]) and os.path.exists(os.path.join(d, n[:-4] + ".gold.json")):
        lines = open(os.path.join(d, n), encoding="utf-8").read().split("\n")
        print(json.dumps({"id": n[:-4], "title": lines[0], "published": lines[2], "text": "\n".join(lines[5:])}))
PY
./chronicle analyze --jsonl "$tmp/nd.jsonl" > "$tmp/nd.out" || [ -s "$tmp/nd.out" ]
args=()
while read -r id; do args+=("$d/$id.gold.json" "$tmp/nd.out"); done < <(python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$tmp/nd.jsonl")
python3 "$root/../shared/eval/score_analysis.py" --actor-codes "$d/actor-codes.json" "$@" "${args[@]}"
