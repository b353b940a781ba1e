//! The upgrade runtime: MiniX's runtime with `spec_version` one higher and `try-runtime` on,
//! nothing else changed.
//!
//! Two end-to-end tests use this blob: the try-runtime check (`node/tests/e2e/try_runtime.rs`)
//! dry-runs `TryRuntime_on_runtime_upgrade` of it against a live dev chain's state, and the
//! runtime-upgrade test (`node/tests/e2e/consortium.rs`) has the council enact it with
//! `system.set_code` on a running four-validator network. The compressed Wasm is
//! `$CARGO_TARGET_DIR/release/wbuild/minix-runtime-next/minix_runtime_next.compact.compressed.wasm`.

#![cfg_attr(not(feature = "std"), no_std)]

// Links the runtime (and its exported runtime API functions) into this crate's Wasm blob.
#[cfg(feature = "wasm")]
extern crate minix_runtime;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/minix_runtime_next"));
