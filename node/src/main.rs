//! `minix-node`: the MiniX consortium chain node (Aura + GRANDPA, ParityDB).

#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() {
	// Errors are printed on one line, saying what to fix, instead of a debug dump.
	if let Err(error) = command::run() {
		// Some Substrate errors span several indented lines; an operator gets them as one line.
		let message = error.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
		eprintln!("Error: {message}");
		std::process::exit(1);
	}
}
