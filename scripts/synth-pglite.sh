#!/bin/sh
# A synthetic dataset in a PGlite data directory, made through a throwaway PostgreSQL cluster
# (docs/PERFORMANCE.md, "Round 10"): synthesising through PGlite itself takes far longer.
#
#   scripts/synth-pglite.sh medium /tmp/patuh-pglite-medium [port]
#
# 1. initdb a cluster in a temporary directory (PostgreSQL server binaries 15–18 under
#    /usr/lib/postgresql/<v>/bin; run as the postgres user when invoked as root), start it on
#    127.0.0.1:<port> (default 55440) with fsync off: the cluster is thrown away.
# 2. `npx patuh synth --scale <scale>` into it (DATABASE_URL).
# 3. scripts/pglite-from-postgres.ts: migrate <data dir>/pglite with the app's migrations and copy
#    every table into it; the row counts are checked.
# 4. Stop the cluster and remove it. The data directory is then ready for `npm start` or
#    `npm run bench` with PATUH_DATA_DIR=<data dir> and DATABASE_URL unset (PATUH_DEMO=0).
set -eu
scale=${1:?usage: scripts/synth-pglite.sh small|medium|national <data dir> [port]}
target=${2:?usage: scripts/synth-pglite.sh small|medium|national <data dir> [port]}
port=${3:-55440}
root=$(cd "$(dirname "$0")/.." && pwd)

bin=
for v in 18 17 16 15; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then bin=/usr/lib/postgresql/$v/bin; break; fi
done
[ -n "$bin" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }
[ ! -e "$target/pglite" ] || { echo "$target/pglite exists already" >&2; exit 1; }

work=$(mktemp -d /tmp/patuh-synth-pg-XXXXXX)
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$work"
stop() {
  as_pg "$bin/pg_ctl -D $work/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT INT TERM

as_pg "$bin/initdb -D $work/data -A trust -U postgres" >"$work/initdb.log"
as_pg "$bin/pg_ctl -D $work/data -l $work/log -w start -o \"-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c maintenance_work_mem=256MB\"" >/dev/null
as_pg "$bin/createdb -h 127.0.0.1 -p $port -U postgres patuh_synth"
url="postgres://postgres@127.0.0.1:$port/patuh_synth"

cd "$root"
scratch="$work/scratch"
mkdir -p "$scratch"
echo "[synth-pglite] synth --scale $scale on PostgreSQL ($bin) …" >&2
DATABASE_URL="$url" PATUH_DATA_DIR="$scratch" npx patuh synth --scale "$scale"
echo "[synth-pglite] copying into $target/pglite …" >&2
env -u DATABASE_URL SOURCE_DATABASE_URL="$url" PATUH_DATA_DIR="$target" npx tsx scripts/pglite-from-postgres.ts
