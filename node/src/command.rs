//! Dispatches the command line to the node service or a subcommand.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"MiniX Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/minix-chain/minix/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// Ready transactions the pool keeps unless `--pool-limit` says otherwise (the future queue gets a
/// tenth): about ten full blocks of transfers at the runtime's limit, so a flood is not dropped
/// while blocks have room, and bounded (polkadot-sdk's default, 8192, is under three such blocks).
pub const POOL_LIMIT: usize = 32_768;
/// Kilobytes of ready transactions the pool keeps unless `--pool-kbytes` says otherwise: the
/// encoded size of `POOL_LIMIT` transactions of 2 KiB.
pub const POOL_KBYTES: usize = 65_536;

/// Parses the command line and runs what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	pool_defaults(&mut cli.run.pool_config, std::env::args());

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		#[allow(deprecated)]
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			use minix_runtime::opaque::Block;
			use sp_runtime::traits::HashingFor;

			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => {
					cmd.run_with_spec::<HashingFor<Block>, ()>(Some(config.chain_spec))
				},
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					cmd.run(client)
				},
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_trie_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_trie_cache)
				},
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
				},
				BenchmarkCmd::Extrinsic(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					let factory = crate::benchmarking::extrinsic_factory(client.clone());
					cmd.run(
						client,
						crate::benchmarking::inherent_benchmark_data()?,
						Vec::new(),
						&factory,
					)
				},
				BenchmarkCmd::Overhead(cmd) => {
					let PartialComponents { client, .. } = service::new_partial(&config)?;
					let remark = crate::benchmarking::remark_builder(client.clone());
					cmd.run(
						config.chain_spec.name().into(),
						client,
						crate::benchmarking::inherent_benchmark_data()?,
						Vec::new(),
						&*remark,
						false,
					)
				},
				_ => Err("this benchmark is not available in minix-node; use `benchmark pallet`, \
				          `overhead`, `block`, `extrinsic`, `storage` or `machine`"
					.into()),
			})
		},
		#[cfg(not(feature = "runtime-benchmarks"))]
		Some(Subcommand::Benchmark { .. }) => {
			Err("benchmarks need a node built with the runtime-benchmarks feature: `cargo build \
			 --release -p minix-node --features runtime-benchmarks`"
				.into())
		},
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<minix_runtime::opaque::Block>(&config))
		},
		None => {
			let runner = cli.create_runner(&cli.run)?;
			runner.run_node_until_exit(|mut config| async move {
				ensure_rpc_ports_free(&mut config)?;
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => service::new_full::<
						sc_network::NetworkWorker<
							minix_runtime::opaque::Block,
							<minix_runtime::opaque::Block as sp_runtime::traits::Block>::Hash,
						>,
					>(config)
					.map_err(sc_cli::Error::Service),
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config)
							.map_err(sc_cli::Error::Service)
					},
				}
			})
		},
	}
}

/// Applies MiniX's pool size (`POOL_LIMIT`, `POOL_KBYTES`) where the command line left sc-cli's.
fn pool_defaults(params: &mut sc_cli::TransactionPoolParams, args: impl Iterator<Item = String>) {
	let given: Vec<String> = args.collect();
	let has = |flag: &str| given.iter().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
	if !has("--pool-limit") {
		params.pool_limit = POOL_LIMIT;
	}
	if !has("--pool-kbytes") {
		params.pool_kbytes = POOL_KBYTES;
	}
}

/// Fails with a clear error when an RPC port the operator asked for is taken, instead of letting
/// the RPC server move to a random port that no client knows about.
fn ensure_rpc_ports_free(config: &mut sc_service::Configuration) -> sc_cli::Result<()> {
	for endpoint in config.rpc.addr.iter_mut().flatten() {
		endpoint.retry_random_port = false;
		if endpoint.is_optional {
			continue;
		}
		if let Err(e) = std::net::TcpListener::bind(endpoint.listen_addr) {
			return Err(format!(
				"the RPC address {} is already in use ({e}): stop the process that holds it or \
				 pass another --rpc-port",
				endpoint.listen_addr
			)
			.into());
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::Parser;

	fn pool(args: &[&str]) -> (usize, usize) {
		let argv = std::iter::once("minix-node").chain(args.iter().copied());
		let mut cli = Cli::parse_from(argv.clone());
		pool_defaults(&mut cli.run.pool_config, argv.map(String::from));
		(cli.run.pool_config.pool_limit, cli.run.pool_config.pool_kbytes)
	}

	#[test]
	fn pool_defaults_apply_only_where_the_operator_said_nothing() {
		assert_eq!(pool(&["--dev"]), (POOL_LIMIT, POOL_KBYTES));
		assert_eq!(pool(&["--pool-limit", "100"]), (100, POOL_KBYTES));
		assert_eq!(pool(&["--pool-kbytes=512", "--pool-limit=7"]), (7, 512));
	}
}
