//! Bad input on the command line gives a one-line error that says what to fix, not a panic.

use crate::common::{free_port, node_binary, TempDir};
use std::{
	net::TcpListener,
	process::{Command, Output, Stdio},
	time::Duration,
};

/// Runs `minix-node` with `args`, giving it at most 60 s, and returns its output.
fn run(args: &[&str], dir: &TempDir) -> Output {
	let mut child = Command::new(node_binary())
		.args(args)
		.args(["--no-telemetry", "--no-prometheus", "--no-mdns"])
		.arg("--base-path")
		.arg(&dir.0)
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()
		.expect("start minix-node");
	let start = std::time::Instant::now();
	while child.try_wait().expect("wait").is_none() {
		if start.elapsed() > Duration::from_secs(60) {
			let _ = child.kill();
			panic!("minix-node {args:?} did not exit on bad input");
		}
		std::thread::sleep(Duration::from_millis(100));
	}
	child.wait_with_output().expect("output")
}

/// The process failed with exactly one `Error: ...` line, which contains `hint`, and no panic.
/// (Log lines of the node's asynchronous logger may still follow the error line.)
fn assert_one_line_error(out: &Output, hint: &str) {
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(!out.status.success(), "must fail: {stderr}");
	assert!(!stderr.contains("panicked") && !stderr.contains("stack backtrace"), "{stderr}");
	let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("Error: ")).collect();
	assert!(errors.len() == 1 && errors[0].contains(hint), "errors {errors:?} in:\n{stderr}");
}

#[test]
fn missing_chain_spec_file() {
	let dir = TempDir::new("cli-missing");
	let out = run(&["--chain", "/nonexistent/minix-spec.json"], &dir);
	assert_one_line_error(&out, "cannot load the chain spec `/nonexistent/minix-spec.json`");
}

#[test]
fn malformed_chain_spec_file() {
	let dir = TempDir::new("cli-malformed");
	let spec = dir.0.join("broken.json");
	std::fs::write(&spec, b"{ \"name\": \"half a spec\", ").expect("write spec");
	let out = run(&["--chain", spec.to_str().expect("utf-8 path")], &dir);
	assert_one_line_error(&out, "minix-node build-spec");
}

#[test]
fn rpc_port_already_in_use() {
	let dir = TempDir::new("cli-port");
	let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
	let port = taken.local_addr().expect("addr").port().to_string();
	let p2p = free_port().to_string();
	let out = run(&["--dev", "--rpc-port", &port, "--port", &p2p], &dir);
	assert_one_line_error(&out, "already in use");
}
