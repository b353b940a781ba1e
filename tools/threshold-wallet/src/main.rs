//! `minix-threshold`: the command line of the FROST threshold wallet (see `docs/threshold-wallet.md`).
//!
//! Secrets are sealed under the password in `MINIX_THRESHOLD_PASSWORD`, or the first line of
//! `--password-file`, or one typed at the prompt. Exit codes: 0 done, 1 refused or failed,
//! 3 a participant's signature share is invalid (FROST's identifiable abort; the participants are
//! named on stderr).

use clap::{Parser, Subcommand};
use minix_threshold::{
	chain, dkg,
	signing::{self, Commitment, Nonces, Share, SigningRequest},
	vault::{self, Sealed},
	Error, Result,
};
use rand_core::OsRng;
use serde::{de::DeserializeOwned, Serialize};
use std::{
	io::{Read, Write},
	path::{Path, PathBuf},
	process::ExitCode,
};
use zeroize::Zeroizing;

#[derive(Parser)]
#[command(
	name = "minix-threshold",
	version,
	about = "FROST(Ed25519) threshold wallet for MiniX: t-of-n accounts that sign once"
)]
struct Cli {
	/// A file whose first line is the password of this participant's sealed files.
	#[arg(long, global = true)]
	password_file: Option<PathBuf>,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Distributed key generation, three steps per participant.
	#[command(subcommand)]
	Dkg(DkgCommand),
	/// Prints the group's SS58 address and public key.
	Address {
		/// The group file `dkg finish` wrote.
		#[arg(long)]
		group: PathBuf,
	},
	/// Coordinator: builds a signing request for any call of the group account.
	Propose {
		/// The node's RPC URL.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
		/// The group file.
		#[arg(long)]
		group: PathBuf,
		/// `Pallet.call`, e.g. `Balances.transfer_keep_alive`.
		#[arg(long)]
		call: String,
		/// The arguments as a SCALE value, e.g. `(Id(5Grw…), 10000000000)`.
		#[arg(long, default_value = "")]
		args: String,
		/// Tip in base units.
		#[arg(long, default_value_t = 0)]
		tip: u128,
		/// Valid for this many blocks (a power of two, 4..=65536); 0 makes it immortal.
		#[arg(long, default_value_t = 256)]
		mortal: u64,
		/// Use this nonce instead of the account's next one.
		#[arg(long)]
		nonce: Option<u64>,
		/// Where to write the request (`-`: stdout).
		#[arg(long, default_value = "-")]
		out: String,
	},
	/// Shows what a request signs; with `--url`, also checks it against that node's metadata.
	Show {
		/// The request.
		#[arg(long)]
		request: String,
		/// A node to decode the call with.
		#[arg(long)]
		url: Option<String>,
	},
	/// Signer, round 1: fresh nonces (sealed into `--nonces`) and a public commitment.
	Commit {
		/// This participant's sealed key share.
		#[arg(long)]
		share: PathBuf,
		/// The request.
		#[arg(long)]
		request: String,
		/// Where to keep the sealed nonces until `sign` (must not exist).
		#[arg(long)]
		nonces: PathBuf,
		/// Where to write the commitment (`-`: stdout).
		#[arg(long, default_value = "-")]
		out: String,
	},
	/// Signer, round 2: the signature share, given the chosen signers' commitments. Deletes the
	/// nonces: a nonce used twice would reveal the key share.
	Sign {
		/// This participant's sealed key share.
		#[arg(long)]
		share: PathBuf,
		/// The request.
		#[arg(long)]
		request: String,
		/// The sealed nonces `commit` wrote.
		#[arg(long)]
		nonces: PathBuf,
		/// The chosen signers' commitments (this one's included).
		#[arg(long = "commitment", required = true, num_args = 1..)]
		commitments: Vec<String>,
		/// Where to write the signature share (`-`: stdout).
		#[arg(long, default_value = "-")]
		out: String,
	},
	/// Coordinator: aggregates the shares into one signature, verifies it and submits the
	/// transaction; prints the block, the extrinsic hash and the fee.
	Submit {
		/// The node's RPC URL.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
		/// The group file.
		#[arg(long)]
		group: PathBuf,
		/// The request.
		#[arg(long)]
		request: String,
		/// The chosen signers' commitments.
		#[arg(long = "commitment", required = true, num_args = 1..)]
		commitments: Vec<String>,
		/// Their signature shares.
		#[arg(long = "signature-share", required = true, num_args = 1..)]
		shares: Vec<String>,
	},
}

