//! `minix-threshold`: a FROST(Ed25519, SHA-512) threshold wallet for MiniX (RFC 9591).
//!
//! A group of n holders runs a distributed key generation ([`dkg`]) and gets one Ed25519 account
//! whose secret key nobody holds; any t of them sign a transaction together ([`signing`]) and the
//! coordinator submits it with one signature and one fee ([`chain`]). On chain the account is an
//! ordinary Ed25519 account: nothing in the runtime knows it is shared.
//!
//! Secrets at rest (key shares, DKG state, signing nonces) are sealed under a password
//! ([`vault`]). Messages between participants are JSON, so any transport works.

pub mod chain;
pub mod dkg;
pub mod signing;
pub mod vault;

use sp_core::crypto::{AccountId32, Ss58AddressFormat, Ss58Codec};

/// MiniX's SS58 prefix (`minix_primitives::SS58_PREFIX`, the chain property `ss58Format`).
pub const SS58_PREFIX: u16 = 42;

/// Everything that can go wrong, each with the participant or file it concerns where known.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// A sealed file could not be read or written.
	#[error("sealed file: {0}")]
	Sealed(String),
	/// The password does not open the file (or the file was altered).
	#[error("wrong password, or the sealed file was altered")]
	WrongPassword,
	/// A DKG message or step was refused.
	#[error("key generation: {0}")]
	Ceremony(String),
	/// A signing request, commitment or share was refused.
	#[error("signing: {0}")]
	Request(String),
	/// FROST's identifiable abort: these participants' signature shares do not verify.
	#[error("invalid signature share from participant(s) {0:?}: they did not sign this request with their key share")]
	InvalidShares(Vec<dkg::ParticipantId>),
	/// An error of the FROST library.
	#[error("FROST: {0}")]
	Frost(#[from] frost_ed25519::Error),
	/// A file or message is not the JSON expected.
	#[error("JSON: {0}")]
	Json(#[from] serde_json::Error),
	/// Talking to the node failed, or the node refused the transaction.
	#[error("node: {0}")]
	Chain(String),
}

/// The crate's result.
pub type Result<T> = std::result::Result<T, Error>;

/// The SS58 address (MiniX prefix) of an Ed25519 public key.
pub fn account_address(public_key: &[u8; 32]) -> String {
	AccountId32::from(*public_key).to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
}
