#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the SQL differential tests (Tests/SQLTests), idempotently:
# installs Debian's `postgresql` when its binaries are missing, creates a cluster in $CHURNCAST_PG_DIR (default
# /tmp/churncast-pg) owned by the postgres user, and starts it on 127.0.0.1:$CHURNCAST_PG_PORT (default 55432) with
# trust authentication. Does nothing when a server already answers there. The tests connect as
# `psql -h 127.0.0.1 -p PORT -U postgres`; stop it with `pg_ctl -D DIR stop` (as postgres).
set -euo pipefail
PORT="${CHURNCAST_PG_PORT:-55432}"
DIR="${CHURNCAST_PG_DIR:-/tmp/churncast-pg}"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bindir)" ]; then
    echo "start-postgres: installing postgresql (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
fi
BIN="$(bindir)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# Some sandboxes have a regular file at /dev/null, which the postgres user cannot write (initdb fails). There, as
# root, run the server in a private mount namespace with a real null device bound over it; nothing outside changes.
if [ ! -c /dev/null ] && [ "$(id -u)" = 0 ]; then
    as_postgres() {
        unshare -m sh -c 'n="$1"; shift; [ -c "$n" ] || mknod -m 666 "$n" c 1 3; mount --bind "$n" /dev/null &&
            exec runuser -u postgres -- "$@"' sh "$DIR.null" "$@"
    }
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    echo "start-postgres: a server already answers on 127.0.0.1:$PORT" >&2
    exit 0
fi
if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_postgres "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
fi
as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off" start >/dev/null
echo "start-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data $DIR)" >&2
