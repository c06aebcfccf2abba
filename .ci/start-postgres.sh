#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the tests: own data directory and socket under a temp directory,
# listening on 127.0.0.1 only, on a free port, as the unprivileged user "postgres".
# Prints the connection string (trust authentication on loopback); stop it with .ci/stop-postgres.sh DIR.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/edudpa-pg.XXXXXX)
chown postgres:postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
su postgres -s /bin/bash -c "'$bin/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
su postgres -s /bin/bash -c "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null"
echo "$dir" > "$dir/dir"
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20|$dir"
