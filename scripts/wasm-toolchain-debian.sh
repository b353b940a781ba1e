#!/usr/bin/env bash
# Fallback Wasm toolchain for machines whose rustup cannot add `wasm32v1-none`:
# Debian's rustc-web (with its std sources) linked as the rustup toolchain `sysweb`, a `rust-lld`
# that runs lld-19, and core/alloc/compiler_builtins prebuilt for wasm32v1-none with embedded
# bitcode (the runtime links with LTO). Writes scripts/.wasm-toolchain so the other scripts set
# WASM_BUILD_TOOLCHAIN=sysweb. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "wasm-toolchain: $*" >&2; }
sudo_if_needed() { if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi; }

pkgs=(rustc-web cargo-web rust-web-src lld-19)
missing=(); for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
	sudo_if_needed apt-get update -q
	sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

prefix=/usr/lib/rust-web
[[ -x "$prefix/bin/rustc" ]] || { log "rustc-web is not at $prefix"; exit 1; }
rustup toolchain list | grep -q '^sysweb' || rustup toolchain link sysweb "$prefix"

bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [[ ! -x "$bin/rust-lld" ]]; then
	printf '#!/bin/sh\nexec /usr/lib/llvm-19/bin/lld -flavor wasm "$@"\n' > "$bin/rust-lld"
	chmod +x "$bin/rust-lld"
fi

sysroot_lib="$prefix/lib/rustlib/wasm32v1-none/lib"
if ! ls "$sysroot_lib"/libcore-*.rlib >/dev/null 2>&1; then
	log "building core/alloc for wasm32v1-none from Debian's sources"
	work="$(mktemp -d)"
	mkdir -p "$work/src"
	cat > "$work/Cargo.toml" <<'TOML'
[package]
name = "sysroot-seed"
version = "0.0.0"
edition = "2021"
[lib]
path = "src/lib.rs"
[profile.release]
lto = false
panic = "abort"
TOML
	echo '#![no_std]' > "$work/src/lib.rs"
	(cd "$work" && RUSTC_BOOTSTRAP=1 RUSTFLAGS="-C embed-bitcode=yes" \
		cargo +sysweb build --release -Z build-std=core,alloc --target wasm32v1-none)
	sudo_if_needed mkdir -p "$sysroot_lib"
	for crate in core alloc compiler_builtins; do
		sudo_if_needed cp "$(ls "$work/target/wasm32v1-none/release/deps/lib${crate}-"*.rlib | head -1)" "$sysroot_lib/"
	done
	rm -rf "$work"
	# The runtime's wasm build caches the old sysroot; cargo does not notice the change.
	rm -rf "${CARGO_TARGET_DIR:-}"/release/wbuild/minix-runtime 2>/dev/null || true
fi
echo "sysweb" > "$here/.wasm-toolchain"
log "Wasm toolchain: sysweb (Debian rustc-web)"
