#!/usr/bin/env bash
# The many-machine path end to end on this machine (docs/scale-out.md): a private `nats-server -js`
# and a private PostgreSQL cluster, a generated corpus of distinct articles enqueued through the
# broker; first one worker drains it (timed), then two workers drain it again into a fresh database,
# one of them SIGKILLed mid-run, the other left to drain, including the articles the dead one held.
# Stored, duplicated and lost articles are counted from PostgreSQL against the enqueued ids.
# Ends with exactly one line; exits 1 when anything is lost or duplicated or the speed-up is below 1.5. Logs stay in the work
# folder when the check fails (its path is printed).
#
# usage: scripts/cluster-check.sh [ARTICLES] [WORDS] [KILL_PERCENT]
#   ARTICLES      distinct articles to enqueue (default 1200, at least 300)
#   WORDS         words in each generated article (default 400)
#   KILL_PERCENT  share of the articles stored when the second worker is killed (default 75)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
articles="${1:-1200}" words="${2:-400}" kill_percent="${3:-75}"
[[ "$articles" =~ ^[0-9]+$ && "$articles" -ge 300 ]] || { echo "cluster-check: ARTICLES: must be a whole number of at least 300, not '$articles'" >&2; exit 2; }
[[ "$words" =~ ^[0-9]+$ && "$words" -ge 20 ]] || { echo "cluster-check: WORDS: must be a whole number of at least 20, not '$words'" >&2; exit 2; }
[[ "$kill_percent" =~ ^[0-9]+$ && "$kill_percent" -ge 1 && "$kill_percent" -le 95 ]] || { echo "cluster-check: KILL_PERCENT: must be 1 to 95, not '$kill_percent'" >&2; exit 2; }

fail() { echo "cluster-check: $*" >&2; keep_work=1; exit 1; }
command -v nats-server >/dev/null 2>&1 || fail "nats-server is not installed; run scripts/setup.sh"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$pg_bin/initdb" ] || fail "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run scripts/setup.sh"

