//! Distributed key generation (RFC 9591 with the FROST paper's Pedersen DKG, as `frost-ed25519`
//! implements it): n participants, threshold t, no trusted dealer; nobody ever holds the group
//! key.
//!
//! Three steps per participant, each a pure function from messages to messages, so any transport
//! works (files, a chat, a shared folder):
//! 1. [`round1`]: broadcast a [`Round1Message`] (commitments, a proof of knowledge and a fresh
//!    X25519 key); keep the [`Round1State`] sealed.
//! 2. [`round2`]: given everyone else's round-1 messages, send each participant j one
//!    [`Round2Message`]: j's secret share, encrypted to j (X25519 + XChaCha20-Poly1305, so a
//!    public channel is enough) and authenticated by the two round-1 keys.
//! 3. [`finish`]: given the round-2 messages addressed to us, derive our [`KeyShare`] and the
//!    public [`Group`].
//!
//! Round-1 messages must reach everyone unchanged (a broadcast): [`transcript`] hashes them, and
//! every participant's `Group` records it, so comparing the group files (or just the addresses)
//! shows whether everyone saw the same ceremony.

use crate::{account_address, Error, Result};
use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	XChaCha20Poly1305, XNonce,
};
use frost_ed25519::{
	keys::{dkg, KeyPackage, PublicKeyPackage},
	Identifier,
};
use rand_core::{CryptoRng, OsRng, RngCore};
use serde::{Deserialize, Serialize};
use sp_crypto_hashing::blake2_256;
use std::collections::BTreeMap;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

/// A participant's number in the group, 1..=n (FROST's identifier).
pub type ParticipantId = u16;

/// FROST's identifier of participant `id`.
pub fn identifier(id: ParticipantId) -> Result<Identifier> {
	Identifier::try_from(id).map_err(|_| Error::Ceremony(format!("participant {id} is not 1..=n")))
}

/// What participant `from` broadcasts in round 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round1Message {
	/// The ceremony's name, chosen by the group; every message carries it.
	pub ceremony: String,
	/// The sender.
	pub from: ParticipantId,
	/// n.
	pub participants: u16,
	/// t.
	pub threshold: u16,
	/// FROST's round-1 package: commitments to the sender's polynomial and a proof of knowledge.
	pub package: dkg::round1::Package,
	/// The sender's X25519 public key for this ceremony's round-2 messages, hex.
	pub encryption_key: String,
}

/// A secret share from `from` to `to`, encrypted to `to`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round2Message {
	/// The ceremony's name.
	pub ceremony: String,
	/// The sender.
	pub from: ParticipantId,
	/// The only participant that can read it.
	pub to: ParticipantId,
	/// XChaCha20-Poly1305 nonce, hex.
	pub nonce: String,
	/// The encrypted FROST round-2 package, hex.
	pub ciphertext: String,
}

/// What a participant keeps (sealed) between round 1 and round 2.
#[derive(Serialize, Deserialize)]
pub struct Round1State {
	/// Our own round-1 message.
	pub message: Round1Message,
	secret: dkg::round1::SecretPackage,
	encryption_secret: Zeroizing<[u8; 32]>,
}

/// What a participant keeps (sealed) between round 2 and the end.
#[derive(Serialize, Deserialize)]
pub struct Round2State {
	/// Our own round-1 message.
	pub message: Round1Message,
	/// Everyone else's round-1 messages, by sender.
	pub others: BTreeMap<ParticipantId, Round1Message>,
	secret: dkg::round2::SecretPackage,
	encryption_secret: Zeroizing<[u8; 32]>,
}

/// The group's public description: identical for every participant of a sound ceremony.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
	/// The ceremony's name.
	pub ceremony: String,
	/// n.
	pub participants: u16,
	/// t: how many participants sign together.
	pub threshold: u16,
	/// The group's Ed25519 public key, hex: the account's public key.
	pub public_key: String,
	/// The account's SS58 address (MiniX prefix).
	pub address: String,
	/// [`transcript`] of the round-1 messages everyone used.
	pub transcript: String,
	/// Every participant's verifying share, for checking signature shares.
	pub public_key_package: PublicKeyPackage,
}

