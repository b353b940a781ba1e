//! Addresses: Bitcoin's standard forms (base58check P2PKH/P2SH, bech32 v0 P2WPKH/P2WSH, bech32m
//! v1 P2TR) turned into the output script they stand for, and ss58 account addresses (the
//! beneficiary form ChainX users already write into `OP_RETURN`).

use alloc::vec::Vec;
use minix_primitives::btc::{sha256d, BtcNetwork};

const BASE58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
pub(crate) const BECH32: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/// The longest address accepted (a P2WSH/P2TR bech32 address is 62 characters, 64 on regtest).
pub const MAX_ADDRESS_LEN: usize = 90;

/// Why an address was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AddressError {
	/// Not a valid address of any supported form (characters, checksum, length, version).
	Invalid,
	/// Valid, but for another network.
	WrongNetwork,
}

/// Base58 to bytes (leading `1`s are zero bytes); `None` on a foreign character.
pub fn base58_decode(input: &[u8]) -> Option<Vec<u8>> {
	if input.len() > MAX_ADDRESS_LEN {
		return None;
	}
	let mut bytes: Vec<u8> = Vec::new();
	for c in input {
		let mut carry = BASE58.iter().position(|b| b == c)? as u32;
		for byte in bytes.iter_mut().rev() {
			carry += (*byte as u32) * 58;
			*byte = carry as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, carry as u8);
			carry >>= 8;
		}
	}
	let zeros = input.iter().take_while(|c| **c == b'1').count();
	let mut out = alloc::vec![0u8; zeros];
	out.extend(bytes);
	Some(out)
}

/// Base58check: the payload after checking its 4-byte double-SHA-256 checksum.
pub fn base58check_decode(input: &[u8]) -> Option<Vec<u8>> {
	let mut raw = base58_decode(input)?;
	if raw.len() < 5 {
		return None;
	}
	let checksum = raw.split_off(raw.len() - 4);
	(sha256d(&raw).as_bytes()[..4] == checksum[..]).then_some(raw)
}

/// The bech32 checksum polynomial (BIP173) over 5-bit values.
pub(crate) fn polymod(values: impl Iterator<Item = u8>) -> u32 {
	const GEN: [u32; 5] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
	let mut chk: u32 = 1;
	for v in values {
		let top = chk >> 25;
		chk = (chk & 0x1ffffff) << 5 ^ v as u32;
		for (i, g) in GEN.iter().enumerate() {
			if (top >> i) & 1 == 1 {
				chk ^= g;
			}
		}
	}
	chk
}

/// Encode a segwit address: bech32 (BIP173) for version 0, bech32m (BIP350) for later versions.
/// For wallets, tests and tools; the runtime only decodes.
pub fn segwit_address(hrp: &str, version: u8, program: &[u8]) -> alloc::string::String {
	let mut data = alloc::vec![version];
	let (mut acc, mut bits) = (0u32, 0u32);
	for b in program {
		acc = (acc << 8) | *b as u32;
		bits += 8;
		while bits >= 5 {
			bits -= 5;
			data.push(((acc >> bits) & 31) as u8);
		}
	}
	if bits > 0 {
		data.push(((acc << (5 - bits)) & 31) as u8);
	}
	let mut values: Vec<u8> = hrp.bytes().map(|c| c >> 5).collect();
	values.push(0);
	values.extend(hrp.bytes().map(|c| c & 31));
	values.extend(&data);
	values.extend([0u8; 6]);
	let constant = if version == 0 { 1 } else { 0x2bc830a3 };
	let checksum = polymod(values.into_iter()) ^ constant;
	let mut out = alloc::format!("{hrp}1");
	for d in data
		.iter()
		.copied()
		.chain((0..6).map(|i| ((checksum >> (5 * (5 - i))) & 31) as u8))
	{
		out.push(BECH32[d as usize] as char);
	}
	out
}

/// Which checksum constant a bech32 string used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Bech32Variant {
	Bech32,
	Bech32m,
}

/// Decode a bech32/bech32m string into (lower-case hrp, 5-bit data without checksum, variant).
fn bech32_decode(input: &[u8]) -> Option<(Vec<u8>, Vec<u8>, Bech32Variant)> {
	if input.len() > MAX_ADDRESS_LEN || input.len() < 8 {
		return None;
	}
	let has_lower = input.iter().any(|c| c.is_ascii_lowercase());
	let has_upper = input.iter().any(|c| c.is_ascii_uppercase());
	if has_lower && has_upper || input.iter().any(|c| !(33..=126).contains(c)) {
		return None;
	}
	let lower: Vec<u8> = input.iter().map(|c| c.to_ascii_lowercase()).collect();
	let sep = lower.iter().rposition(|c| *c == b'1')?;
	if sep == 0 || sep + 7 > lower.len() {
		return None;
	}
	let hrp = lower[..sep].to_vec();
	let data = lower[sep + 1..]
		.iter()
		.map(|c| BECH32.iter().position(|b| b == c).map(|p| p as u8))
		.collect::<Option<Vec<u8>>>()?;
	let expanded = hrp
		.iter()
		.map(|c| c >> 5)
		.chain([0])
		.chain(hrp.iter().map(|c| c & 31))
		.chain(data.iter().copied());
	let variant = match polymod(expanded) {
		1 => Bech32Variant::Bech32,
		0x2bc830a3 => Bech32Variant::Bech32m,
		_ => return None,
	};
	let payload = data[..data.len() - 6].to_vec();
	Some((hrp, payload, variant))
}

