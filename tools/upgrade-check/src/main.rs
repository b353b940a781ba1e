//! `minix-upgrade-check <WASM> [--url ws://127.0.0.1:9944]`: dry-runs the upgrade to the runtime
//! in WASM (built with `try-runtime`) against the live state of the node at `--url`. Exits 0 and
//! prints what it checked when every check passes; exits 1 with the reason otherwise.

use clap::Parser;

/// Dry-run a MiniX runtime upgrade against a live node's state (try-runtime checks).
#[derive(Parser)]
#[command(version)]
struct Args {
	/// The new runtime (`.wasm` or `.compact.compressed.wasm`), built with `try-runtime`.
	wasm: std::path::PathBuf,
	/// WebSocket RPC of a node of the chain (an archive node for an older block is not needed:
	/// the best block's state is read).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
}

#[tokio::main]
async fn main() {
	let args = Args::parse();
	if let Err(e) = run(&args).await {
		eprintln!("upgrade-check: FAILED: {e}");
		std::process::exit(1);
	}
}

async fn run(args: &Args) -> Result<(), minix_upgrade_check::Error> {
	let wasm = std::fs::read(&args.wasm)
		.map_err(|e| format!("cannot read {}: {e}", args.wasm.display()))?;
	eprintln!("upgrade-check: reading the state of {} ...", args.url);
	let snapshot = minix_upgrade_check::snapshot(&args.url).await?;
	eprintln!(
		"upgrade-check: {} keys at block #{} ({:?}), `{}` spec {}; its root matches the header",
		snapshot.storage.top.len(),
		snapshot.number,
		snapshot.at,
		snapshot.spec_name,
		snapshot.spec_version
	);
	let report = minix_upgrade_check::check(&snapshot, &wasm)?;
	println!(
		"upgrade-check: PASSED: spec {} -> {}: migrations with pre/post checks, all state decoded, \
		 every try_state; weight {} of {} ref_time, {} of {} proof_size; idempotent",
		snapshot.spec_version,
		report.spec_version,
		report.weight.ref_time(),
		report.max_weight.ref_time(),
		report.weight.proof_size(),
		report.max_weight.proof_size()
	);
	Ok(())
}
