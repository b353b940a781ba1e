#!/usr/bin/env bash
# Live throughput: starts a development node (fresh state, the node's own default transaction
# pool) and runs e2e/tools/throughput.mjs against it: N pre-funded accounts flood signed
# `Balances.transfer_keep_alive`, then `Mst.transfer`; it reports included transactions per
# second, block fullness, the ratio to the weight-derived ceiling, pool drops, finality lag,
# block build and import times (from the node's Prometheus metrics) and the node's memory.
#
#   scripts/throughput.sh [--accounts 400] [--per-account 25] [--phases idle,balances,mst]
#                         [--latency 20] [--json]
#   scripts/throughput.sh --url ws://HOST:PORT ...   # against a node you run (a dev chain)
#   scripts/throughput.sh --compare OLD_NODE [args]  # the same load on OLD_NODE's runtime, then
#                                                    # on this one: the two reports side by side
#
# Environment: MINIX_NODE (node binary), MINIX_RPC_PORT [9955], MINIX_PROMETHEUS_PORT [9655],
# MINIX_NODE_ARGS (extra node flags, e.g. "--pool-limit 8192" to compare pool sizes),
# MINIX_BASE_PATH (keep the chain's database there, e.g. for `benchmark block` afterwards),
# MINIX_FOLLOWER=0 to run without the second node.
#
# Beside the dev node (the author) a second node follows the chain without authoring: its
# verify-and-import time is a full block's execution on a node that did not build it.
#
# For the time a full block takes to execute, see scripts/block-execution.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/env.sh"

[[ -d "$root/e2e/node_modules" ]] || (cd "$root/e2e" && npm ci --no-audit --no-fund)
if [[ "${1:-}" == --compare ]]; then
	old="${2:?--compare needs the path of the previous minix-node binary}"
	shift 2
	out="$(mktemp -d)"
	MINIX_NODE="$old" "$0" "$@" --json | sed -n '/^\[/,$p' >"$out/old.json"
	"$0" "$@" --json | sed -n '/^\[/,$p' >"$out/new.json"
	exec node "$root/e2e/tools/throughput.mjs" --side-by-side "$out/old.json" "$out/new.json"
fi
if [[ " $* " == *" --url "* ]]; then
	exec node "$root/e2e/tools/throughput.mjs" "$@"
fi

bin="${MINIX_NODE:-$CARGO_TARGET_DIR/release/minix-node}"
[[ -x "$bin" ]] || (cd "$root" && cargo build --release -p minix-node)
dir="${MINIX_BASE_PATH:-$(mktemp -d)}"
port="${MINIX_RPC_PORT:-9955}"
metrics="${MINIX_PROMETHEUS_PORT:-9655}"
p2p="${MINIX_P2P_PORT:-30355}"
# The author's p2p key is fixed (a dev-only secret) so the follower knows its peer id.
printf '%s' 0000000000000000000000000000000000000000000000000000000000000001 >"$dir/node-key"
author_id="$("$bin" key inspect-node-key --file "$dir/node-key")"
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	[[ -n "${MINIX_BASE_PATH:-}" ]] || rm -rf "$dir"
}
trap cleanup EXIT
# shellcheck disable=SC2086 # MINIX_NODE_ARGS is a list of flags
"$bin" --dev --base-path "$dir/author" --rpc-port "$port" --port "$p2p" --no-telemetry \
	--node-key-file "$dir/node-key" --prometheus-port "$metrics" --no-mdns \
	--rpc-max-connections 1000 --detailed-log-output ${MINIX_NODE_ARGS:-} >"$dir/author.log" 2>&1 &
pids+=($!)
urls="http://127.0.0.1:$metrics/metrics"
if [[ "${MINIX_FOLLOWER:-1}" == 1 ]]; then
	# shellcheck disable=SC2086
	"$bin" --chain dev --base-path "$dir/follower" --rpc-port "$((port + 1))" --port "$((p2p + 1))" \
		--no-telemetry --prometheus-port "$((metrics + 1))" --no-mdns --detailed-log-output \
		${MINIX_NODE_ARGS:-} \
		--bootnodes "/ip4/127.0.0.1/tcp/$p2p/p2p/$author_id" >"$dir/follower.log" 2>&1 &
	pids+=($!)
	urls="$urls,http://127.0.0.1:$((metrics + 1))/metrics"
	set -- --logs "$dir/author.log,$dir/follower.log" "$@"
fi
# The client's provider retries until the node's RPC is up.
node "$root/e2e/tools/throughput.mjs" --url "ws://127.0.0.1:$port" --metrics "$urls" \
	--pids "$(IFS=,; echo "${pids[*]}")" "$@"