#[derive(Subcommand)]
enum DkgCommand {
	/// Round 1: writes the sealed state and the message to broadcast to everyone.
	Round1 {
		/// The ceremony's name, the same for everyone (1-64 characters).
		#[arg(long)]
		ceremony: String,
		/// This participant's number, 1..=n.
		#[arg(long)]
		participant: u16,
		/// n: how many participants.
		#[arg(long)]
		participants: u16,
		/// t: how many must sign together (2..=n).
		#[arg(long)]
		threshold: u16,
		/// Where to keep the sealed state (must not exist).
		#[arg(long)]
		state: PathBuf,
		/// Where to write the round-1 message (`-`: stdout).
		#[arg(long, default_value = "-")]
		out: String,
	},
	/// Round 2: reads everyone else's round-1 messages, writes the encrypted shares to send.
	Round2 {
		/// The sealed state of round 1 (replaced by round 2's).
		#[arg(long)]
		state: PathBuf,
		/// The other participants' round-1 messages (files holding one message or a list).
		#[arg(long = "round1", required = true, num_args = 1..)]
		round1: Vec<String>,
		/// Where to write the round-2 messages, a list (`-`: stdout); they are encrypted, so they
		/// can be broadcast.
		#[arg(long, default_value = "-")]
		out: String,
	},
	/// Finish: reads the round-2 messages (those for others are skipped), writes the sealed key
	/// share and the public group file, and deletes the state.
	Finish {
		/// The sealed state of round 2.
		#[arg(long)]
		state: PathBuf,
		/// Round-2 messages (files holding one message or a list).
		#[arg(long = "round2", required = true, num_args = 1..)]
		round2: Vec<String>,
		/// Where to write the sealed key share (must not exist).
		#[arg(long)]
		share: PathBuf,
		/// Where to write the group file.
		#[arg(long)]
		group: PathBuf,
	},
}

fn io_error(path: &str, e: std::io::Error) -> Error {
	Error::Sealed(format!("{path}: {e}"))
}

fn read_text(path: &str) -> Result<String> {
	if path == "-" {
		let mut text = String::new();
		std::io::stdin().read_to_string(&mut text).map_err(|e| io_error(path, e))?;
		Ok(text)
	} else {
		std::fs::read_to_string(path).map_err(|e| io_error(path, e))
	}
}

fn read_json<T: DeserializeOwned>(path: &str) -> Result<T> {
	serde_json::from_str(&read_text(path)?)
		.map_err(|e| Error::Request(format!("{path} is not what was expected: {e}")))
}

/// Messages from files that hold one message or a list of them.
fn read_many<T: DeserializeOwned>(paths: &[String]) -> Result<Vec<T>> {
	let mut all = Vec::new();
	for path in paths {
		let value: serde_json::Value = read_json(path)?;
		match value {
			serde_json::Value::Array(items) => {
				for item in items {
					all.push(serde_json::from_value(item)?);
				}
			},
			one => all.push(serde_json::from_value(one)?),
		}
	}
	Ok(all)
}

fn write_json<T: Serialize>(path: &str, value: &T) -> Result<()> {
	let text = serde_json::to_string_pretty(value)? + "\n";
	if path == "-" {
		std::io::stdout().write_all(text.as_bytes()).map_err(|e| io_error(path, e))
	} else {
		std::fs::write(path, text).map_err(|e| io_error(path, e))
	}
}

/// Writes a sealed file that must not exist yet (owner-only permissions).
fn write_new_sealed(path: &Path, sealed: &Sealed) -> Result<()> {
	use std::os::unix::fs::OpenOptionsExt;
	let shown = path.display().to_string();
	let mut file = std::fs::OpenOptions::new()
		.write(true)
		.create_new(true)
		.mode(0o600)
		.open(path)
		.map_err(|e| io_error(&shown, e))?;
	file.write_all(serde_json::to_string_pretty(sealed)?.as_bytes())
		.map_err(|e| io_error(&shown, e))
}

