#!/usr/bin/env bash
# Benchmarks MiniX pallets and writes their `weights.rs`.
#
#   scripts/bench.sh                 # every MiniX pallet, and polkadot-sdk's pallet-oracle
#   scripts/bench.sh cid mst         # some of them (directories under pallets/)
#   scripts/bench.sh oracle-feeds    # only pallet-oracle (`OracleFeeds`), into runtime/src/weights
#   scripts/bench.sh sdk             # the polkadot-sdk pallets on the hot path, into runtime/src/weights
#   scripts/bench.sh overhead        # block and extrinsic base weights, into runtime/src/weights
#   scripts/bench.sh storage         # ParityDB read/write weights on a big state (STORAGE_CIDS)
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
[[ ${#pallets[@]} -gt 0 ]] || pallets=(cid mini-point mst deposit-lock oracle oracle-feeds btc-light-client xbtc-bridge builtins validator-set consortium market mit creators)

# frame-benchmarking-cli's storage test runtime cannot be built from this workspace (its Wasm
# build looks for itself in our Cargo metadata); the `benchmark pallet` command does not use it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cargo build --release -p minix-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/minix-node"

bench() {
	"$node" benchmark pallet \
		--chain dev \
		--pallet "$1" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		"${@:2}"
}

# polkadot-sdk pallets whose measured weights the runtime uses (runtime/src/weights/mod.rs says
# which are left out and why).
sdk_pallets=(${SDK_PALLETS:-frame_system pallet_balances pallet_timestamp pallet_transaction_payment pallet_utility pallet_multisig})

for dir in "${pallets[@]}"; do
	if [[ "$dir" == sdk ]]; then
		for pallet in "${sdk_pallets[@]}"; do
			echo "== $pallet"
			bench "$pallet" --output "runtime/src/weights/$pallet.rs"
		done
		continue
	fi
	if [[ "$dir" == overhead ]]; then
		# The weight of an empty block and of one more extrinsic (`System.remark`), into
		# block_weights.rs and extrinsic_weights.rs.
		echo "== overhead"
		"$node" benchmark overhead --chain dev --wasm-execution compiled \
			--weight-path runtime/src/weights --warmup 10 --repeat 100
		# The template imports sp-weights, which the runtime reaches through frame-support.
		sed -i 's/sp_weights::/frame_support::weights::/' runtime/src/weights/{block,extrinsic}_weights.rs
		continue
	fi
	if [[ "$dir" == storage ]]; then
		# ParityDB on a state of realistic size: the dev chain plus STORAGE_CIDS CIDs, each with
		# its own account (e2e/tools/big-state.mjs). Writes runtime/src/weights/paritydb_weights.rs.
		echo "== storage (${STORAGE_CIDS:-100000} more CIDs and accounts)"
		[[ -d e2e/node_modules ]] || (cd e2e && npm ci --no-audit --no-fund)
		work="$(mktemp -d)"
		"$node" build-spec --chain dev 2>/dev/null >"$work/dev.json"
		node e2e/tools/big-state.mjs "$work/dev.json" "${STORAGE_CIDS:-100000}" "$work/big.json"
		"$node" benchmark storage --chain "$work/big.json" --base-path "$work/db" --database paritydb \
			--state-version 1 --warmups 1 --weight-path runtime/src/weights
		# The template's doc comment calls ParityDB experimental; here it is the node's database.
		sed -i -e 's/sp_weights::/frame_support::weights::/' \
			-e 's|/// `ParityDB` can be enabled with a feature flag, but is still experimental. These weights|/// ParityDB, the database of minix-node, measured on this hardware profile (bench.sh storage).|' \
			-e '/are available for brave runtime engineers/d' \
			-e 's|^\t\t\t///|\t\t\t//|' runtime/src/weights/paritydb_weights.rs
		rustfmt --edition 2021 runtime/src/weights/paritydb_weights.rs
		rm -rf "$work"
		continue
	fi
	if [[ "$dir" == oracle-feeds ]]; then
		# polkadot-sdk's pallet-oracle: the runtime implements its `WeightInfo` (default template).
		echo "== pallet_oracle"
		bench pallet_oracle --output runtime/src/weights/pallet_oracle.rs
		continue
	fi
	[[ -d "pallets/$dir" ]] || { echo "Error: no pallet at pallets/$dir" >&2; exit 1; }
	# The crate name (pallets/oracle is `pallet-minix-oracle`, beside polkadot-sdk's pallet-oracle).
	crate="$(sed -n 's/^name = "\(.*\)"$/\1/p' "pallets/$dir/Cargo.toml" | head -1)"
	pallet="${crate//-/_}"
	echo "== $pallet"
	bench "$pallet" --template scripts/pallet-weights.hbs --output "pallets/$dir/src/weights.rs"
done
