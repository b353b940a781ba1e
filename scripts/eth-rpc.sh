#!/usr/bin/env bash
# Serves the Ethereum JSON-RPC (MetaMask, ethers, viem, Hardhat) for a running MiniX node:
# polkadot-sdk's `eth-rpc` (pallet-revive-eth-rpc, pinned in scripts/env.sh, installed once by
# scripts/init.sh), on http://127.0.0.1:8545 (HTTP and WebSocket), talking to the node's RPC.
#   scripts/eth-rpc.sh                       # next to `scripts/dev.sh` (ws://127.0.0.1:9944)
#   MINIX_NODE_WS=ws://10.0.0.5:9944 scripts/eth-rpc.sh --rpc-port 8546
# Extra arguments go to eth-rpc (`eth-rpc --help`). It keeps the receipts of the latest
# $MINIX_ETH_PRUNING (256) blocks in memory, as many as a default node keeps state for; against an
# archive node (`--state-pruning archive`) pass `--eth-pruning archive --base-path <dir>` to index
# every block on disk.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MINIX_SKIP_NPM=1 "$here/init.sh"
source "$here/env.sh"
node_ws="${MINIX_NODE_WS:-ws://127.0.0.1:9944}"

# Wait (up to 3 minutes) for the node's RPC port, so both can be started together.
hostport="${node_ws#*://}"
hostport="${hostport%%/*}"
for _ in $(seq 1 360); do
	(exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null && break
	sleep 0.5
done

exec "$MINIX_TOOLS/bin/eth-rpc" --node-rpc-url "$node_ws" --rpc-port 8545 \
	--eth-pruning "${MINIX_ETH_PRUNING:-256}" "$@"
