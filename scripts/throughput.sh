#!/usr/bin/env bash
# Live throughput: starts a development node (fresh state, a transaction pool big enough for the
# flood) and runs e2e/tools/throughput.mjs against it: N pre-funded accounts flood signed
# `Balances.transfer_keep_alive`, then `Mst.transfer`; it reports included transactions per
# second, block fullness and the ratio to the weight-derived ceiling.
#
#   scripts/throughput.sh [--accounts 400] [--per-account 25] [--phases balances,mst] [--json]
#   scripts/throughput.sh --url ws://HOST:PORT ...   # against a node you run (a dev chain)
#
# For the time a full block takes to execute, see scripts/block-execution.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/env.sh"

[[ -d "$root/e2e/node_modules" ]] || (cd "$root/e2e" && npm ci --no-audit --no-fund)
if [[ " $* " == *" --url "* ]]; then
	exec node "$root/e2e/tools/throughput.mjs" "$@"
fi

bin="${MINIX_NODE:-$CARGO_TARGET_DIR/release/minix-node}"
[[ -x "$bin" ]] || (cd "$root" && cargo build --release -p minix-node)
dir="$(mktemp -d)"
port="${MINIX_RPC_PORT:-9955}"
"$bin" --dev --base-path "$dir" --rpc-port "$port" --port 0 --no-telemetry --no-prometheus \
	--no-mdns --pool-limit 100000 --pool-kbytes 512000 --rpc-max-connections 1000 \
	>"$dir/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
# The client's provider retries until the node's RPC is up.
node "$root/e2e/tools/throughput.mjs" --url "ws://127.0.0.1:$port" "$@"
