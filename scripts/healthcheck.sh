#!/usr/bin/env bash
# Exits 0 when the MiniX node whose RPC listens on 127.0.0.1:PORT [9944] is ready: its
# `/health/readiness` endpoint answers 200 (the node is not major-syncing and has peers, or it
# was started without bootnodes and needs none). The Docker image's HEALTHCHECK and
# docker/compose.yml run it; it needs only bash (no curl in the slim image).
#
#   scripts/healthcheck.sh [PORT]
set -euo pipefail
port="${1:-9944}"
if ! { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
	echo "healthcheck: no RPC server on 127.0.0.1:$port" >&2
	exit 1
fi
printf 'GET /health/readiness HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
status=""
read -r -t 5 status <&3 || true
exec 3>&-
status="${status%$'\r'}"
if [[ "$status" != "HTTP/1."?" 200"* ]]; then
	echo "healthcheck: /health/readiness on port $port answered '${status:-nothing}'" >&2
	exit 1
fi
