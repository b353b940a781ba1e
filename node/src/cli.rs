//! Command-line interface of `minix-node`.

use sc_cli::RunCmd;

/// The MiniX node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: RunCmd,
}

/// Subcommands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert session keys, node keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (`--raw` for the form nodes start from).
	#[allow(deprecated)]
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of the `--chain` given, without a database.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks to a file.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks from a file.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks of the runtime (pallet weights) and the node (block import, storage, machine).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Benchmarks need a node built with `--features runtime-benchmarks`
	/// (`cargo build --release -p minix-node --features runtime-benchmarks`).
	#[cfg(not(feature = "runtime-benchmarks"))]
	Benchmark {
		/// The arguments a benchmarking build would take.
		#[arg(trailing_var_arg = true, allow_hyphen_values = true)]
		args: Vec<String>,
	},

	/// Database metadata: best and finalized block, state.
	ChainInfo(sc_cli::ChainInfoCmd),
}
