#!/usr/bin/env bash
# Builds the example ink! contracts under contracts/ (each its own cargo workspace and lock file)
# without cargo-contract, whose install compiles binaryen from C++ sources:
#   1. the contract as a `cdylib` for `wasm32v1-none` (Wasm 1.0, the feature set pallet-contracts'
#      wasmi accepts), importing its memory with at most 16 pages and a 64 KiB stack;
#   2. its `metadata` tool (std) strips the exports pallet-contracts refuses and writes
#      <name>.wasm, <name>.contract (metadata + Wasm, for @polkadot/api-contract and Apps) and
#      <name>.json (metadata only) into $CARGO_TARGET_DIR/contracts/.
#   scripts/build-contracts.sh          # build every contract
#   scripts/build-contracts.sh --test   # also run each contract's off-chain unit tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

out="$CARGO_TARGET_DIR/contracts"
build="$CARGO_TARGET_DIR/contracts-build"
mkdir -p "$out"
# Where init.sh set up Debian's toolchain for Wasm, contracts use it too.
toolchain=()
[[ -n "${WASM_BUILD_TOOLCHAIN:-}" ]] && toolchain=("+$WASM_BUILD_TOOLCHAIN")

for manifest in contracts/*/Cargo.toml; do
	crate="$(sed -n 's/^name = "\(.*\)"$/\1/p' "$manifest" | head -1)"
	lib="${crate//-/_}"
	echo "== $crate"
	cargo "${toolchain[@]}" rustc --manifest-path "$manifest" --locked --release --lib \
		--crate-type cdylib --no-default-features --target wasm32v1-none --target-dir "$build" -- \
		-C link-arg=-zstack-size=65536 -C link-arg=--import-memory -C link-arg=--max-memory=1048576
	cargo run --manifest-path "$manifest" --locked --release --bin metadata --target-dir "$build" \
		-- "$build/wasm32v1-none/release/$lib.wasm" "$out/$lib.wasm" "$out/$lib.contract" \
		"$out/$lib.json" "$(rustc --version)"
	if [[ "${1:-}" == --test ]]; then
		cargo test --manifest-path "$manifest" --locked --release --lib --target-dir "$build"
	fi
	echo "$out/$lib.contract ($(stat -c %s "$out/$lib.wasm") bytes of Wasm)"
done
