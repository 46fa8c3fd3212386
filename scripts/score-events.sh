#!/usr/bin/env bash
# Scores Chronicle on the real-news gold of a split (scripts/event-set.sh builds it: news-dev plus this
# repo's data/events, split as data/events/README.md says).
# Usage: scripts/score-events.sh tune|unseen|all [score_analysis.py options...]   e.g. scripts/score-events.sh tune --verbose
# SCORE_EVENTS_KEEP=FILE keeps Chronicle's output.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
split="${1:-}"; shift || true
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
scripts/event-set.sh "$split" "$tmp/set"
./chronicle analyze --jsonl "$tmp/set/articles.jsonl" > "$tmp/out.jsonl" || [ -s "$tmp/out.jsonl" ]
if [ -n "${SCORE_EVENTS_KEEP:-}" ]; then cp "$tmp/out.jsonl" "$SCORE_EVENTS_KEEP"; fi
args=()
while read -r id; do args+=("$tmp/set/$id.gold.json" "$tmp/out.jsonl"); done < <(python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$tmp/set/articles.jsonl")
python3 "$root/../shared/eval/score_analysis.py" --actor-codes "$tmp/set/actor-codes.json" "$@" "${args[@]}"
