//! The command line's key generation through files, as a group would run it: every participant
//! ends with the same group file, shares are sealed, and a wrong password opens nothing.

use std::{path::Path, process::Command};

fn run(dir: &Path, password: &str, args: &[&str]) -> std::process::Output {
	Command::new(env!("CARGO_BIN_EXE_minix-threshold"))
		.current_dir(dir)
		.env("MINIX_THRESHOLD_PASSWORD", password)
		.args(args)
		.output()
		.expect("minix-threshold runs")
}

fn ok(out: std::process::Output) -> String {
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_two_of_three_ceremony_through_files() {
	let dir = std::env::temp_dir().join(format!("minix-threshold-cli-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	std::fs::create_dir_all(&dir).unwrap();
	let pw = |i: u16| format!("password of participant {i}");
	for i in 1..=3u16 {
		let (id, state, out) =
			(i.to_string(), format!("state-{i}.json"), format!("round1-{i}.json"));
		ok(run(
			&dir,
			&pw(i),
			&[
				"dkg",
				"round1",
				"--ceremony",
				"cli",
				"--participant",
				&id,
				"--participants",
				"3",
				"--threshold",
				"2",
				"--state",
				&state,
				"--out",
				&out,
			],
		));
	}
	// A second round 1 into the same state file is refused (the state is never overwritten).
	let again = run(
		&dir,
		&pw(1),
		&[
			"dkg",
			"round1",
			"--ceremony",
			"cli",
			"--participant",
			"1",
			"--participants",
			"3",
			"--threshold",
			"2",
			"--state",
			"state-1.json",
		],
	);
	assert!(!again.status.success());
	for i in 1..=3u16 {
		let (state, out) = (format!("state-{i}.json"), format!("round2-{i}.json"));
		ok(run(
			&dir,
			&pw(i),
			&[
				"dkg",
				"round2",
				"--state",
				&state,
				"--round1",
				"round1-1.json",
				"round1-2.json",
				"round1-3.json",
				"--out",
				&out,
			],
		));
	}
	// Participant 2's password does not open participant 1's state.
	let wrong = run(
		&dir,
		&pw(2),
		&[
			"dkg",
			"finish",
			"--state",
			"state-1.json",
			"--round2",
			"round2-2.json",
			"round2-3.json",
			"--share",
			"share-1.json",
			"--group",
			"group-1.json",
		],
	);
	assert!(!wrong.status.success());
	assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong password"));
	let mut addresses = Vec::new();
	for i in 1..=3u16 {
		let (state, share, group) =
			(format!("state-{i}.json"), format!("share-{i}.json"), format!("group-{i}.json"));
		addresses.push(ok(run(
			&dir,
			&pw(i),
			&[
				"dkg",
				"finish",
				"--state",
				&state,
				"--round2",
				"round2-1.json",
				"round2-2.json",
				"round2-3.json",
				"--share",
				&share,
				"--group",
				&group,
			],
		)));
		assert!(!dir.join(&state).exists(), "the DKG state is deleted at the end");
	}
	assert!(addresses.iter().all(|a| a == &addresses[0]));
	let groups: Vec<String> = (1..=3)
		.map(|i| std::fs::read_to_string(dir.join(format!("group-{i}.json"))).unwrap())
		.collect();
	assert!(groups.iter().all(|g| g == &groups[0]), "every participant has the same group file");
	let shown = ok(run(&dir, "", &["address", "--group", "group-1.json"]));
	assert_eq!(shown.lines().next().unwrap(), addresses[0].trim());
	// The sealed share names what it is and holds no readable key material.
	let share: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(dir.join("share-1.json")).unwrap()).unwrap();
	assert_eq!(share["label"], "key share of participant 1 in ceremony cli");
	assert_eq!(share["kdf"]["algorithm"], "argon2id");
	assert!(!share.to_string().contains("signing_share"));
	let _ = std::fs::remove_dir_all(&dir);
}