fn replace_sealed(path: &Path, sealed: &Sealed) -> Result<()> {
	let tmp = path.with_extension("new");
	let _ = std::fs::remove_file(&tmp);
	write_new_sealed(&tmp, sealed)?;
	std::fs::rename(&tmp, path).map_err(|e| io_error(&path.display().to_string(), e))
}

fn password(file: &Option<PathBuf>) -> Result<Zeroizing<String>> {
	if let Ok(p) = std::env::var("MINIX_THRESHOLD_PASSWORD") {
		return Ok(Zeroizing::new(p));
	}
	if let Some(path) = file {
		let text = Zeroizing::new(
			std::fs::read_to_string(path).map_err(|e| io_error(&path.display().to_string(), e))?,
		);
		return Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()));
	}
	rpassword::prompt_password("password: ")
		.map(Zeroizing::new)
		.map_err(|e| Error::Sealed(format!("cannot read a password: {e}")))
}

fn open_share(path: &Path, password: &[u8]) -> Result<dkg::KeyShare> {
	let sealed: Sealed = read_json(&path.display().to_string())?;
	let share: dkg::KeyShare = vault::open_json(&sealed, &sealed.label.clone(), password)?;
	if sealed.label != dkg::label("key share", &share.group.ceremony, share.participant) {
		return Err(Error::Sealed("the key share's label does not match its contents".into()));
	}
	Ok(share)
}

fn describe(request: &SigningRequest) -> String {
	format!(
		"account {}\ncall    {}\nnonce   {}, tip {}, {}\nchain   genesis 0x{}, spec {}, transaction version {}\nrequest {}",
		request.address,
		request.summary,
		request.nonce,
		request.tip,
		request.lifetime,
		request.genesis_hash,
		request.spec_version,
		request.transaction_version,
		request.id().unwrap_or_default()
	)
}

