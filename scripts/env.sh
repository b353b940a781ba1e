# Shared settings of the MiniX scripts (sourced, not run).
# One persistent cargo target directory outside the clone, reused by every script and by CI, so a
# CI run after a local build is incremental.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${CARGO_HOME:-$HOME/.cargo}/target-minix}"
# rustup's cargo, also when a script is started from a shell that has not sourced it.
[[ -f "${CARGO_HOME:-$HOME/.cargo}/env" ]] && source "${CARGO_HOME:-$HOME/.cargo}/env"
# Where rustup could not add wasm32v1-none, init.sh set up Debian's toolchain as `sysweb`.
if [[ -f "$(dirname "${BASH_SOURCE[0]}")/.wasm-toolchain" ]]; then
	export WASM_BUILD_TOOLCHAIN="${WASM_BUILD_TOOLCHAIN:-$(cat "$(dirname "${BASH_SOURCE[0]}")/.wasm-toolchain")}"
fi
# The runtime's Wasm build must find this workspace's Cargo.lock although the target dir is
# outside the clone; without the hint it would resolve dependency versions afresh.
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
# Tools that are not part of the node (scripts/init.sh installs them once, pinned).
export MINIX_TOOLS="${MINIX_TOOLS:-${CARGO_HOME:-$HOME/.cargo}/minix-tools}"
# pallet-revive-eth-rpc 0.24.0 is the release for polkadot-sdk stable2609 (pallet-revive 0.20.2).
export ETH_RPC_VERSION=0.24.0
# staging-chain-spec-builder 21.0.0 is the stable2609 release (sc-chain-spec 53.0.0, as the node).
export CHAIN_SPEC_BUILDER_VERSION=21.0.0
# pallet-revive's `runtime-benchmarks` feature pulls pallet-revive-fixtures, whose build script
# compiles Rust contracts to PolkaVM (needs the rust-src component) and Solidity fixtures (needs
# `solc` and `resolc` on PATH). MiniX's checking builds (scripts/test.sh step 2, scripts/bench.sh)
# never run pallet-revive's own benchmarks, so the fixtures are skipped; the fixture constants are
# then `None` and only pallet-revive's benchmarks would notice.
export SKIP_PALLET_REVIVE_FIXTURES="${SKIP_PALLET_REVIVE_FIXTURES:-1}"
