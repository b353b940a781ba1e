//! Signing a MiniX transaction with t of the n key shares (RFC 9591, two rounds).
//!
//! 1. A coordinator writes a [`SigningRequest`] (see `chain::propose`): the call, the signed
//!    extensions and the exact payload, with the call decoded for humans.
//! 2. Each chosen signer runs [`commit`]: fresh nonces (sealed, used once) and a public
//!    [`Commitment`].
//! 3. With t commitments in hand, each signer runs [`sign`]: its [`Share`].
//! 4. The coordinator runs [`aggregate`]: one Ed25519 signature, verified with `sp_core` before it
//!    is used; a bad share is reported by participant number (FROST's identifiable abort).
//!
//! The signature is an ordinary Ed25519 signature of the group's key: [`extrinsic`] places it in a
//! signed v4 extrinsic as `MultiSignature::Ed25519`, which MiniX accepts like any other.

use crate::{
	dkg::{identifier, Group, KeyShare, ParticipantId},
	Error, Result,
};
use codec::{Compact, Encode};
use frost_ed25519::{
	round1::{self, SigningCommitments, SigningNonces},
	round2::{self, SignatureShare},
	SigningPackage,
};
use rand_core::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sp_core::{ed25519, Pair as _};
use sp_crypto_hashing::blake2_256;
use std::collections::{BTreeMap, BTreeSet};

/// The request format's name.
pub const REQUEST_FORMAT: &str = "minix-threshold-request-v1";

/// A call decoded with the chain's metadata, for the signers to read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSummary {
	/// The pallet's name, e.g. `Balances`.
	pub pallet: String,
	/// The call's name, e.g. `transfer_keep_alive`.
	pub call: String,
	/// Each argument, `name: value`.
	pub args: Vec<String>,
}

impl core::fmt::Display for CallSummary {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "{}.{}({})", self.pallet, self.call, self.args.join(", "))
	}
}

/// Everything a signer needs to know about one transaction of the group account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningRequest {
	/// [`REQUEST_FORMAT`].
	pub format: String,
	/// The chain's genesis hash, hex (also inside `implicit`, so also signed).
	pub genesis_hash: String,
	/// The runtime's spec version (signed).
	pub spec_version: u32,
	/// The runtime's transaction version (signed).
	pub transaction_version: u32,
	/// The group's address (the transaction's sender).
	pub address: String,
	/// The group's public key, hex.
	pub public_key: String,
	/// The sender's nonce.
	pub nonce: u64,
	/// The tip, in base units.
	pub tip: u128,
	/// `immortal` or `mortal for N blocks from block B`.
	pub lifetime: String,
	/// The call, decoded.
	pub summary: CallSummary,
	/// The SCALE-encoded call, hex.
	pub call: String,
	/// The transaction extensions' explicit data, hex (in the extrinsic and in the payload).
	pub extra: String,
	/// The extensions' implicit data, hex (spec and transaction version, genesis hash, the
	/// mortality checkpoint, the metadata hash: signed, never sent).
	pub implicit: String,
	/// What is signed: `call ++ extra ++ implicit`, or its BLAKE2-256 when longer than 256 bytes.
	pub payload: String,
}

fn unhex(what: &str, value: &str) -> Result<Vec<u8>> {
	hex::decode(value.trim_start_matches("0x"))
		.map_err(|_| Error::Request(format!("{what} is not hex")))
}

impl SigningRequest {
	/// The payload a signer computes itself from the call and the extensions.
	pub fn expected_payload(&self) -> Result<Vec<u8>> {
		let mut bytes = unhex("call", &self.call)?;
		bytes.extend(unhex("extra", &self.extra)?);
		bytes.extend(unhex("implicit", &self.implicit)?);
		Ok(if bytes.len() > 256 { blake2_256(&bytes).to_vec() } else { bytes })
	}

	/// The payload as stored.
	pub fn payload_bytes(&self) -> Result<Vec<u8>> {
		unhex("payload", &self.payload)
	}

