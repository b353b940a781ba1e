//! The relayer refuses a bad headers file before it contacts any node, with one error line
//! saying what is wrong. (Relaying itself is tested end to end in `node/tests/e2e/btc.rs`,
//! which runs this binary against a dev node.)

use std::process::Command;

/// Runs the relayer on a headers file holding `json`; its exit status and stderr.
fn relay(name: &str, json: &str) -> (bool, String) {
	let file =
		std::env::temp_dir().join(format!("minix-relayer-{name}-{}.json", std::process::id()));
	std::fs::write(&file, json).expect("write the headers file");
	let out = Command::new(env!("CARGO_BIN_EXE_minix-btc-relayer"))
		// Nothing listens there: every case must fail before connecting.
		.args(["--url", "ws://127.0.0.1:9", "--suri", "//Alice", "--file"])
		.arg(&file)
		.output()
		.expect("run minix-btc-relayer");
	let _ = std::fs::remove_file(&file);
	(out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn header_hex(byte: u8) -> String {
	format!("{byte:02x}").repeat(80)
}

#[test]
fn a_missing_file_is_named() {
	let out = Command::new(env!("CARGO_BIN_EXE_minix-btc-relayer"))
		.args(["--suri", "//Alice", "--file", "/nonexistent/headers.json"])
		.output()
		.expect("run minix-btc-relayer");
	assert!(!out.status.success());
	assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/headers.json"));
}

#[test]
fn malformed_headers_files_are_refused_with_the_reason() {
	let cases = [
		("not-array", r#"{"height": 1}"#.to_string(), "JSON array"),
		("short", r#"[[1, "00ff"]]"#.to_string(), "header 1 is 2 bytes, not 80"),
		("not-hex", format!(r#"[[1, "{}"]]"#, "zz".repeat(80)), "header 1 is not hex"),
		(
			"gap",
			format!(r#"[[1, "{}"], [3, "{}"]]"#, header_hex(1), header_hex(2)),
			"heights are not consecutive at 3",
		),
	];
	for (name, json, reason) in cases {
		let (ok, stderr) = relay(name, &json);
		assert!(!ok, "{name}: must fail");
		assert!(stderr.contains(reason), "{name}: {stderr}");
	}
}