/// Regroup 5-bit groups into bytes; padding must be zero and shorter than 5 bits.
fn from_5bit(data: &[u8]) -> Option<Vec<u8>> {
	let (mut acc, mut bits) = (0u32, 0u32);
	let mut out = Vec::new();
	for v in data {
		acc = (acc << 5) | *v as u32;
		bits += 5;
		if bits >= 8 {
			bits -= 8;
			out.push((acc >> bits) as u8);
		}
		acc &= (1 << bits) - 1;
	}
	(bits < 5 && acc == 0).then_some(out)
}

/// The bech32 human-readable part of `network`'s addresses.
fn hrp_of(network: BtcNetwork) -> &'static [u8] {
	match network {
		BtcNetwork::Mainnet => b"bc",
		BtcNetwork::Signet => b"tb",
		BtcNetwork::Regtest => b"bcrt",
	}
}

/// Base58 version bytes (P2PKH, P2SH) of `network`.
fn base58_versions(network: BtcNetwork) -> (u8, u8) {
	match network {
		BtcNetwork::Mainnet => (0x00, 0x05),
		BtcNetwork::Signet | BtcNetwork::Regtest => (0x6f, 0xc4),
	}
}

/// The output script an address of `network` pays to. Standard forms only: P2PKH, P2SH,
/// P2WPKH, P2WSH and P2TR.
pub fn script_of(address: &[u8], network: BtcNetwork) -> Result<Vec<u8>, AddressError> {
	if let Some((hrp, data, variant)) = bech32_decode(address) {
		let known = [b"bc".as_slice(), b"tb", b"bcrt"];
		if !known.contains(&hrp.as_slice()) {
			return Err(AddressError::Invalid);
		}
		let (version, program) = data.split_first().ok_or(AddressError::Invalid)?;
		let program = from_5bit(program).ok_or(AddressError::Invalid)?;
		let ok = match (version, variant, program.len()) {
			(0, Bech32Variant::Bech32, 20 | 32) => true,
			(1, Bech32Variant::Bech32m, 32) => true,
			_ => false,
		};
		if !ok {
			return Err(AddressError::Invalid);
		}
		if hrp != hrp_of(network) {
			return Err(AddressError::WrongNetwork);
		}
		let mut script = alloc::vec![if *version == 0 { 0x00 } else { 0x50 + version }];
		script.push(program.len() as u8);
		script.extend(program);
		return Ok(script);
	}
	let payload = base58check_decode(address).ok_or(AddressError::Invalid)?;
	let (version, hash) = payload.split_first().ok_or(AddressError::Invalid)?;
	if hash.len() != 20 || ![0x00, 0x05, 0x6f, 0xc4].contains(version) {
		return Err(AddressError::Invalid);
	}
	let (p2pkh, p2sh) = base58_versions(network);
	let mut script = Vec::with_capacity(25);
	if *version == p2pkh {
		script.extend_from_slice(&[0x76, 0xa9, 0x14]);
		script.extend_from_slice(hash);
		script.extend_from_slice(&[0x88, 0xac]);
	} else if *version == p2sh {
		script.extend_from_slice(&[0xa9, 0x14]);
		script.extend_from_slice(hash);
		script.push(0x87);
	} else {
		return Err(AddressError::WrongNetwork);
	}
	Ok(script)
}

/// The 32-byte account of an ss58 address (any network prefix), checksum checked.
pub fn ss58_account(address: &[u8]) -> Option<[u8; 32]> {
	let raw = base58_decode(address)?;
	let prefix_len = match raw.first()? {
		0..=63 => 1,
		64..=127 => 2,
		_ => return None,
	};
	if raw.len() != prefix_len + 32 + 2 {
		return None;
	}
	let (body, checksum) = raw.split_at(prefix_len + 32);
	let mut preimage = b"SS58PRE".to_vec();
	preimage.extend_from_slice(body);
	let hash = sp_crypto_hashing::blake2_512(&preimage);
	if hash[..2] != checksum[..] {
		return None;
	}
	body[prefix_len..].try_into().ok()
}
