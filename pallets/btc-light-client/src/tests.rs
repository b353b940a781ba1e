//! Unit tests on real Bitcoin data and mined regtest headers. Every test ends with `try_state`.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Pallet::<Test>::do_try_state().expect("try_state");
	});
}

fn raw(bytes: &[u8]) -> RawHeader {
	RawHeader::truncate_from(bytes.to_vec())
}

fn submit(headers: &[Vec<u8>]) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let batch: Vec<RawHeader> = headers.iter().map(|h| raw(h)).collect();
	BtcLightClient::submit_headers(RuntimeOrigin::signed(RELAYER), batch.try_into().unwrap())
}

fn checkpoint(network: BtcNetwork, height: u32, header: &[u8], epoch_start_time: u32) {
	assert_ok!(BtcLightClient::set_checkpoint(
		RuntimeOrigin::root(),
		network,
		height,
		raw(header),
		epoch_start_time,
		Default::default()
	));
}

fn tip() -> Tip {
	BestTip::<Test>::get().unwrap()
}

/// Anchor at mainnet 576576 (a retarget boundary) and return the headers after it.
fn mainnet() -> Vec<(u32, Vec<u8>)> {
	let headers = headers_file("mainnet-headers-576576-578692.json");
	let first = BtcHeader::parse(&headers[0].1).unwrap();
	checkpoint(BtcNetwork::Mainnet, 576_576, &headers[0].1, first.time);
	headers[1..].to_vec()
}

fn with_field(header: &[u8], edit: impl FnOnce(&mut BtcHeader)) -> Vec<u8> {
	let mut parsed = BtcHeader::parse(header).unwrap();
	edit(&mut parsed);
	parsed.to_bytes().to_vec()
}

#[test]
fn mainnet_576576_to_578692_imports_across_the_578592_retarget() {
	run(|| {
		let headers = mainnet();
		for chunk in headers.chunks(200) {
			let batch: Vec<Vec<u8>> = chunk.iter().map(|(_, h)| h.clone()).collect();
			let result = submit(&batch).expect("valid mainnet headers");
			// The tip advanced: the relayer pays nothing.
			assert_eq!(result.pays_fee, frame_support::dispatch::Pays::No);
		}
		let best = tip();
		assert_eq!(best.height, 578_692);
		let hash = |hex| display_hash(hex);
		assert_eq!(
			best.hash,
			hash("00000000000000000016d22b7c1343f625dbbf14330c9d753f43c1c91594300d")
		);
		let boundary = hash("00000000000000000001791f463d849ce5363d751c91f7d3cd2ff18981ae221d");
		let record = Headers::<Test>::get(boundary).expect("578592 is known");
		assert_eq!((record.height, record.header.bits), (578_592, 0x1725bb76));
		assert_eq!(BestChain::<Test>::get(578_592), Some(boundary));
		let deposit_block =
			hash("0000000000000000000923759ac2ba1cfe1235b485385b0a217c4eedf2e0ce63");
		assert_eq!(BtcLightClient::confirmations(&deposit_block), Some(578_692 - 577_667 + 1));
		assert_eq!(BtcLightClient::confirmations(&best.hash), Some(1));
		// Pruned beyond the window.
		assert_eq!(PrunedBelow::<Test>::get(), 578_692 - PRUNE_DEPTH);
		assert!(!Headers::<Test>::contains_key(hash(
			"0000000000000000001721f58deb88b0710295a02551f0dde1e2e231a15f1882"
		)));
	});
}

#[test]
fn the_btc_bch_split_follows_the_branch_with_more_work() {
	run(|| {
		let json: serde_json::Value = serde_json::from_str(
			&std::fs::read_to_string(format!(
				"{}/../../data/btc/mainnet-headers-btc-bch-fork-478557-478563.json",
				std::env::var("CARGO_MANIFEST_DIR")
					.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())
			))
			.unwrap(),
		)
		.unwrap();
		let btc = parse_pairs(&json["btc"]);
		let bch = parse_pairs(&json["bch"]);
		checkpoint(BtcNetwork::Mainnet, 478_557, &btc[0].1, 0);
		let rest = |branch: &[(u32, Vec<u8>)], from: usize| {
			branch[from..].iter().map(|(_, h)| h.clone()).collect::<Vec<_>>()
		};
		assert_ok!(submit(&rest(&btc, 1)));
		let btc_tip =
			display_hash("0000000000000000012b513d6c36f80d29f61e8cd3c0014ae4cef2f6d1001470");
		assert_eq!(tip(), Tip { hash: btc_tip, height: 478_562 });
		// BCH's first four blocks have as much work as BTC's: the first seen stays best.
		let bch_only = rest(&bch, 2);
		assert_ok!(submit(&bch_only[..4]));
		assert_eq!(tip().hash, btc_tip);
		// Its fifth gives it more work: a reorg of 4 blocks, deeper than the 3 confirmations.
		assert_ok!(submit(&bch_only[4..]));
		let bch_tip =
			display_hash("00000000000000000075b392115615c1a902b5f0146a4443e03f3970d3e5eacc");
		assert_eq!(tip(), Tip { hash: bch_tip, height: 478_563 });
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::BtcLightClient(Event::Reorganized {
				depth: 4,
				old_tip: btc_tip,
				new_tip: bch_tip
			})));
		assert_eq!(DEEP_REORGS.with(|d| d.borrow().clone()), vec![4]);
		assert_eq!(BtcLightClient::confirmations(&btc_tip), None);
	});
}

