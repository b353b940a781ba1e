//! The operators' command refuses what it cannot check with one error line naming the cause, and
//! exits 1. (The check itself, against a live dev node, is in `node/tests/e2e/try_runtime.rs`,
//! which runs this binary; having this test makes `cargo test` build it.)

use std::process::Command;

fn upgrade_check(args: &[&str]) -> (bool, String) {
	let out = Command::new(env!("CARGO_BIN_EXE_minix-upgrade-check"))
		.args(args)
		.output()
		.expect("run minix-upgrade-check");
	(out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_missing_wasm_is_named() {
	let (ok, stderr) = upgrade_check(&["/nonexistent/next.wasm"]);
	assert!(!ok);
	assert!(stderr.contains("cannot read /nonexistent/next.wasm"), "{stderr}");
}

#[test]
fn an_unreachable_node_is_an_error_not_a_pass() {
	let file =
		std::env::temp_dir().join(format!("minix-upgrade-check-{}.wasm", std::process::id()));
	std::fs::write(&file, b"\0asm").expect("write the wasm file");
	// Nothing listens on port 9.
	let (ok, stderr) = upgrade_check(&[file.to_str().unwrap(), "--url", "ws://127.0.0.1:9"]);
	let _ = std::fs::remove_file(&file);
	assert!(!ok);
	assert!(stderr.contains("upgrade-check: FAILED"), "{stderr}");
	assert!(!stderr.contains("PASSED"), "{stderr}");
}
