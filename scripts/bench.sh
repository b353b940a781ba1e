#!/usr/bin/env bash
# Benchmarks MiniX pallets and writes their `weights.rs`.
#
#   scripts/bench.sh                 # every MiniX pallet
#   scripts/bench.sh cid mst         # some of them
#
# Builds `minix-node` with `runtime-benchmarks` (frame-benchmarking-cli pulls extra crates, so the
# default build leaves it out), then runs `benchmark pallet` on the dev chain's Wasm runtime.
# STEPS and REPEAT (env) trade precision for time; the defaults are frame-benchmarking's usual.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
pallets=("$@")
[[ ${#pallets[@]} -gt 0 ]] || pallets=(cid mini-point mst deposit-lock)

# frame-benchmarking-cli's storage test runtime cannot be built from this workspace (its Wasm
# build looks for itself in our Cargo metadata); the `benchmark pallet` command does not use it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --release -p minix-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/minix-node"

for dir in "${pallets[@]}"; do
	[[ -d "pallets/$dir" ]] || { echo "Error: no pallet at pallets/$dir" >&2; exit 1; }
	pallet="pallet_${dir//-/_}"
	echo "== $pallet"
	"$node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		--template scripts/pallet-weights.hbs \
		--output "pallets/$dir/src/weights.rs"
done