work="$(mktemp -d /tmp/chronicle-cluster.XXXXXX)"
chmod 755 "$work"
keep_work="${CLUSTER_CHECK_KEEP:-0}" nats_pid="" worker_pids=()
cleanup() {
  for pid in "${worker_pids[@]}" $nats_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -f "$work/pg/data/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  if [ "$keep_work" = 1 ]; then echo "cluster-check: logs in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: run its programs as the postgres user then (as the store tests do).
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

chronicle="$root/chronicle"
"$chronicle" --help >/dev/null || fail "the chronicle CLI does not build"

pg_port="$(free_port)"
mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || fail "initdb failed (see $work/initdb.log)"
as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg" -l "$work/pg/log" -w start >/dev/null \
  || fail "PostgreSQL did not start (see $work/pg/log)"
sql() { psql -X -q -A -t -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 "$@"; }
conn() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$1"; }

python3 "$root/scripts/cluster-corpus.py" "$articles" "$words" >"$work/corpus.jsonl"
python3 -c 'import json, sys; [print(json.loads(line)["id"]) for line in open(sys.argv[1])]' "$work/corpus.jsonl" >"$work/ids.txt"

# A fresh broker (its own storage folder) per phase, so the second enqueue is not dropped as a repeat.
start_broker() {
  [ -n "$nats_pid" ] && { kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; }
  local port; port="$(free_port)"
  nats-server -js -a 127.0.0.1 -p "$port" -sd "$work/nats-$1" >"$work/nats-$1.log" 2>&1 &
  nats_pid=$!
  nats_url="nats://127.0.0.1:$port"
  for _ in $(seq 50); do grep -q "Server is ready" "$work/nats-$1.log" && return 0; sleep 0.1; done
  fail "nats-server did not start (see $work/nats-$1.log)"
}

# Enqueues the corpus into a fresh broker and a fresh database; checks the broker took every article once.
prepare_phase() {
  sql -d postgres -c "CREATE DATABASE $1"
  start_broker "$1"
  "$chronicle" enqueue "$work/corpus.jsonl" --nats "$nats_url" 2>"$work/enqueue-$1.log" || fail "enqueue failed (see $work/enqueue-$1.log)"
  grep -q "queued $articles, already queued 0, failed 0" "$work/enqueue-$1.log" || fail "enqueue did not queue every article once: $(tail -1 "$work/enqueue-$1.log")"
}

# Short ack wait: the killed worker's article comes back to the survivor after 2 s.
worker() { "$chronicle" worker --nats "$nats_url" --pg "$(conn "$1")" --drain --ack-wait 2 --name "$2" 2>"$work/worker-$1-$2.log" & }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# Phase 1: one worker.
prepare_phase single
start="$(now)"
worker single w1
worker_pids=($!)
wait "${worker_pids[0]}" || fail "the single worker failed (see $work/worker-single-w1.log)"
single_seconds="$(elapsed "$start")"
worker_pids=()

# Phase 2: two workers; the second is killed once KILL_PERCENT of the articles are stored.
prepare_phase pair
kill_at=$(( articles * kill_percent / 100 ))
start="$(now)"
worker pair w1
survivor=$!
worker pair w2
victim=$!
worker_pids=("$survivor" "$victim")
# One psql kept open for the looks: a psql start per look took about 3% of the two cores from the workers.
coproc stored_poll { psql -X -q -A -t -h 127.0.0.1 -p "$pg_port" -U postgres -d pair 2>/dev/null; }
worker_pids+=("$stored_poll_PID")
# 0 until the workers have created the table (a plain count would fail and answer nothing).
stored_now() {
  echo "SELECT CASE WHEN to_regclass('public.articles') IS NULL THEN 0 ELSE
          (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM articles', false, true, '')))[1]::text::int END;" >&"${stored_poll[1]}"
  read -r -t 10 n <&"${stored_poll[0]}" && echo "$n"
}
while [ "$(stored_now || echo 0)" -lt "$kill_at" ]; do
  kill -0 "$victim" 2>/dev/null || fail "worker w2 exited before it could be killed (see $work/worker-pair-w2.log)"
  sleep 0.2
done
kill "$stored_poll_PID" 2>/dev/null || true
kill -KILL "$victim"
wait "$victim" 2>/dev/null || true
wait "$survivor" || fail "the surviving worker failed (see $work/worker-pair-w1.log)"
pair_seconds="$(elapsed "$start")"
worker_pids=()

# Count against the enqueued ids: stored (present), lost (absent), duplicated (an id with more than one
# article row, or with more event/quote rows than its stored analysis holds, i.e. a redelivery added rows).
sql -d pair -c "CREATE TABLE enqueued (id TEXT PRIMARY KEY)"
sql -d pair -c "\\copy enqueued FROM '$work/ids.txt'"
read -r stored lost duplicates < <(sql -d pair -F ' ' -c "
  WITH per_article AS (
    SELECT e.id, count(a.id) AS rows,
           max(json_array_length(a.analysis::json->'events')) AS events_expected,
           max(json_array_length(a.analysis::json->'quotes')) AS quotes_expected
    FROM enqueued e LEFT JOIN articles a ON a.id = e.id GROUP BY e.id)
  SELECT count(*) FILTER (WHERE rows > 0),
         count(*) FILTER (WHERE rows = 0),
         count(*) FILTER (WHERE rows > 1
            OR (SELECT count(*) FROM events v WHERE v.article_id = p.id) > coalesce(events_expected, 0)
            OR (SELECT count(*) FROM quotes q WHERE q.article_id = p.id) > coalesce(quotes_expected, 0))
  FROM per_article p")
for phase in single pair; do
  sql -d "$phase" -F ' ' -c "SELECT worker, stored, round(busy_seconds::numeric, 1), round(words / greatest(busy_seconds, 0.001)) FROM cluster_workers ORDER BY worker" |
    while read -r name n busy rate; do echo "cluster-check: $phase $name stored $n, busy $busy s, $rate words/s busy" >&2; done
done
speed_up="$(awk -v a="$single_seconds" -v b="$pair_seconds" 'BEGIN { printf "%.2f", a / b }')"
printf 'cluster-check: one worker %.1f s, two workers %.1f s (w2 killed at %d stored); load average %s\n' \
  "$single_seconds" "$pair_seconds" "$kill_at" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "cluster: enqueued $articles, stored $stored, duplicates $duplicates, lost $lost, workers 2, speed-up $speed_up"
if [ "$lost" != 0 ] || [ "$duplicates" != 0 ] || [ "$stored" != "$articles" ]; then
  keep_work=1
  exit 1
fi
# The issue's bar: two workers must finish at least 1.5 times faster than one (MIN_SPEED_UP overrides it).
if awk -v s="$speed_up" -v m="${MIN_SPEED_UP:-1.5}" 'BEGIN { exit !(s < m) }'; then
  echo "cluster-check: speed-up $speed_up is below ${MIN_SPEED_UP:-1.5}" >&2
  exit 1
fi