async fn run(cli: Cli) -> Result<()> {
	let pw = || password(&cli.password_file);
	match cli.command {
		Command::Dkg(DkgCommand::Round1 {
			ceremony,
			participant,
			participants,
			threshold,
			state,
			out,
		}) => {
			let password = pw()?;
			let (state_value, message) =
				dkg::round1(&ceremony, participant, participants, threshold, &mut OsRng)?;
			let label = dkg::label("DKG round-1 state", &ceremony, participant);
			write_new_sealed(
				&state,
				&vault::seal_json(&label, &state_value, password.as_bytes())?,
			)?;
			write_json(&out, &message)
		},
		Command::Dkg(DkgCommand::Round2 { state, round1, out }) => {
			let password = pw()?;
			let sealed: Sealed = read_json(&state.display().to_string())?;
			let current: dkg::Round1State =
				vault::open_json(&sealed, &sealed.label, password.as_bytes())?;
			let me = current.message.clone();
			if sealed.label != dkg::label("DKG round-1 state", &me.ceremony, me.from) {
				return Err(Error::Sealed("this is not a round-1 state".into()));
			}
			let others: Vec<dkg::Round1Message> = read_many::<dkg::Round1Message>(&round1)?
				.into_iter()
				.filter(|m| m.from != me.from)
				.collect();
			let transcript = dkg::transcript(others.iter().chain([&me]))?;
			let (next, messages) = dkg::round2(current, &others, &mut OsRng)?;
			let label = dkg::label("DKG round-2 state", &me.ceremony, me.from);
			replace_sealed(&state, &vault::seal_json(&label, &next, password.as_bytes())?)?;
			eprintln!("round-1 transcript {transcript}: every participant must see the same");
			write_json(&out, &messages)
		},
		Command::Dkg(DkgCommand::Finish { state, round2, share, group }) => {
			let password = pw()?;
			let sealed: Sealed = read_json(&state.display().to_string())?;
			let current: dkg::Round2State =
				vault::open_json(&sealed, &sealed.label, password.as_bytes())?;
			let me = current.message.clone();
			if sealed.label != dkg::label("DKG round-2 state", &me.ceremony, me.from) {
				return Err(Error::Sealed("this is not a round-2 state".into()));
			}
			let mine: Vec<dkg::Round2Message> = read_many::<dkg::Round2Message>(&round2)?
				.into_iter()
				.filter(|m| m.to == me.from)
				.collect();
			let key = dkg::finish(current, &mine)?;
			let label = dkg::label("key share", &me.ceremony, me.from);
			write_new_sealed(&share, &vault::seal_json(&label, &key, password.as_bytes())?)?;
			write_json(&group.display().to_string(), &key.group)?;
			std::fs::remove_file(&state).map_err(|e| io_error(&state.display().to_string(), e))?;
			println!("{}", key.group.address);
			Ok(())
		},
		Command::Address { group } => {
			let group: dkg::Group = read_json(&group.display().to_string())?;
			println!("{}\n0x{}", group.address, group.public_key);
			Ok(())
		},
		Command::Propose { url, group, call, args, tip, mortal, nonce, out } => {
			let group: dkg::Group = read_json(&group.display().to_string())?;
			let (pallet, call) = call
				.split_once('.')
				.ok_or_else(|| Error::Request("--call is `Pallet.call`".into()))?;
			let client = chain::connect(&url).await?;
			let proposal = chain::Proposal {
				pallet,
				call,
				args: &args,
				tip,
				mortal_for: (mortal > 0).then_some(mortal),
				nonce,
			};
			let request = chain::propose(&client, &group, &proposal).await?;
			eprintln!("{}", describe(&request));
			write_json(&out, &request)
		},
		Command::Show { request, url } => {
			let request: SigningRequest = read_json(&request)?;
			request.validate()?;
			if let Some(url) = url {
				chain::check_against(&chain::connect(&url).await?, &request)?;
				println!("checked against {url}: the call decodes as shown");
			}
			println!("{}", describe(&request));
			Ok(())
		},
		Command::Commit { share, request, nonces, out } => {
			let password = pw()?;
			let key = open_share(&share, password.as_bytes())?;
			let request: SigningRequest = read_json(&request)?;
			eprintln!(
				"signing as participant {} of {}:\n{}",
				key.participant,
				key.group.address,
				describe(&request)
			);
			let (secret, commitment) = signing::commit(&key, &request, &mut OsRng)?;
			let label = signing::nonces_label(&secret.request, key.participant);
			write_new_sealed(&nonces, &vault::seal_json(&label, &secret, password.as_bytes())?)?;
			write_json(&out, &commitment)
		},
		Command::Sign { share, request, nonces, commitments, out } => {
			let password = pw()?;
			let key = open_share(&share, password.as_bytes())?;
			let request: SigningRequest = read_json(&request)?;
			let commitments: Vec<Commitment> = read_many(&commitments)?;
			let sealed: Sealed = read_json(&nonces.display().to_string())?;
			let label = signing::nonces_label(&request.id()?, key.participant);
			let secret: Nonces = vault::open_json(&sealed, &label, password.as_bytes())?;
			// Used once: gone before the share leaves, whatever happens next.
			std::fs::remove_file(&nonces)
				.map_err(|e| io_error(&nonces.display().to_string(), e))?;
			let share = signing::sign(&key, &request, &secret, &commitments)?;
			write_json(&out, &share)
		},
		Command::Submit { url, group, request, commitments, shares } => {
			let group: dkg::Group = read_json(&group.display().to_string())?;
			let request: SigningRequest = read_json(&request)?;
			let commitments: Vec<Commitment> = read_many(&commitments)?;
			let shares: Vec<Share> = read_many(&shares)?;
			let signature = signing::aggregate(&group, &request, &commitments, &shares)?;
			let client = chain::connect(&url).await?;
			let submitted = chain::submit(&client, &request, &signature).await?;
			write_json("-", &submitted)?;
			match submitted.error {
				None => Ok(()),
				Some(e) => Err(Error::Chain(format!("included, but the call failed: {e}"))),
			}
		},
	}
}

#[tokio::main]
async fn main() -> ExitCode {
	match run(Cli::parse()).await {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("error: {e}");
			match e {
				Error::InvalidShares(_) => ExitCode::from(3),
				_ => ExitCode::FAILURE,
			}
		},
	}
}
