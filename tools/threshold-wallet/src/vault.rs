//! Secrets at rest: a password-sealed JSON envelope.
//!
//! Argon2id (RFC 9106, the second recommended parameter set: 64 MiB, 3 passes, 1 lane) turns the
//! password and a random 16-byte salt into a 256-bit key; XChaCha20-Poly1305 (random 24-byte
//! nonce) encrypts the secret and authenticates it together with its label, so a sealed key
//! share cannot be passed off as another participant's or as a set of signing nonces. The
//! parameters are stored in the envelope, so files written today still open if the defaults rise.

use crate::{Error, Result};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	XChaCha20Poly1305, XNonce,
};
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The envelope format's name, checked on open.
pub const FORMAT: &str = "minix-threshold-sealed-v1";

/// Argon2id cost parameters, stored with each envelope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
	/// Always `argon2id`.
	pub algorithm: String,
	/// Memory in KiB.
	pub m_cost: u32,
	/// Passes over the memory.
	pub t_cost: u32,
	/// Lanes.
	pub p_cost: u32,
	/// Random salt, hex.
	pub salt: String,
}

/// A secret sealed under a password.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Sealed {
	/// [`FORMAT`].
	pub format: String,
	/// What the secret is (authenticated, not secret): e.g. `key share 2 of <ceremony>`.
	pub label: String,
	/// How the key was derived from the password.
	pub kdf: Kdf,
	/// XChaCha20-Poly1305 nonce, hex.
	pub nonce: String,
	/// Ciphertext with its Poly1305 tag, hex.
	pub ciphertext: String,
}

fn derive_key(password: &[u8], kdf: &Kdf) -> Result<Zeroizing<[u8; 32]>> {
	if kdf.algorithm != "argon2id" {
		return Err(Error::Sealed(format!("unknown key derivation `{}`", kdf.algorithm)));
	}
	let salt = hex::decode(&kdf.salt).map_err(|_| Error::Sealed("salt is not hex".into()))?;
	let params = Params::new(kdf.m_cost, kdf.t_cost, kdf.p_cost, Some(32))
		.map_err(|e| Error::Sealed(format!("bad Argon2 parameters: {e}")))?;
	let mut key = Zeroizing::new([0u8; 32]);
	Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
		.hash_password_into(password, &salt, key.as_mut())
		.map_err(|e| Error::Sealed(format!("key derivation failed: {e}")))?;
	Ok(key)
}

/// Seals `secret` under `password`, binding `label` to it.
pub fn seal(label: &str, secret: &[u8], password: &[u8]) -> Result<Sealed> {
	if password.is_empty() {
		return Err(Error::Sealed("the password is empty".into()));
	}
	let mut salt = [0u8; 16];
	OsRng.fill_bytes(&mut salt);
	let kdf = Kdf {
		algorithm: "argon2id".into(),
		m_cost: 64 * 1024,
		t_cost: 3,
		p_cost: 1,
		salt: hex::encode(salt),
	};
	let key = derive_key(password, &kdf)?;
	let mut nonce = [0u8; 24];
	OsRng.fill_bytes(&mut nonce);
	let ciphertext = XChaCha20Poly1305::new(key.as_ref().into())
		.encrypt(XNonce::from_slice(&nonce), Payload { msg: secret, aad: label.as_bytes() })
		.map_err(|_| Error::Sealed("encryption failed".into()))?;
	Ok(Sealed {
		format: FORMAT.into(),
		label: label.into(),
		kdf,
		nonce: hex::encode(nonce),
		ciphertext: hex::encode(ciphertext),
	})
}

/// Opens an envelope; a wrong password or a modified file (label included) is `WrongPassword`.
pub fn open(sealed: &Sealed, password: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
	if sealed.format != FORMAT {
		return Err(Error::Sealed(format!("not a {FORMAT} file")));
	}
	let key = derive_key(password, &sealed.kdf)?;
	let nonce = hex::decode(&sealed.nonce).map_err(|_| Error::Sealed("nonce is not hex".into()))?;
	if nonce.len() != 24 {
		return Err(Error::Sealed("the nonce is not 24 bytes".into()));
	}
	let ciphertext = hex::decode(&sealed.ciphertext)
		.map_err(|_| Error::Sealed("ciphertext is not hex".into()))?;
	XChaCha20Poly1305::new(key.as_ref().into())
		.decrypt(
			XNonce::from_slice(&nonce),
			Payload { msg: &ciphertext, aad: sealed.label.as_bytes() },
		)
		.map(Zeroizing::new)
		.map_err(|_| Error::WrongPassword)
}

/// Seals a serializable secret as JSON.
pub fn seal_json<T: Serialize>(label: &str, value: &T, password: &[u8]) -> Result<Sealed> {
	let json = Zeroizing::new(serde_json::to_vec(value)?);
	seal(label, &json, password)
}

/// Opens an envelope written by [`seal_json`], checking its label.
pub fn open_json<T: for<'de> Deserialize<'de>>(
	sealed: &Sealed,
	expected_label: &str,
	password: &[u8],
) -> Result<T> {
	if sealed.label != expected_label {
		return Err(Error::Sealed(format!(
			"this file holds `{}`, not `{expected_label}`",
			sealed.label
		)));
	}
	let json = open(sealed, password)?;
	Ok(serde_json::from_slice(&json)?)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn seals_and_opens_and_refuses_a_wrong_password_or_label() {
		let sealed = seal("share 1", b"secret", b"pw").unwrap();
		assert_eq!(open(&sealed, b"pw").unwrap().as_slice(), b"secret");
		assert!(!sealed.ciphertext.contains(&hex::encode(b"secret")));
		assert!(matches!(open(&sealed, b"other"), Err(Error::WrongPassword)));
		let mut relabelled = sealed.clone();
		relabelled.label = "share 2".into();
		assert!(matches!(open(&relabelled, b"pw"), Err(Error::WrongPassword)));
		assert!(seal("x", b"s", b"").is_err());
	}
}