/// A participant's long-lived secret: its FROST key package and the group (sealed at rest).
#[derive(Clone, Serialize, Deserialize)]
pub struct KeyShare {
	/// Which participant this is.
	pub participant: ParticipantId,
	/// The group it belongs to.
	pub group: Group,
	/// FROST's key package (the secret signing share and the group key).
	pub key_package: KeyPackage,
}

impl Group {
	/// The group's Ed25519 public key.
	pub fn public_key_bytes(&self) -> Result<[u8; 32]> {
		hex::decode(&self.public_key)
			.ok()
			.and_then(|b| b.try_into().ok())
			.ok_or_else(|| Error::Ceremony("the group's public key is not 32 bytes of hex".into()))
	}

	/// The participant whose FROST identifier is `identifier`.
	pub fn participant_of(&self, identifier: &Identifier) -> Option<ParticipantId> {
		(1..=self.participants).find(|i| Identifier::try_from(*i).ok().as_ref() == Some(identifier))
	}
}

/// The label a participant's sealed state or share carries.
pub fn label(kind: &str, ceremony: &str, id: ParticipantId) -> String {
	format!("{kind} of participant {id} in ceremony {ceremony}")
}

/// Round 1 for participant `id` of an n-participant, threshold-t ceremony.
pub fn round1<R: RngCore + CryptoRng>(
	ceremony: &str,
	id: ParticipantId,
	participants: u16,
	threshold: u16,
	rng: &mut R,
) -> Result<(Round1State, Round1Message)> {
	if ceremony.is_empty() || ceremony.len() > 64 {
		return Err(Error::Ceremony("the ceremony name must be 1 to 64 characters".into()));
	}
	if threshold < 2 || threshold > participants {
		return Err(Error::Ceremony(format!(
			"the threshold must be 2..=n (got t = {threshold}, n = {participants})"
		)));
	}
	if id == 0 || id > participants {
		return Err(Error::Ceremony(format!("participant {id} is not in 1..={participants}")));
	}
	let (secret, package) = dkg::part1(identifier(id)?, participants, threshold, &mut *rng)?;
	let encryption_secret = StaticSecret::random_from_rng(&mut *rng);
	let message = Round1Message {
		ceremony: ceremony.into(),
		from: id,
		participants,
		threshold,
		package,
		encryption_key: hex::encode(PublicKey::from(&encryption_secret).as_bytes()),
	};
	let state = Round1State {
		message: message.clone(),
		secret,
		encryption_secret: Zeroizing::new(encryption_secret.to_bytes()),
	};
	Ok((state, message))
}

/// The hash of a ceremony's round-1 messages (ours and the others'), hex.
pub fn transcript<'a>(messages: impl IntoIterator<Item = &'a Round1Message>) -> Result<String> {
	let sorted: BTreeMap<_, _> = messages.into_iter().map(|m| (m.from, m)).collect();
	Ok(hex::encode(blake2_256(&serde_json::to_vec(&sorted)?)))
}

fn encryption_key(encryption_key: &str) -> Result<PublicKey> {
	let bytes: [u8; 32] = hex::decode(encryption_key)
		.ok()
		.and_then(|b| b.try_into().ok())
		.ok_or_else(|| Error::Ceremony("an encryption key is not 32 bytes of hex".into()))?;
	Ok(PublicKey::from(bytes))
}

/// The key that encrypts `from`'s share for `to`: both derive it from their X25519 keys.
fn channel_key(
	ceremony: &str,
	from: ParticipantId,
	to: ParticipantId,
	ours: &Zeroizing<[u8; 32]>,
	theirs: &PublicKey,
) -> Zeroizing<[u8; 32]> {
	let shared = StaticSecret::from(**ours).diffie_hellman(theirs);
	let mut input = Zeroizing::new(Vec::new());
	input.extend_from_slice(b"minix-threshold dkg round2 v1");
	input.extend_from_slice(&blake2_256(ceremony.as_bytes()));
	input.extend_from_slice(&from.to_le_bytes());
	input.extend_from_slice(&to.to_le_bytes());
	input.extend_from_slice(shared.as_bytes());
	Zeroizing::new(blake2_256(&input))
}

