#!/usr/bin/env bash
# Start a private PostgreSQL cluster on loopback for marsad's tests (idempotent).
#
#   scripts/start_postgres.sh            -> prints the URL, e.g. postgresql://postgres@127.0.0.1:55432/postgres
#   export MARSAD_TEST_PG_URL=$(scripts/start_postgres.sh)
#
# Installs Debian's postgresql package if no server binaries are found (needs root
# and the apt sources), initialises a cluster in $MARSAD_PG_DIR (default
# /tmp/marsad-pg) owned by the `postgres` user (trust auth, UTF-8, C.UTF-8 locale),
# and starts it listening on 127.0.0.1:$MARSAD_PG_PORT (default 55432) only, with
# its socket in $MARSAD_PG_DIR/sock.  Running it again when the server is already
# up just prints the URL.  Stop it with:
#   su postgres -c "pg_ctl -D /tmp/marsad-pg/data stop"   (or scripts/start_postgres.sh --stop)
# All messages go to stderr; stdout carries only the URL.
set -euo pipefail

PORT="${MARSAD_PG_PORT:-55432}"
BASE="${MARSAD_PG_DIR:-/tmp/marsad-pg}"
DATA="$BASE/data"
SOCK="$BASE/sock"
LOG="$BASE/server.log"
URL="postgresql://postgres@127.0.0.1:${PORT}/postgres"

log() { echo "start_postgres: $*" >&2; }

find_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

BIN="$(find_bindir)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" != "0" ]; then
    log "PostgreSQL server binaries not found and not root: install the 'postgresql' package"; exit 1
  fi
  log "installing postgresql from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
  BIN="$(find_bindir)"
  [ -n "$BIN" ] || { log "postgresql installed but pg_ctl not found"; exit 1; }
fi

# run a command as the postgres user (or as ourselves when we are not root)
as_pg() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DATA/PG_VERSION" ]; then as_pg "'$BIN/pg_ctl' -D '$DATA' -m fast stop" >&2 || true; fi
  exit 0
fi

mkdir -p "$BASE" "$SOCK"
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || { log "no 'postgres' user (install the postgresql package)"; exit 1; }
  chown postgres:postgres "$BASE" "$SOCK"
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initialising a cluster in $DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$DATA"
  as_pg "'$BIN/initdb' -D '$DATA' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >&2
fi

if as_pg "'$BIN/pg_ctl' -D '$DATA' status" >/dev/null 2>&1; then
  log "already running ($DATA)"
else
  log "starting on 127.0.0.1:$PORT"
  as_pg "'$BIN/pg_ctl' -D '$DATA' -l '$LOG' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c fsync=off\" start" >&2 \
    || { log "failed to start; see $LOG"; tail -n 20 "$LOG" >&2 || true; exit 1; }
fi

# wait until it accepts connections
for _ in $(seq 1 50); do
  if "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; then echo "$URL"; exit 0; fi
  sleep 0.2
done
log "server did not become ready on port $PORT; see $LOG"
exit 1
