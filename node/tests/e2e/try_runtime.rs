//! The try-runtime check: the upgrade to the next runtime (`runtime/next`, built with
//! `try-runtime`), dry-run against the state of a live dev chain by the same library
//! `scripts/upgrade-check.sh` runs (`tools/upgrade-check`; its docs list the steps), and then a
//! demonstration that the check fails when an invariant is broken in that same state.

use crate::common::{DevNode, Error};
use codec::{Decode, Encode};
use minix_upgrade_check::{check, snapshot, Upgrade, UpgradeCheckSelect};
use sp_io::hashing::twox_128;
use sp_runtime::Weight;

/// Runs the whole check against `node`'s best block; returns what the upgrade weighed and the
/// number of top-level keys it ran on. Then shows the check is real: the same upgrade on the
/// same state with one CID counter off by one fails its checks.
pub async fn check_upgrade_to_next_runtime(node: &DevNode) -> Result<(Weight, usize), Error> {
	let next = minix_runtime_next::WASM_BINARY.ok_or("the upgrade runtime was not built")?;
	let live = snapshot(&node.url).await?;
	let report = check(&live, next)?;
	assert!(report.spec_version > live.spec_version);

	// The check catches a broken invariant: `Cid::CidCount` one above the CIDs stored. Without
	// checks the same upgrade passes, so it is the checks (the Cid pallet's `try_state`) that
	// refuse it. (The runtime's panic message goes to its log, not into the error.)
	let mut corrupted = live.storage.clone();
	let count_key = [twox_128(b"Cid"), twox_128(b"CidCount")].concat();
	let count = corrupted.top.get(&count_key).map(|v| u64::decode(&mut &v[..])).transpose()?;
	corrupted.top.insert(count_key, (count.unwrap_or(0) + 1).encode());
	for (checks, must_pass) in [(UpgradeCheckSelect::None, true), (UpgradeCheckSelect::All, false)]
	{
		let mut broken = Upgrade::new(corrupted.clone(), live.state_version);
		broken.install(next);
		assert_eq!(
			broken.run(checks).is_ok(),
			must_pass,
			"the check must refuse a broken CidCount"
		);
	}
	// The whole check refuses it too, and refuses a runtime that does not raise spec_version.
	let broken = minix_upgrade_check::Snapshot { storage: corrupted, ..live.clone() };
	assert!(check(&broken, next).is_err(), "check() must refuse a broken CidCount");
	let same = minix_upgrade_check::Snapshot { spec_version: report.spec_version, ..live.clone() };
	assert!(check(&same, next).is_err(), "check() must refuse an upgrade that keeps spec_version");
	operators_command(node, next)?;
	Ok((report.weight, report.keys))
}

/// The operators' command (`minix-upgrade-check`, what scripts/upgrade-check.sh runs, built by
/// the same `cargo test --release --workspace`) passes the next runtime and refuses the live
/// one (it does not raise `spec_version`), with its exit code.
fn operators_command(node: &DevNode, next: &[u8]) -> Result<(), Error> {
	// The test binary is <target>/release/deps/e2e-…; the workspace's binaries are in release/.
	let exe = std::env::current_exe()?;
	let bin = exe
		.parent()
		.and_then(|d| d.parent())
		.ok_or("target dir")?
		.join("minix-upgrade-check");
	let dir = crate::common::TempDir::new("upgrade-check");
	for (name, wasm, must_pass) in [
		("next.wasm", next, true),
		("live.wasm", minix_runtime::WASM_BINARY.ok_or("no runtime blob")?, false),
	] {
		let file = dir.0.join(name);
		std::fs::write(&file, wasm)?;
		let out = std::process::Command::new(&bin)
			.arg(&file)
			.args(["--url", &node.url])
			.output()?;
		let stdout = String::from_utf8_lossy(&out.stdout);
		let stderr = String::from_utf8_lossy(&out.stderr);
		assert_eq!(out.status.success(), must_pass, "{name}: {stdout}{stderr}");
		if must_pass {
			assert!(stdout.contains("PASSED"), "{stdout}");
		} else {
			assert!(stderr.contains("spec_version"), "{stderr}");
		}
	}
	Ok(())
}