#[test]
fn each_broken_rule_has_its_own_error() {
	run(|| {
		let headers = mainnet();
		let (_, first) = &headers[0];
		// Below the checkpoint: a competitor of 576576 itself.
		let anchor = headers_file("mainnet-headers-576576-578692.json")[0].1.clone();
		let sibling = with_field(&anchor, |h| h.nonce ^= 1);
		assert_noop!(submit(&[sibling]), Error::<Test>::BelowCheckpoint);
		assert_noop!(submit(&[first[..79].to_vec()]), Error::<Test>::BadHeaderLength);
		assert_noop!(submit(&[headers[5].1.clone()]), Error::<Test>::UnknownParent);
		let flipped_nonce = with_field(first, |h| h.nonce ^= 1);
		assert_noop!(submit(&[flipped_nonce]), Error::<Test>::InsufficientWork);
		let bits_off = with_field(first, |h| h.bits += 1);
		assert_noop!(submit(&[bits_off]), Error::<Test>::BitsChangedInEpoch);
		let parent_time = BtcHeader::parse(&anchor).unwrap().time;
		let too_old = with_field(first, |h| h.time = parent_time);
		assert_noop!(submit(&[too_old]), Error::<Test>::TimeTooOld);
		// The chain's clock says 2019, a minute before the header: fine; three hours: refused.
		let time = BtcHeader::parse(first).unwrap().time as u64;
		Timestamp::set_timestamp((time - 3 * 3600) * 1000);
		assert_noop!(submit(&[first.clone()]), Error::<Test>::TimeTooNew);
		Timestamp::set_timestamp((time - 60) * 1000);
		assert_ok!(submit(&[first.clone()]));
		assert_noop!(submit(&[first.clone()]), Error::<Test>::DuplicateHeader);
		// A batch is all or nothing.
		assert_noop!(
			submit(&[headers[1].1.clone(), with_field(&headers[2].1, |h| h.nonce ^= 1)]),
			Error::<Test>::InsufficientWork
		);
		assert_noop!(
			BtcLightClient::submit_headers(
				RuntimeOrigin::signed(2),
				vec![raw(&headers[1].1)].try_into().unwrap()
			),
			Error::<Test>::NotRelayer
		);
	});
}

#[test]
fn the_retarget_boundary_rejects_bits_off_by_one() {
	run(|| {
		Timestamp::set_timestamp(1_795_000_000_000);
		let headers = mainnet();
		let (before, after) = headers.split_at(578_592 - 576_577);
		for chunk in before.chunks(200) {
			assert_ok!(submit(&chunk.iter().map(|(_, h)| h.clone()).collect::<Vec<_>>()));
		}
		let boundary = &after[0].1;
		assert_noop!(submit(&[with_field(boundary, |h| h.bits += 1)]), Error::<Test>::BadRetarget);
		assert_noop!(
			submit(&[with_field(boundary, |h| h.bits = 0x1729fb45)]),
			Error::<Test>::BadRetarget
		);
		assert_ok!(submit(&[boundary.clone()]));
	});
}

