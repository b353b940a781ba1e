//! Builds the upgrade runtime: the MiniX runtime with the `next-spec-version` feature, as Wasm.
//!
//! The blob is named `minix_runtime_next` so it never overwrites the real runtime's
//! `minix_runtime.compact.compressed.wasm` (both projects share the `wbuild` target directory,
//! so only the runtime crate itself is compiled a second time).

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::new()
		.with_current_project()
		.enable_feature("wasm")
		.set_file_name("minix_runtime_next")
		.build();
}

#[cfg(not(feature = "std"))]
fn main() {}
