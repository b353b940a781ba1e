#!/usr/bin/env bash
# Node throughput: how long a block full of `Mst.transfer` takes to execute, against a block full
# of `Balances.transfer_keep_alive`, measured in the same run on the dev chain's genesis state
# (`minix-node benchmark extrinsic`: the block is filled up to its weight limit, imported
# repeatedly, and the time per extrinsic reported). Prints both and their ratio.
#
#   scripts/block-execution.sh       # REPEAT=10 by default
#
# For the live rate a running node includes, see scripts/throughput.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

REPEAT="${REPEAT:-10}"
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --release -p minix-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/minix-node"

# Median nanoseconds per extrinsic of `pallet extrinsic`, from the benchmark's statistics line.
per_extrinsic() {
	"$node" benchmark extrinsic --chain dev --pallet "$1" --extrinsic "$2" \
		--repeat "$REPEAT" --wasm-execution compiled 2>&1 | tee /dev/stderr |
		grep -oE 'Median: [0-9]+' | head -1 | grep -oE '[0-9]+'
}

balances=$(per_extrinsic balances transfer_keep_alive)
mst=$(per_extrinsic mst transfer)
echo
echo "Balances.transfer_keep_alive: ${balances} ns per extrinsic ($((1000000000 / balances)) per second of block execution)"
echo "Mst.transfer:                 ${mst} ns per extrinsic ($((1000000000 / mst)) per second of block execution)"
awk -v b="$balances" -v m="$mst" 'BEGIN { printf "Mst.transfer costs %.2f x a balances transfer; throughput ratio Mst/Balances = %.2f\n", m / b, b / m }'
