#!/usr/bin/env bash
# Takes a fresh Debian machine with rustup's stable toolchain to a working MiniX build
# environment. Idempotent: every step checks first and does nothing when already done.
#   1. Debian build packages: protoc (litep2p), clang/libclang, Node.js + npm (JS tests).
#   2. A Wasm toolchain for the runtime: rustup's `wasm32v1-none` target, or, where rustup cannot
#      add it, Debian's rustc-web with a prebuilt wasm32v1-none sysroot (docs/developers.md, "Build").
#   3. The npm packages of the JS end-to-end tests (`npm ci` against e2e/package-lock.json).
# Set MINIX_SKIP_NPM=1 to skip step 3 (the dev chain does not need it).
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
log "ready (cargo target dir: $CARGO_TARGET_DIR)"
