//! `minix-node`: the MiniX consortium chain node (Aura + GRANDPA, ParityDB).

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() {
	// Errors are printed on one line, saying what to fix, instead of a debug dump.
	if let Err(error) = command::run() {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
