//! The threshold wallet without a node: DKG for 2-of-3 and 3-of-5, signing by every t-subset,
//! t-1 signers refused, a tampered share identified, requests checked, and the command line's
//! ceremony through files. The signatures are checked with `sp_core::ed25519`, the scheme MiniX's
//! `MultiSignature::Ed25519` verifies.

use codec::Encode;
use minix_threshold::{
	dkg::{self, KeyShare},
	signing::{self, Commitment, Share, SigningRequest, REQUEST_FORMAT},
	Error,
};
use rand_core::OsRng;
use sp_core::{crypto::Ss58Codec, ed25519, Pair as _};
use sp_crypto_hashing::blake2_256;

/// A request of the shape `chain::propose` writes, for `call` (any bytes: nothing decodes it here).
fn request_for(group: &dkg::Group, call: &[u8], nonce: u64) -> SigningRequest {
	let genesis = [7u8; 32];
	let mut implicit = 100u32.encode();
	implicit.extend(1u32.encode());
	implicit.extend(genesis);
	implicit.extend([9u8; 32]);
	implicit.push(0);
	let extra = vec![0x00, (nonce as u8) << 2, 0x00, 0x00];
	let mut preimage = call.to_vec();
	preimage.extend(&extra);
	preimage.extend(&implicit);
	let payload = if preimage.len() > 256 { blake2_256(&preimage).to_vec() } else { preimage };
	SigningRequest {
		format: REQUEST_FORMAT.into(),
		genesis_hash: hex::encode(genesis),
		spec_version: 100,
		transaction_version: 1,
		address: group.address.clone(),
		public_key: group.public_key.clone(),
		nonce,
		tip: 0,
		lifetime: "immortal".into(),
		summary: signing::CallSummary {
			pallet: "System".into(),
			call: "remark".into(),
			args: vec![],
		},
		call: hex::encode(call),
		extra: hex::encode(extra),
		implicit: hex::encode(implicit),
		payload: hex::encode(payload),
	}
}

/// Runs both FROST rounds for `signers` and aggregates: the signature or the error.
fn sign_with(
	shares: &[KeyShare],
	signers: &[u16],
	request: &SigningRequest,
) -> Result<[u8; 64], Error> {
	let chosen: Vec<&KeyShare> = signers.iter().map(|i| &shares[*i as usize - 1]).collect();
	let rounds: Vec<_> = chosen
		.iter()
		.map(|k| signing::commit(k, request, &mut OsRng).unwrap())
		.collect();
	let commitments: Vec<Commitment> = rounds.iter().map(|(_, c)| c.clone()).collect();
	let mut out = Vec::new();
	for (key, (nonces, _)) in chosen.iter().zip(&rounds) {
		out.push(signing::sign(key, request, nonces, &commitments)?);
	}
	signing::aggregate(&shares[0].group, request, &commitments, &out)
}

fn verifies(group: &dkg::Group, request: &SigningRequest, signature: &[u8; 64]) -> bool {
	let public = ed25519::Public::from_raw(group.public_key_bytes().unwrap());
	ed25519::Pair::verify(
		&ed25519::Signature::from_raw(*signature),
		request.payload_bytes().unwrap(),
		&public,
	)
}

fn subsets(n: u16, t: usize) -> Vec<Vec<u16>> {
	(0u32..1 << n)
		.filter(|m| m.count_ones() as usize == t)
		.map(|m| (1..=n).filter(|i| m & (1 << (i - 1)) != 0).collect())
		.collect()
}

#[test]
fn dkg_gives_everyone_the_same_group_and_an_ordinary_ed25519_account() {
	for (n, t) in [(3u16, 2u16), (5, 3)] {
		let shares = dkg::run_in_memory("acme-treasury", n, t).unwrap();
		assert_eq!(shares.len(), n as usize);
		for s in &shares {
			assert_eq!(s.group, shares[0].group, "every participant derives the same group");
		}
		let group = &shares[0].group;
		assert_eq!((group.participants, group.threshold), (n, t));
		let public = ed25519::Public::from_ss58check(&group.address).unwrap();
		assert_eq!(public.0, group.public_key_bytes().unwrap());
		// Distinct secret shares, none of them the group's key.
		let secrets: std::collections::BTreeSet<_> =
			shares.iter().map(|s| s.key_package.signing_share().serialize()).collect();
		assert_eq!(secrets.len(), n as usize);
	}
}

#[test]
fn every_t_subset_signs_and_the_signature_verifies_with_sp_core() {
	for (n, t) in [(3u16, 2usize), (5, 3)] {
		let shares = dkg::run_in_memory("any-subset", n, t as u16).unwrap();
		let group = &shares[0].group;
		for (k, signers) in subsets(n, t).into_iter().enumerate() {
			let request = request_for(group, &[0, 7, k as u8], k as u64);
			let signature = sign_with(&shares, &signers, &request).unwrap();
			assert!(verifies(group, &request, &signature), "{t}-of-{n} signers {signers:?}");
		}
		// A long call: the payload is its BLAKE2-256 hash, as Substrate signs it.
		let request = request_for(group, &[1u8; 300], 99);
		assert_eq!(request.payload_bytes().unwrap().len(), 32);
		let signature = sign_with(&shares, &(1..=t as u16).collect::<Vec<_>>(), &request).unwrap();
		assert!(verifies(group, &request, &signature));
	}
}