fn channel_aad(ceremony: &str, from: ParticipantId, to: ParticipantId) -> Vec<u8> {
	format!("minix-threshold dkg round2 {ceremony} {from}->{to}").into_bytes()
}

/// Checks a set of round-1 messages from everyone but us against our own.
fn check_round1(
	ours: &Round1Message,
	others: &[Round1Message],
) -> Result<BTreeMap<ParticipantId, Round1Message>> {
	let mut by_sender = BTreeMap::new();
	for m in others {
		if m.ceremony != ours.ceremony
			|| m.participants != ours.participants
			|| m.threshold != ours.threshold
		{
			return Err(Error::Ceremony(format!(
				"participant {}'s round-1 message is for another ceremony ({} {}-of-{})",
				m.from, m.ceremony, m.threshold, m.participants
			)));
		}
		if m.from == ours.from || m.from == 0 || m.from > ours.participants {
			return Err(Error::Ceremony(format!("a round-1 message claims sender {}", m.from)));
		}
		if by_sender.insert(m.from, m.clone()).is_some() {
			return Err(Error::Ceremony(format!(
				"two round-1 messages from participant {}",
				m.from
			)));
		}
	}
	let missing: Vec<_> = (1..=ours.participants)
		.filter(|i| *i != ours.from && !by_sender.contains_key(i))
		.collect();
	if !missing.is_empty() {
		return Err(Error::Ceremony(format!("no round-1 message from participants {missing:?}")));
	}
	Ok(by_sender)
}

/// Round 2: checks everyone's round-1 messages and encrypts one secret share to each of them.
pub fn round2<R: RngCore + CryptoRng>(
	state: Round1State,
	others: &[Round1Message],
	rng: &mut R,
) -> Result<(Round2State, Vec<Round2Message>)> {
	let others = check_round1(&state.message, others)?;
	let packages = others
		.values()
		.map(|m| Ok((identifier(m.from)?, m.package.clone())))
		.collect::<Result<BTreeMap<_, _>>>()?;
	let (secret, outgoing) = dkg::part2(state.secret.clone(), &packages).map_err(|e| {
		Error::Ceremony(format!(
			"round 2 refused the round-1 messages: {e}{}",
			culprits(&e, &others)
		))
	})?;
	let mut messages = Vec::new();
	for m in others.values() {
		let package = outgoing
			.get(&identifier(m.from)?)
			.ok_or_else(|| Error::Ceremony(format!("no share for participant {}", m.from)))?;
		let key = channel_key(
			&state.message.ceremony,
			state.message.from,
			m.from,
			&state.encryption_secret,
			&encryption_key(&m.encryption_key)?,
		);
		let mut nonce = [0u8; 24];
		rng.fill_bytes(&mut nonce);
		let plain = Zeroizing::new(serde_json::to_vec(package)?);
		let ciphertext = XChaCha20Poly1305::new(key.as_ref().into())
			.encrypt(
				XNonce::from_slice(&nonce),
				Payload {
					msg: &plain,
					aad: &channel_aad(&state.message.ceremony, state.message.from, m.from),
				},
			)
			.map_err(|_| Error::Ceremony("encryption failed".into()))?;
		messages.push(Round2Message {
			ceremony: state.message.ceremony.clone(),
			from: state.message.from,
			to: m.from,
			nonce: hex::encode(nonce),
			ciphertext: hex::encode(ciphertext),
		});
	}
	let next = Round2State {
		message: state.message.clone(),
		others,
		secret,
		encryption_secret: state.encryption_secret.clone(),
	};
	Ok((next, messages))
}

/// The participants FROST blames in `error`, as text.
fn culprits(
	error: &frost_ed25519::Error,
	others: &BTreeMap<ParticipantId, Round1Message>,
) -> String {
	let blamed: Vec<_> = error
		.culprits()
		.iter()
		.filter_map(|c| others.keys().find(|i| identifier(**i).ok().as_ref() == Some(c)))
		.collect();
	if blamed.is_empty() {
		String::new()
	} else {
		format!(" (caused by participant {blamed:?})")
	}
}

