#!/usr/bin/env bash
# Sets up the build environment and runs every test suite:
#   0. the documentation's links and paths (scripts/check-docs.sh); the example ink! contracts:
#      built (scripts/build-contracts.sh) and their off-chain unit tests run; the runtime and JS
#      tests deploy the built Wasm;
#   1. Rust: runtime integration tests, node end-to-end tests (subxt against real nodes, the
#      four-validator network through scripts/local-testnet.sh, docker/compose.yml's command
#      lines, command-line errors), all in the
#      release profile so the node binary under test is the one this command built;
#      the e2e suite includes the try-runtime check: the upgrade to `runtime/next` dry-run
#      against a live dev chain's state (node/tests/e2e/try_runtime.rs);
#   2. one build with `runtime-benchmarks,try-runtime` for the runtime integration tests again
#      (after every block they produce, every pallet's `try_state` runs and the entire state is
#      decoded) and the MiniX pallets' benchmarks run as tests against their mock runtimes (a
#      benchmark that breaks would otherwise only show up when weights are regenerated);
#   3. JS: @polkadot/api, polkadot-api and ethers end-to-end tests under `node --test` against
#      that same binary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/init.sh"
source "$here/env.sh"
cd "$(dirname "$here")"

start=$(date +%s)
# ParityDB only: the C++ RocksDB must never enter the dependency graph.
if cargo tree --workspace -i librocksdb-sys >/dev/null 2>&1; then
	echo "test: librocksdb-sys is in the dependency graph (cargo tree -i librocksdb-sys)" >&2
	exit 1
fi
# The docs name only files, anchors and scripts that exist (the self-test shows the check fails
# on broken ones).
scripts/check-docs.sh --self-test
scripts/check-docs.sh
scripts/build-contracts.sh --test
# One build for every default-feature test, the node and the relayer (which the node's e2e tests
# run; its own integration test makes `cargo test` build it), with the feature set
# scripts/dev.sh builds too.
cargo test --release --workspace -- --nocapture
# One more build, with the checking features, for two suites: the runtime integration tests with
# `try-runtime` (every pallet's `try_state` and a decode of all state after every block) and the
# MiniX pallets' benchmarks as tests. Run after the workspace tests: it replaces nothing the node
# binary needs, so MINIX_NODE below is still the default-feature build. SKIP_WASM_BUILD: these
# tests run the runtime natively, and the node's Wasm blob must never be rebuilt with these
# features (the wasm builder's output path does not depend on them).
SKIP_WASM_BUILD=1 cargo test --release -p minix-runtime -p pallet-cid -p pallet-mini-point \
	-p pallet-mst -p pallet-deposit-lock -p pallet-minix-oracle -p pallet-btc-light-client \
	-p pallet-xbtc-bridge -p pallet-builtins -p pallet-validator-set -p pallet-consortium -p pallet-market -p pallet-mit -p pallet-creators \
	--features runtime-benchmarks,try-runtime
echo "test: Rust suites passed in $(( $(date +%s) - start )) s"

export MINIX_NODE="$CARGO_TARGET_DIR/release/minix-node"
(cd e2e && npm test)
echo "test: all suites passed in $(( $(date +%s) - start )) s"
