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
"$root/chronicle" ingest "$corpus" --db "$db"
exec "$root/chronicle" serve --db "$db" --urls "$urls"