/// The last step: decrypts the shares addressed to us, verifies them and derives our key share.
pub fn finish(state: Round2State, incoming: &[Round2Message]) -> Result<KeyShare> {
	let me = &state.message;
	let mut packages = BTreeMap::new();
	for m in incoming {
		if m.ceremony != me.ceremony || m.to != me.from {
			return Err(Error::Ceremony(format!(
				"a round-2 message from {} is for participant {} of ceremony {}",
				m.from, m.to, m.ceremony
			)));
		}
		let sender = state.others.get(&m.from).ok_or_else(|| {
			Error::Ceremony(format!("a round-2 message from unknown participant {}", m.from))
		})?;
		let key = channel_key(
			&me.ceremony,
			m.from,
			me.from,
			&state.encryption_secret,
			&encryption_key(&sender.encryption_key)?,
		);
		let undecodable =
			|| Error::Ceremony(format!("participant {}'s round-2 message is corrupt", m.from));
		let nonce = hex::decode(&m.nonce).ok().filter(|n| n.len() == 24).ok_or_else(undecodable)?;
		let ciphertext = hex::decode(&m.ciphertext).map_err(|_| undecodable())?;
		let plain = XChaCha20Poly1305::new(key.as_ref().into())
			.decrypt(
				XNonce::from_slice(&nonce),
				Payload { msg: &ciphertext, aad: &channel_aad(&me.ceremony, m.from, me.from) },
			)
			.map(Zeroizing::new)
			.map_err(|_| {
				Error::Ceremony(format!(
					"participant {}'s round-2 message does not decrypt: not from them, or altered",
					m.from
				))
			})?;
		let package: dkg::round2::Package = serde_json::from_slice(&plain)?;
		if packages.insert(identifier(m.from)?, package).is_some() {
			return Err(Error::Ceremony(format!(
				"two round-2 messages from participant {}",
				m.from
			)));
		}
	}
	let missing: Vec<_> = state
		.others
		.keys()
		.filter(|i| packages.get(&identifier(**i).expect("checked in round 2")).is_none())
		.collect();
	if !missing.is_empty() {
		return Err(Error::Ceremony(format!("no round-2 message from participants {missing:?}")));
	}
	let round1 = state
		.others
		.values()
		.map(|m| Ok((identifier(m.from)?, m.package.clone())))
		.collect::<Result<BTreeMap<_, _>>>()?;
	let (key_package, public_key_package) =
		dkg::part3(&state.secret, &round1, &packages).map_err(|e| {
			Error::Ceremony(format!("the shares do not verify: {e}{}", culprits(&e, &state.others)))
		})?;
	let public_key: [u8; 32] = public_key_package
		.verifying_key()
		.serialize()?
		.try_into()
		.map_err(|_| Error::Ceremony("the group key is not 32 bytes".into()))?;
	let group = Group {
		ceremony: me.ceremony.clone(),
		participants: me.participants,
		threshold: me.threshold,
		public_key: hex::encode(public_key),
		address: account_address(&public_key),
		transcript: transcript(state.others.values().chain([me]))?,
		public_key_package,
	};
	Ok(KeyShare { participant: me.from, group, key_package })
}

/// Runs a whole ceremony in memory (tests and demonstrations): every participant's key share.
pub fn run_in_memory(ceremony: &str, participants: u16, threshold: u16) -> Result<Vec<KeyShare>> {
	let mut rng = OsRng;
	let (states, messages): (Vec<_>, Vec<_>) = (1..=participants)
		.map(|i| round1(ceremony, i, participants, threshold, &mut rng))
		.collect::<Result<Vec<_>>>()?
		.into_iter()
		.unzip();
	let mut round2_states = Vec::new();
	let mut mail = Vec::new();
	for state in states {
		let others: Vec<_> =
			messages.iter().filter(|m| m.from != state.message.from).cloned().collect();
		let (next, out) = round2(state, &others, &mut rng)?;
		round2_states.push(next);
		mail.extend(out);
	}
	round2_states
		.into_iter()
		.map(|s| {
			let mine: Vec<_> = mail.iter().filter(|m| m.to == s.message.from).cloned().collect();
			finish(s, &mine)
		})
		.collect()
}