#[test]
fn anchoring_is_governance_only_and_once() {
	run(|| {
		let headers = headers_file("signet-headers-63290-63310.json");
		assert_noop!(submit(&[headers[1].1.clone()]), Error::<Test>::NotAnchored);
		assert_noop!(
			BtcLightClient::set_checkpoint(
				RuntimeOrigin::signed(RELAYER),
				BtcNetwork::Signet,
				63_290,
				raw(&headers[0].1),
				0,
				Default::default()
			),
			DispatchError::BadOrigin
		);
		// A checkpoint whose target is easier than mainnet's limit.
		assert_noop!(
			BtcLightClient::set_checkpoint(
				RuntimeOrigin::root(),
				BtcNetwork::Mainnet,
				63_290,
				raw(&headers[0].1),
				0,
				Default::default()
			),
			Error::<Test>::TargetAboveLimit
		);
		checkpoint(BtcNetwork::Signet, 63_290, &headers[0].1, 0);
		assert_ok!(submit(&headers[1..].iter().map(|(_, h)| h.clone()).collect::<Vec<_>>()));
		assert_eq!(tip().height, 63_310);
		assert_eq!(
			tip().hash,
			display_hash("000000d1d4bb46d2a8cffba716a5fb52029c2a603b047287de2bcfc1f5569cdb")
		);
		assert_noop!(
			BtcLightClient::set_checkpoint(
				RuntimeOrigin::root(),
				BtcNetwork::Signet,
				63_290,
				raw(&headers[0].1),
				0,
				Default::default()
			),
			Error::<Test>::AlreadyAnchored
		);
	});
}

/// Anchor a regtest chain at height 100 and return the anchor's id and time.
fn regtest() -> (H256, u32) {
	let genesis = mine(H256::zero(), 1_700_000_000, 0);
	checkpoint(BtcNetwork::Regtest, 100, &genesis.to_bytes(), genesis.time);
	(genesis.hash(), genesis.time)
}

/// Mine `count` headers on `prev` from `time`; returns them.
fn branch(mut prev: H256, time: u32, count: u32, salt: u32) -> Vec<Vec<u8>> {
	(0..count)
		.map(|i| {
			let header = mine(prev, time + 600 * (i + 1), salt + i);
			prev = header.hash();
			header.to_bytes().to_vec()
		})
		.collect()
}

#[test]
fn regtest_reorgs_are_bounded_and_deep_ones_reported() {
	run(|| {
		let (anchor, time) = regtest();
		let main = branch(anchor, time, 15, 1);
		assert_ok!(submit(&main));
		assert_eq!(tip().height, 115);
		// A branch forking 11 blocks below the tip is refused (MAX_REORG = 10).
		let fork_at = BtcHeader::parse(&main[3]).unwrap().hash(); // height 104
		let too_deep = branch(fork_at, time + 7, 1, 100);
		assert_noop!(submit(&too_deep), Error::<Test>::ReorgTooDeep);
		// Forking 10 below (height 105) with 11 blocks overtakes: a reorg of 10.
		let fork_at = BtcHeader::parse(&main[4]).unwrap().hash();
		let side = branch(fork_at, time + 3_007, 11, 200);
		assert_ok!(submit(&side));
		assert_eq!(tip().height, 116);
		assert_eq!(DEEP_REORGS.with(|d| d.borrow().clone()), vec![10]);
		let old_tip = BtcHeader::parse(&main[14]).unwrap().hash();
		assert_eq!(BtcLightClient::confirmations(&old_tip), None);
		assert_eq!(BtcLightClient::confirmations(&fork_at), Some(12));
	});
}

#[test]
fn regtest_forks_per_height_are_bounded() {
	run(|| {
		let (anchor, time) = regtest();
		for salt in 0..3 {
			assert_ok!(submit(&branch(anchor, time, 1, 10 + salt)));
		}
		assert_noop!(submit(&branch(anchor, time, 1, 20)), Error::<Test>::TooManyForks);
	});
}

/// Mine a header at `bits` (signet's limit is about four million tries).
fn mine_at(prev: H256, time: u32, bits: u32, salt: u32) -> BtcHeader {
	let target = minix_primitives::btc::target_from_bits(bits).unwrap();
	let mut header = BtcHeader {
		version: 0x2000_0000,
		prev,
		merkle_root: H256::repeat_byte(salt as u8),
		time,
		bits,
		nonce: 0,
	};
	while minix_primitives::btc::hash_as_number(&header.hash()) > target {
		header.nonce += 1;
	}
	header
}

#[test]
fn reorg_of_exactly_confirmation_depth_pauses_the_bridge() {
	// With 6 confirmations: losing 5 blocks removes no counted block; losing 6 or 7 does.
	for (depth, reported) in [(5u32, false), (6, true), (7, true)] {
		run(|| {
			ConfirmationDepth::set(&6);
			let (anchor, time) = regtest();
			let main = branch(anchor, time, 9, 1);
			assert_ok!(submit(&main));
			// Fork `depth` blocks below the tip (109) and overtake by one.
			let fork = BtcHeader::parse(&main[8 - depth as usize]).unwrap();
			let side = branch(fork.hash(), fork.time + 7, depth + 1, 100);
			assert_ok!(submit(&side));
			let expected: Vec<u32> = if reported { vec![depth] } else { vec![] };
			assert_eq!(DEEP_REORGS.with(|d| d.borrow().clone()), expected, "depth {depth}");
			assert!(System::events().iter().any(|r| matches!(
				r.event,
				RuntimeEvent::BtcLightClient(Event::Reorganized { depth: d, .. }) if d == depth
			)));
			DEEP_REORGS.with(|d| d.borrow_mut().clear());
		});
	}
}

