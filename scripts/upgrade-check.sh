#!/usr/bin/env bash
# Dry-runs a runtime upgrade against a live node's state before the council enacts it: every
# migration with its pre/post checks, a decode of all state, every pallet's try_state, the
# upgrade's weight within a block, idempotence, and a raised spec_version (tools/upgrade-check,
# the same library the test suite runs for runtime/next).
#
#   scripts/upgrade-check.sh <wasm> [ws-url]    check a runtime built with `try-runtime`
#   scripts/upgrade-check.sh --build [ws-url]   build this tree's runtime with `try-runtime`
#                                               (own target dir: <target dir>-try-runtime), check it
#
# ws-url defaults to ws://127.0.0.1:9944. The node must serve `state_getKeysPaged` (any full
# node does; the safe RPC methods are enough). Exits 0 when every check passes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/env.sh"
cd "$root"

[[ $# -ge 1 ]] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
wasm="$1"
url="${2:-ws://127.0.0.1:9944}"
if [[ "$wasm" == --build ]]; then
	# A try-runtime build in the shared target dir would overwrite the node's runtime blob (the
	# wasm builder's output path does not depend on features), so it gets its own.
	try_dir="$CARGO_TARGET_DIR-try-runtime"
	echo "upgrade-check: building minix-runtime with try-runtime in $try_dir" >&2
	CARGO_TARGET_DIR="$try_dir" cargo build --release -p minix-runtime --features try-runtime >&2
	wasm="$try_dir/release/wbuild/minix-runtime/minix_runtime.compact.compressed.wasm"
fi
[[ -f "$wasm" ]] || { echo "upgrade-check: no such file: $wasm" >&2; exit 2; }
# The checker is a workspace member: built with the workspace's features, so this reuses the
# node's build.
cargo build --release --workspace --bin minix-upgrade-check >&2
exec "$CARGO_TARGET_DIR/release/minix-upgrade-check" "$wasm" --url "$url"
