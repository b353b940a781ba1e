#!/usr/bin/env bash
# The local four-validator MiniX network (chain spec `local`: Alice, Bob, Charlie, Dave validate),
# plus `eve`, a candidate validator: a node run with `--validator` but without keys, which the
# council can add (docs/operators.md, "Join as a validator").
#
#   scripts/local-testnet.sh start            start the four genesis validators in the background
#   scripts/local-testnet.sh start NAME       (re)start one node (alice … dave, or eve)
#   scripts/local-testnet.sh stop [NAME]      stop one or all (SIGTERM, clean shutdown)
#   scripts/local-testnet.sh kill NAME        SIGKILL one (crash test)
#   scripts/local-testnet.sh status           which validators run, their RPC ports and logs
#   scripts/local-testnet.sh purge            stop all and delete their databases
#   scripts/local-testnet.sh run NAME         run one validator in the foreground (docker uses this)
#
# Environment (defaults in brackets):
#   MINIX_NODE            node binary [<target dir>/release/minix-node, built if missing]
#   MINIX_TESTNET_DIR     databases, logs, pid files [/tmp/minix-local-testnet]
#   MINIX_RPC_PORT        RPC port of alice; bob, charlie, dave, eve use the next ones [9944]
#   MINIX_P2P_PORT        p2p port of alice; the others use the next ones [30333]
#   MINIX_PROMETHEUS_PORT Prometheus metrics port of alice; the others use the next ones [9615]
#   MINIX_BOOTNODE_HOST   where alice is reachable (docker: alice) [127.0.0.1]
#   MINIX_RPC_EXTERNAL    1 to listen for RPC on all interfaces (docker) [0]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=scripts/env.sh
source "$here/env.sh"

dir="${MINIX_TESTNET_DIR:-/tmp/minix-local-testnet}"
rpc_base="${MINIX_RPC_PORT:-9944}"
p2p_base="${MINIX_P2P_PORT:-30333}"
prometheus_base="${MINIX_PROMETHEUS_PORT:-9615}"
boot_host="${MINIX_BOOTNODE_HOST:-127.0.0.1}"
names=(alice bob charlie dave eve)
# The genesis validators: their dev keys are put in their keystores (`--alice` …). Eve's node
# generates its own session keys (`author_rotateKeysWithOwner`).
genesis=(alice bob charlie dave)
# Each node's fixed p2p secret key (dev-only secrets, like the `--alice` session keys): 0x00…01
# for alice to 0x00…05 for eve. Alice's peer id is the others' bootnode, and the `local` chain's
# genesis lists all five peer ids as its well-known nodes (permissioned peering), so a node run
# with any other key cannot sync with them until a council motion authorizes it.
node_key() { printf '%064x' "$(($(index_of "$1") + 1))"; }

die() { echo "local-testnet: $*" >&2; exit 1; }

index_of() {
	local i
	for i in "${!names[@]}"; do [[ "${names[$i]}" == "$1" ]] && { echo "$i"; return; }; done
	die "unknown validator '$1' (one of: ${names[*]})"
}

node_bin() {
	local bin="${MINIX_NODE:-$CARGO_TARGET_DIR/release/minix-node}"
	if [[ ! -x "$bin" ]]; then
		[[ -n "${MINIX_NODE:-}" ]] && die "MINIX_NODE=$bin is not an executable"
		echo "local-testnet: building minix-node (first run only)..." >&2
		(cd "$root" && cargo build --release -p minix-node >&2)
	fi
	echo "$bin"
}

# The flags of validator $1: one definition for the script and docker/compose.yml.
node_args() {
	local name="$1" i bin alice_id
	i="$(index_of "$name")"
	bin="$(node_bin)"
	mkdir -p "$dir"
	printf '%s' "$(node_key alice)" > "$dir/alice.node-key"
	printf '%s' "$(node_key "$name")" > "$dir/$name.node-key"
	alice_id="$("$bin" key inspect-node-key --file "$dir/alice.node-key")"
	local args=(
		--chain local
		--validator
		--name "$name"
		--base-path "$dir/$name"
		--port "$((p2p_base + i))"
		--rpc-port "$((rpc_base + i))"
		--rpc-cors all
		--no-telemetry
		--no-mdns
		--prometheus-port "$((prometheus_base + i))"
		--node-key-file "$dir/$name.node-key"
		# pallet-node-authorization's worker sets the node's authorized peers every block.
		--offchain-worker always
	)
	# The genesis validators get their dev keys; eve's node generates its own. Methods that
	# manage keys (`author_rotateKeysWithOwner`) are open because RPC listens on loopback only.
	if [[ "$name" != eve ]]; then args+=("--$name"); fi
	if [[ "$name" != alice ]]; then
		args+=(--bootnodes "/ip4/$(resolve "$boot_host")/tcp/$p2p_base/p2p/$alice_id")
	fi
	# A validator refuses `--rpc-external`; it may listen on all interfaces with
	# `--unsafe-rpc-external` when only the safe RPC methods are served (no keystore access).
	[[ "${MINIX_RPC_EXTERNAL:-0}" == 1 ]] &&
		args+=(--unsafe-rpc-external --rpc-methods safe --prometheus-external)
	printf '%s\n' "${args[@]}"
}

resolve() {
	if [[ "$1" =~ ^[0-9.]+$ ]]; then echo "$1"; else getent hosts "$1" | awk '{print $1; exit}'; fi
}

pid_of() { [[ -f "$dir/$1.pid" ]] && cat "$dir/$1.pid" || true; }
running() { local p; p="$(pid_of "$1")"; [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; }

start_one() {
	local name="$1" bin
	running "$name" && { echo "$name already runs (pid $(pid_of "$name"))"; return; }
	bin="$(node_bin)"
	mapfile -t args < <(node_args "$name")
	nohup "$bin" "${args[@]}" >>"$dir/$name.log" 2>&1 &
	echo $! > "$dir/$name.pid"
	echo "$name started: pid $!, RPC ws://127.0.0.1:$((rpc_base + $(index_of "$name"))), log $dir/$name.log"
}

stop_one() {
	local name="$1" signal="$2" p
	p="$(pid_of "$name")"
	if [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; then
		kill "-$signal" "$p"
		for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
		kill -0 "$p" 2>/dev/null && kill -KILL "$p"
		echo "$name stopped ($signal)"
	fi
	rm -f "$dir/$name.pid"
}

cmd="${1:-}"
case "$cmd" in
	start)
		if [[ -n "${2:-}" ]]; then start_one "$2"; else for n in "${genesis[@]}"; do start_one "$n"; done; fi ;;
	stop)
		if [[ -n "${2:-}" ]]; then stop_one "$2" TERM; else for n in "${names[@]}"; do stop_one "$n" TERM; done; fi ;;
	kill)
		[[ -n "${2:-}" ]] || die "kill needs a validator name"; stop_one "$2" KILL ;;
	status)
		for n in "${names[@]}"; do
			if running "$n"; then s="running (pid $(pid_of "$n"))"; else s="stopped"; fi
			echo "$n: $s, RPC ws://127.0.0.1:$((rpc_base + $(index_of "$n"))), log $dir/$n.log"
		done ;;
	purge)
		for n in "${names[@]}"; do stop_one "$n" TERM; done; rm -rf "$dir"; echo "purged $dir" ;;
	run)
		[[ -n "${2:-}" ]] || die "run needs a validator name"
		bin="$(node_bin)"; mapfile -t args < <(node_args "$2"); exec "$bin" "${args[@]}" ;;
	*)
		sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
