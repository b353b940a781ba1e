#!/usr/bin/env bash
# Sets up the build environment, builds minix-node and starts a development chain: one --dev
# validator (Alice), RPC on ws://127.0.0.1:9944, dev accounts funded, state in a temp dir.
# Extra arguments go to minix-node (e.g. `--base-path /data/minix-dev` to keep the state).
# `--eth` also serves the Ethereum JSON-RPC on http://127.0.0.1:8545 (scripts/eth-rpc.sh; its
# server is installed once, the first time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
eth=0
args=()
for arg in "$@"; do
	if [[ "$arg" == --eth ]]; then eth=1; else args+=("$arg"); fi
done
MINIX_SKIP_NPM=1 MINIX_SKIP_TOOLS=$((1 - eth)) "$here/init.sh"
source "$here/env.sh"
cd "$(dirname "$here")"
# The build scripts/test.sh runs (the node with the feature set the tests resolve, and the test
# binaries): `cargo build -p minix-node` alone resolves features differently (no dev-
# dependencies, no other workspace members) and would make the first test run compile about 900
# crates again.
cargo test --release --workspace --no-run
node=("$CARGO_TARGET_DIR/release/minix-node" --dev --rpc-port 9944 --rpc-cors all "${args[@]}")
if ((eth == 0)); then
	exec "${node[@]}"
fi
"${node[@]}" &
node_pid=$!
trap 'kill "$node_pid" 2>/dev/null; wait "$node_pid" 2>/dev/null' EXIT INT TERM
"$here/eth-rpc.sh" --dev