#[test]
fn t_minus_one_signers_cannot_sign() {
	for (n, t) in [(3u16, 2usize), (5, 3)] {
		let shares = dkg::run_in_memory("too-few", n, t as u16).unwrap();
		let group = &shares[0].group;
		let request = request_for(group, &[0, 7], 0);
		for signers in subsets(n, t - 1) {
			let err = sign_with(&shares, &signers, &request).unwrap_err();
			assert!(err.to_string().contains("needs"), "{err}");
		}
		// Even a coordinator that skips the tool's checks gets nothing from t-1 shares: FROST
		// refuses to sign or aggregate below the threshold.
		let few: Vec<_> = shares.iter().take(t - 1).collect();
		let rounds: Vec<_> = few
			.iter()
			.map(|k| frost_ed25519::round1::commit(k.key_package.signing_share(), &mut OsRng))
			.collect();
		let commitments = few
			.iter()
			.zip(&rounds)
			.map(|(k, (_, c))| (*k.key_package.identifier(), *c))
			.collect();
		let package =
			frost_ed25519::SigningPackage::new(commitments, &request.payload_bytes().unwrap());
		assert!(frost_ed25519::round2::sign(&package, &rounds[0].0, &few[0].key_package).is_err());
	}
}

#[test]
fn a_tampered_signature_share_is_identified_by_participant() {
	let shares = dkg::run_in_memory("cheater", 5, 3).unwrap();
	let group = &shares[0].group;
	let request = request_for(group, &[0, 7, 1], 0);
	let other = request_for(group, &[0, 7, 2], 0);
	let signers = [&shares[0], &shares[1], &shares[3]];
	let rounds: Vec<_> = signers
		.iter()
		.map(|k| signing::commit(k, &request, &mut OsRng).unwrap())
		.collect();
	let commitments: Vec<Commitment> = rounds.iter().map(|(_, c)| c.clone()).collect();
	let mut out: Vec<Share> = signers
		.iter()
		.zip(&rounds)
		.map(|(k, (n, _))| signing::sign(k, &request, n, &commitments).unwrap())
		.collect();
	// Participant 2 sends a share computed for a different message.
	let (bad_nonces, _) = signing::commit(signers[1], &other, &mut OsRng).unwrap();
	let _ = bad_nonces;
	let package = signing::signing_package(group, &request, &commitments).unwrap();
	let forged = frost_ed25519::round2::sign(
		&frost_ed25519::SigningPackage::new(
			package.signing_commitments().clone(),
			b"something else",
		),
		&rounds_nonces(&rounds, 1),
		&signers[1].key_package,
	)
	.unwrap();
	out[1].share = forged;
	match signing::aggregate(group, &request, &commitments, &out) {
		Err(Error::InvalidShares(culprits)) => assert_eq!(culprits, vec![2]),
		other => panic!("expected participant 2 to be blamed, got {other:?}"),
	}
	// Without the tampering the same commitments sign.
	out[1] = signing::sign(signers[1], &request, &rounds[1].0, &commitments).unwrap();
	assert!(verifies(
		group,
		&request,
		&signing::aggregate(group, &request, &commitments, &out).unwrap()
	));
}

/// The FROST nonces inside a signer's round-1 output, for forging a share in a test.
fn rounds_nonces(
	rounds: &[(signing::Nonces, Commitment)],
	i: usize,
) -> frost_ed25519::round1::SigningNonces {
	serde_json::from_value(serde_json::to_value(&rounds[i].0).unwrap()["nonces"].clone()).unwrap()
}

#[test]
fn requests_that_do_not_show_what_they_sign_are_refused() {
	let shares = dkg::run_in_memory("requests", 3, 2).unwrap();
	let group = &shares[0].group;
	let good = request_for(group, &[5, 0, 1, 2], 0);
	good.validate().unwrap();
	let mut other_call = good.clone();
	other_call.call = hex::encode([5u8, 0, 1, 3]);
	assert!(other_call.validate().is_err());
	assert!(signing::commit(&shares[0], &other_call, &mut OsRng).is_err());
	let mut other_chain = good.clone();
	other_chain.genesis_hash = hex::encode([8u8; 32]);
	assert!(other_chain.validate().unwrap_err().to_string().contains("genesis"));
	// A request for another group's account is refused by this group's signers.
	let stranger = dkg::run_in_memory("stranger", 3, 2).unwrap();
	let theirs = request_for(&stranger[0].group, &[5, 0], 0);
	assert!(signing::commit(&shares[0], &theirs, &mut OsRng).is_err());
	// Nonces made for one request sign nothing else.
	let (nonces, c1) = signing::commit(&shares[0], &good, &mut OsRng).unwrap();
	let next = request_for(group, &[5, 0, 1, 2], 1);
	let (_, c2) = signing::commit(&shares[1], &next, &mut OsRng).unwrap();
	assert!(signing::sign(&shares[0], &next, &nonces, &[c1, c2]).is_err());
}

#[test]
fn the_extrinsic_carries_the_group_key_and_the_signature_as_multisignature_ed25519() {
	let shares = dkg::run_in_memory("extrinsic", 3, 2).unwrap();
	let group = &shares[0].group;
	let request = request_for(group, &[0, 7, 4], 3);
	let signature = sign_with(&shares, &[1, 3], &request).unwrap();
	let xt = signing::extrinsic(&request, &signature).unwrap();
	let mut input = xt.as_slice();
	let len = <codec::Compact<u32> as codec::Decode>::decode(&mut input).unwrap().0 as usize;
	assert_eq!(len, input.len());
	assert_eq!(input[0], 0x84, "signed, version 4");
	assert_eq!(&input[1..34], [&[0u8][..], &group.public_key_bytes().unwrap()].concat().as_slice());
	assert_eq!(input[34], 0, "MultiSignature::Ed25519");
	assert_eq!(&input[35..99], signature.as_slice());
	assert!(input.ends_with(&[0, 7, 4]));
}
