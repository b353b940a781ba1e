#!/usr/bin/env bash
# Takes a fresh Debian machine with rustup's stable toolchain to a working MiniX build
# environment. Idempotent: every step checks first and does nothing when already done.
#   1. Debian build packages: protoc (litep2p), clang/libclang, Node.js + npm (JS tests).
#   2. A Wasm toolchain for the runtime: rustup's `wasm32v1-none` target, or, where rustup cannot
#      add it, Debian's rustc-web with a prebuilt wasm32v1-none sysroot (docs/developers.md, "Build").
#   3. The npm packages of the JS end-to-end tests (`npm ci` against e2e/package-lock.json).
#   4. Tools that are not part of the node, installed once with `cargo install --locked` into
#      $MINIX_TOOLS (under the cargo home) and reused: the Ethereum JSON-RPC server `eth-rpc`
#      (pallet-revive-eth-rpc, the release matching polkadot-sdk stable2609) and `chain-spec-builder`
#      (staging-chain-spec-builder, the stable2609 release), which builds a chain spec from the
#      runtime's presets (docs/operators.md, "Building the chain spec").
# Set MINIX_SKIP_NPM=1 to skip step 3 (the dev chain does not need it), MINIX_SKIP_TOOLS=1 to
# skip step 4 (only scripts/eth-rpc.sh and the Ethereum tests need it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
log() { echo "init: $*" >&2; }

sudo_if_needed() { if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- 1. Debian packages -------------------------------------------------------------------
need_pkgs=()
for pkg in protobuf-compiler clang libclang-dev pkg-config make; do
	dpkg -s "$pkg" >/dev/null 2>&1 || need_pkgs+=("$pkg")
done
if [[ "${MINIX_SKIP_NPM:-0}" != 1 ]]; then
	command -v node >/dev/null 2>&1 || need_pkgs+=(nodejs)
	command -v npm >/dev/null 2>&1 || need_pkgs+=(npm)
fi
if ((${#need_pkgs[@]})); then
	log "installing Debian packages: ${need_pkgs[*]}"
	sudo_if_needed apt-get update -q
	sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_pkgs[@]}"
fi

# --- 2. Wasm toolchain --------------------------------------------------------------------
command -v cargo >/dev/null 2>&1 || { log "cargo not found: install rustup's stable toolchain"; exit 1; }
wasm_target=wasm32v1-none
if rustup target list --installed 2>/dev/null | grep -qx "$wasm_target"; then
	:
elif rustup target add "$wasm_target" >/dev/null 2>&1; then
	log "added rustup target $wasm_target"
else
	# rustup cannot download the target: use Debian's Rust with a self-built sysroot.
	"$here/wasm-toolchain-debian.sh"
fi

# --- 3. npm packages of the JS tests ------------------------------------------------------
if [[ "${MINIX_SKIP_NPM:-0}" != 1 ]]; then
	lock="$root/e2e/package-lock.json"
	stamp="$root/e2e/node_modules/.minix-lock-stamp"
	if [[ ! -f "$stamp" ]] || ! cmp -s "$lock" "$stamp"; then
		log "installing the JS test packages (npm ci)"
		(cd "$root/e2e" && npm ci --no-audit --no-fund --loglevel=error)
		cp "$lock" "$stamp"
	fi
fi
# --- 4. Tools outside the node -----------------------------------------------------------
# Their own target dir, so an install never waits for (or invalidates) the node's build. The
# eth-rpc build script only reads the revive dev runtime's metadata: no Wasm build needed.
install_tool() { # <crate> <version> <binary>
	local crate="$1" version="$2" bin="$3"
	if "$MINIX_TOOLS/bin/$bin" --version 2>/dev/null | grep -q "$version"; then return; fi
	log "installing $crate $version into $MINIX_TOOLS (once; eth-rpc takes about an hour on 2 cores)"
	SKIP_WASM_BUILD=1 CARGO_TARGET_DIR="$MINIX_TOOLS/target" cargo install --locked --quiet \
		--version "=$version" --root "$MINIX_TOOLS" "$crate"
}
if [[ "${MINIX_SKIP_TOOLS:-0}" != 1 ]]; then
	install_tool pallet-revive-eth-rpc "$ETH_RPC_VERSION" eth-rpc
	install_tool staging-chain-spec-builder "$CHAIN_SPEC_BUILDER_VERSION" chain-spec-builder
fi
log "ready (cargo target dir: $CARGO_TARGET_DIR)"
