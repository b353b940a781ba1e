//! Compiles the runtime to Wasm (`WASM_BINARY`) with substrate-wasm-builder.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	use minix_primitives::currency::{TOKEN_DECIMALS, TOKEN_SYMBOL};
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(TOKEN_SYMBOL, TOKEN_DECIMALS)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The Wasm build of the runtime itself needs no build script.
#[cfg(not(feature = "std"))]
fn main() {}
