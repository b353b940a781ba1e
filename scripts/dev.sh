#!/usr/bin/env bash
# Sets up the build environment, builds minix-node and starts a development chain: one --dev
# validator (Alice), RPC on ws://127.0.0.1:9944, dev accounts funded, state in a temp dir.
# Extra arguments go to minix-node (e.g. `--base-path /data/minix-dev` to keep the state).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MINIX_SKIP_NPM=1 "$here/init.sh"
source "$here/env.sh"
cd "$(dirname "$here")"
# The build scripts/test.sh runs (the node with the feature set the tests resolve, and the test
# binaries): `cargo build -p minix-node` alone resolves features differently (no dev-
# dependencies, no other workspace members) and would make the first test run compile about 900
# crates again.
cargo test --release --workspace --no-run
exec "$CARGO_TARGET_DIR/release/minix-node" --dev --rpc-port 9944 --rpc-cors all "$@"
