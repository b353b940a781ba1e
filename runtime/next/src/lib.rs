//! The upgrade runtime: MiniX's runtime with `spec_version` one higher and nothing else changed.
//!
//! The runtime-upgrade end-to-end test (`node/tests/e2e/governance.rs`) has the council enact this
//! blob with `system.set_code` on a running four-validator network. `scripts/next-runtime.sh`
//! prints where the compressed Wasm is, for trying an upgrade by hand (README, "Upgrade the
//! runtime").

#![cfg_attr(not(feature = "std"), no_std)]

// Links the runtime (and its exported runtime API functions) into this crate's Wasm blob.
#[cfg(feature = "wasm")]
extern crate minix_runtime;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/minix_runtime_next"));
