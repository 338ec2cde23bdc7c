#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1 with TLS from a test CA.
#   pg-cluster.sh start DIR   -> writes DIR/connection.env (host, port, db, user, password, CA)
#   pg-cluster.sh stop DIR
# PostgreSQL refuses to run as root: as root the server runs as the "postgres" user.
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
stop)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
start)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir/tls" "$dir/socket"
    cd "$dir/tls"
    # Test certificate authority and a server certificate for 127.0.0.1/localhost.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Retaguarda test CA" \
        -keyout ca.key -out ca.crt >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > san.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
        -extfile san.ext -out server.crt >/dev/null 2>&1
    chmod 600 server.key
    password=$(openssl rand -hex 16)
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U retaguarda --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
CONF
    cat > "$dir/data/pg_hba.conf" <<HBA
local   all all                 scram-sha-256
hostssl all all 127.0.0.1/32    scram-sha-256
HBA
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD=$password "$bin/psql" "host=127.0.0.1 port=$port user=retaguarda dbname=postgres sslmode=verify-full sslrootcert=$dir/tls/ca.crt" \
        -qc "CREATE DATABASE retaguarda_test" >/dev/null
    cat > "$dir/connection.env" <<ENV
RG_PG_HOST=127.0.0.1
RG_PG_PORT=$port
RG_PG_DATABASE=retaguarda_test
RG_PG_USER=retaguarda
RG_PG_PASSWORD=$password
RG_PG_CA=$dir/tls/ca.crt
ENV
    chmod 644 "$dir/connection.env"
    echo "PostgreSQL test cluster on 127.0.0.1:$port (TLS, test CA)"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
