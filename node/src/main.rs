//! `minix-node`: the MiniX consortium chain node (Aura + GRANDPA, ParityDB).

#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod equivocation;
mod peering;
mod rpc;
mod service;

/// jemalloc on Linux, with its background thread on: it hands memory the node freed back to the
/// system within seconds, even while the node idles. glibc's malloc kept about 300 MiB left over
/// from compiling the runtime's Wasm for good (idle RSS 456 MiB, 133 MiB once trimmed;
/// `docs/measurements.md#memory`).
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
	// Errors are printed on one line, saying what to fix, instead of a debug dump.
	if let Err(error) = command::run() {
		// Some Substrate errors span several indented lines; an operator gets them as one line.
		let message = error.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
		eprintln!("Error: {message}");
		std::process::exit(1);
	}
}