#[test]
fn a_shorter_branch_with_more_work_beats_a_longer_lighter_one() {
	run(|| {
		// Signet, anchored three blocks before the 2016 retarget, at the network's limit. The
		// epoch so far took 102 s: a branch whose block 2015 is on time retargets 4x harder at
		// 2016 (Core clamps to a quarter); one whose 2015 comes weeks later stays at the limit.
		let limit = BtcNetwork::Signet.pow_limit_bits();
		let t0 = 1_700_000_000;
		let anchor = mine_at(H256::zero(), t0, limit, 0);
		checkpoint(BtcNetwork::Signet, 2013, &anchor.to_bytes(), t0 - 100);
		let chain = |first_times: [u32; 2], count: u32, salt: u32| {
			let mut prev = anchor.clone();
			let mut out = Vec::new();
			for i in 0..count {
				let height = 2014 + i;
				let time = if i < 2 { first_times[i as usize] } else { prev.time + 600 };
				let bits = if height == 2016 {
					minix_primitives::btc::retarget(BtcNetwork::Signet, limit, t0 - 100, prev.time)
				} else {
					prev.bits
				};
				let header = mine_at(prev.hash(), time, bits, salt + i);
				out.push(header.to_bytes().to_vec());
				prev = header;
			}
			(out, prev)
		};
		// The light branch: five blocks to 2018, all at the limit.
		let (light, light_tip) = chain([t0 + 1, t0 + 5_000_000], 5, 10);
		assert_eq!(BtcHeader::parse(&light[2]).unwrap().bits, limit);
		assert_ok!(submit(&light));
		assert_eq!(tip(), Tip { hash: light_tip.hash(), height: 2018 });
		// The heavy branch: three blocks to 2016, the last worth four.
		let (heavy, heavy_tip) = chain([t0 + 1, t0 + 2], 3, 20);
		assert_ne!(heavy_tip.bits, limit);
		assert_ok!(submit(&heavy[..2]));
		assert_eq!(tip().hash, light_tip.hash(), "two blocks are lighter than five");
		assert_ok!(submit(&heavy[2..]));
		assert_eq!(tip(), Tip { hash: heavy_tip.hash(), height: 2016 });
		assert_eq!(BestChain::<Test>::get(2017), None);
		assert_eq!(BtcLightClient::confirmations(&light_tip.hash()), None);
		assert_eq!(DEEP_REORGS.with(|d| d.borrow().clone()), vec![5]);
	});
}

#[test]
fn block_versions_below_bip34_66_65_are_refused() {
	run(|| {
		let (anchor, time) = regtest();
		// Regtest enforces version 4 from height 1 (Core's regtest BIP34/65/66 heights).
		for version in [1u32, 2, 3, 0x8000_0004] {
			let mut header = mine(anchor, time + 600, 1);
			header.version = version;
			while minix_primitives::btc::hash_as_number(&header.hash())
				> BtcNetwork::Regtest.pow_limit()
			{
				header.nonce += 1;
			}
			assert_noop!(submit(&[header.to_bytes().to_vec()]), Error::<Test>::BadVersion);
		}
		let mut header = mine(anchor, time + 600, 1);
		header.version = 4;
		while minix_primitives::btc::hash_as_number(&header.hash())
			> BtcNetwork::Regtest.pow_limit()
		{
			header.nonce += 1;
		}
		assert_ok!(submit(&[header.to_bytes().to_vec()]));
	});
}

#[test]
fn bitcoin_core_pow_tests_retarget_vectors() {
	let json: serde_json::Value = serde_json::from_str(
		&std::fs::read_to_string(format!(
			"{}/../../data/btc/vectors/pow_tests.json",
			std::env::var("CARGO_MANIFEST_DIR")
				.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())
		))
		.unwrap(),
	)
	.unwrap();
	let cases = json["cases"].as_array().unwrap();
	assert_eq!(cases.len(), 4);
	for case in cases {
		let bits = |i: usize| u32::from_str_radix(case[i].as_str().unwrap(), 16).unwrap();
		let time = |i: usize| case[i].as_u64().unwrap() as u32;
		assert_eq!(
			minix_primitives::btc::retarget(BtcNetwork::Mainnet, bits(4), time(1), time(3)),
			bits(5),
			"{}",
			case[0]
		);
	}
}
