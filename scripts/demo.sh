#!/usr/bin/env bash
# The main demo: analyze the bundled demo corpus (examples/demo-corpus), store it in the embedded
# SQLite store and start the web UI, printing its URL. Usage: scripts/demo.sh [--urls URL] [--db FILE]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
urls="http://127.0.0.1:5000" db="$root/.build/demo.db"
while [ $# -gt 0 ]; do
  case "$1" in
    --urls) urls="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    *) echo "usage: scripts/demo.sh [--urls URL] [--db FILE]" >&2; exit 2 ;;
  esac
done
"$root/scripts/setup.sh"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
corpus="$root/examples/demo-corpus/articles.jsonl"
# `ingest --db` analyzes and stores in one step; until it exists, analyze and load separately.
if ! "$root/chronicle" ingest "$corpus" --db "$db" 2>/dev/null; then
  "$root/chronicle" analyze --jsonl "$corpus" | "$root/chronicle" store load - --db "$db"
fi
exec "$root/chronicle" serve --db "$db" --urls "$urls"