	/// Refuses a request whose payload is not its call and extensions, or whose signed
	/// versions and genesis hash are not the ones it shows.
	pub fn validate(&self) -> Result<()> {
		if self.format != REQUEST_FORMAT {
			return Err(Error::Request(format!("not a {REQUEST_FORMAT} file")));
		}
		if self.payload_bytes()? != self.expected_payload()? {
			return Err(Error::Request(
				"the payload is not the call and extensions the request shows".into(),
			));
		}
		// MiniX's implicit data starts with CheckSpecVersion, CheckTxVersion and CheckGenesis.
		let mut head = self.spec_version.encode();
		head.extend(self.transaction_version.encode());
		head.extend(unhex("genesis hash", &self.genesis_hash)?);
		if !unhex("implicit", &self.implicit)?.starts_with(&head) {
			return Err(Error::Request(
				"the signed spec version, transaction version or genesis hash differ from the \
				 ones the request shows"
					.into(),
			));
		}
		if unhex("public key", &self.public_key)?.len() != 32 {
			return Err(Error::Request("the public key is not 32 bytes".into()));
		}
		Ok(())
	}

	/// The request's id: BLAKE2-256 of its payload, hex. Commitments, shares and nonces carry it.
	pub fn id(&self) -> Result<String> {
		Ok(hex::encode(blake2_256(&self.payload_bytes()?)))
	}
}

/// A signer's round-1 output for one request (public).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
	/// The request's id.
	pub request: String,
	/// The signer.
	pub from: ParticipantId,
	/// FROST's hiding and binding nonce commitments.
	pub commitments: SigningCommitments,
}

/// A signer's round-2 output (public).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
	/// The request's id.
	pub request: String,
	/// The signer.
	pub from: ParticipantId,
	/// FROST's signature share.
	pub share: SignatureShare,
}

/// A signer's secret nonces for one request: sealed at rest, deleted once used.
#[derive(Serialize, Deserialize)]
pub struct Nonces {
	/// The request's id: the nonces sign nothing else.
	pub request: String,
	/// The signer.
	pub participant: ParticipantId,
	nonces: SigningNonces,
}

/// The label of a signer's sealed nonces for a request.
pub fn nonces_label(request_id: &str, participant: ParticipantId) -> String {
	format!("signing nonces of participant {participant} for request {request_id}")
}

fn check_group(key: &KeyShare, request: &SigningRequest) -> Result<()> {
	request.validate()?;
	if request.public_key.trim_start_matches("0x") != key.group.public_key {
		return Err(Error::Request(format!(
			"the request is for account {}, not this group's {}",
			request.address, key.group.address
		)));
	}
	Ok(())
}

/// Round 1: fresh nonces and their commitments for `request`.
pub fn commit<R: RngCore + CryptoRng>(
	key: &KeyShare,
	request: &SigningRequest,
	rng: &mut R,
) -> Result<(Nonces, Commitment)> {
	check_group(key, request)?;
	let (nonces, commitments) = round1::commit(key.key_package.signing_share(), rng);
	let id = request.id()?;
	Ok((
		Nonces { request: id.clone(), participant: key.participant, nonces },
		Commitment { request: id, from: key.participant, commitments },
	))
}

/// The FROST signing package of `request` with these commitments (deduplicated and checked).
pub fn signing_package(
	group: &Group,
	request: &SigningRequest,
	commitments: &[Commitment],
) -> Result<SigningPackage> {
	let id = request.id()?;
	let mut chosen = BTreeMap::new();
	for c in commitments {
		if c.request != id {
			return Err(Error::Request(format!(
				"participant {}'s commitment is for another request",
				c.from
			)));
		}
		if c.from == 0 || c.from > group.participants {
			return Err(Error::Request(format!("a commitment claims participant {}", c.from)));
		}
		if chosen.insert(identifier(c.from)?, c.commitments).is_some() {
			return Err(Error::Request(format!("two commitments from participant {}", c.from)));
		}
	}
	if chosen.len() < group.threshold as usize {
		return Err(Error::Request(format!(
			"{} commitments, but this group needs {} signers",
			chosen.len(),
			group.threshold
		)));
	}
	Ok(SigningPackage::new(chosen, &request.payload_bytes()?))
}

/// Round 2: this signer's share. The nonces must be the ones `commit` gave for this request,
/// and this signer's commitment must be among `commitments` unchanged.
pub fn sign(
	key: &KeyShare,
	request: &SigningRequest,
	nonces: &Nonces,
	commitments: &[Commitment],
) -> Result<Share> {
	check_group(key, request)?;
	let id = request.id()?;
	if nonces.request != id || nonces.participant != key.participant {
		return Err(Error::Request("these nonces were made for another request or signer".into()));
	}
	let package = signing_package(&key.group, request, commitments)?;
	match package.signing_commitments().get(&identifier(key.participant)?) {
		Some(c) if c == nonces.nonces.commitments() => {},
		Some(_) => return Err(Error::Request("our commitment was replaced".into())),
		None => return Err(Error::Request("our commitment is not among the chosen ones".into())),
	}
	let share = round2::sign(&package, &nonces.nonces, &key.key_package)?;
	Ok(Share { request: id, from: key.participant, share })
}

/// Aggregates the shares into one Ed25519 signature and verifies it; a share that does not verify
/// is reported as [`Error::InvalidShares`] with its participant's number.
pub fn aggregate(
	group: &Group,
	request: &SigningRequest,
	commitments: &[Commitment],
	shares: &[Share],
) -> Result<[u8; 64]> {
	request.validate()?;
	if request.public_key.trim_start_matches("0x") != group.public_key {
		return Err(Error::Request("the request is for another account".into()));
	}
	let package = signing_package(group, request, commitments)?;
	let id = request.id()?;
	let mut by_signer = BTreeMap::new();
	for s in shares {
		if s.request != id {
			return Err(Error::Request(format!(
				"participant {}'s share is for another request",
				s.from
			)));
		}
		let who = identifier(s.from)?;
		if !package.signing_commitments().contains_key(&who) {
			return Err(Error::Request(format!(
				"participant {} shared without a commitment",
				s.from
			)));
		}
		if by_signer.insert(who, s.share).is_some() {
			return Err(Error::Request(format!("two shares from participant {}", s.from)));
		}
	}
	let missing: BTreeSet<_> = package
		.signing_commitments()
		.keys()
		.filter(|i| !by_signer.contains_key(*i))
		.filter_map(|i| group.participant_of(i))
		.collect();
	if !missing.is_empty() {
		return Err(Error::Request(format!("no share yet from participants {missing:?}")));
	}
	let signature = frost_ed25519::aggregate(&package, &by_signer, &group.public_key_package)
		.map_err(|e| match e {
			frost_ed25519::Error::InvalidSignatureShare { ref culprits } => Error::InvalidShares(
				culprits.iter().filter_map(|c| group.participant_of(c)).collect(),
			),
			other => other.into(),
		})?;
	let bytes: [u8; 64] = signature
		.serialize()?
		.try_into()
		.map_err(|_| Error::Request("the signature is not 64 bytes".into()))?;
	let public = ed25519::Public::from_raw(group.public_key_bytes()?);
	if !ed25519::Pair::verify(
		&ed25519::Signature::from_raw(bytes),
		request.payload_bytes()?,
		&public,
	) {
		return Err(Error::Request("the aggregated signature does not verify".into()));
	}
	Ok(bytes)
}

/// The signed v4 extrinsic: `MultiAddress::Id(group)`, `MultiSignature::Ed25519(signature)`, the
/// extensions' explicit data and the call, length-prefixed.
pub fn extrinsic(request: &SigningRequest, signature: &[u8; 64]) -> Result<Vec<u8>> {
	let mut inner = vec![0b1000_0000 | 4u8, 0u8];
	inner.extend(unhex("public key", &request.public_key)?);
	inner.push(0u8);
	inner.extend_from_slice(signature);
	inner.extend(unhex("extra", &request.extra)?);
	inner.extend(unhex("call", &request.call)?);
	let mut encoded = Compact(inner.len() as u32).encode();
	encoded.extend(inner);
	Ok(encoded)
}
