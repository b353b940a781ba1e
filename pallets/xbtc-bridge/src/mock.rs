//! A test runtime: System, Timestamp, the real light client and the bridge, with a small
//! in-memory stand-in for `Mst`'s XBTC (the runtime's integration tests use the real `Mst`).
//! Also the helpers the tests share: real data from `data/btc`, a regtest miner that builds
//! blocks from transactions, trustee keys that sign, and address encoders.

use crate as pallet_xbtc_bridge;
use crate::tx::Transaction;
use core::cell::RefCell;
use frame_support::{assert_ok, derive_impl, traits::ConstU32, BoundedVec};
use minix_primitives::{
	btc::{mine_regtest, sha256d, BtcNetwork},
	ReservedTokens, TokenEscrow,
};
use sp_core::{crypto::AccountId32, ecdsa, Pair, H256};
use sp_runtime::{traits::IdentityLookup, BuildStorage, DispatchError, DispatchResult};
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = AccountId32;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Timestamp: pallet_timestamp,
	2 => BtcLightClient: pallet_btc_light_client,
	3 => XbtcBridge: pallet_xbtc_bridge,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

pub const CONFIRMATIONS: u32 = 3;

impl pallet_btc_light_client::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
	type UnixTime = Timestamp;
	type OnDeepReorg = XbtcBridge;
	type MaxHeadersPerCall = ConstU32<2200>;
	type MaxRelayers = ConstU32<4>;
	type MaxReorgDepth = ConstU32<20>;
	type ConfirmationDepth = ConstU32<CONFIRMATIONS>;
	type PruneDepth = ConstU32<4_000>;
	type MaxForksPerHeight = ConstU32<3>;
	type WeightInfo = ();
}

pub const MIN_DEPOSIT: u64 = 100_000;
pub const WITHDRAWAL_FEE: u64 = 10_000;
pub const MAX_MINER_FEE: u64 = 50_000;
pub const GRACE: u64 = 10;

impl pallet_xbtc_bridge::Config for Test {
	type Balance = u128;
	type Tokens = MockXbtc;
	type Chain = BtcLightClient;
	type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
	type Confirmations = ConstU32<CONFIRMATIONS>;
	type MinDeposit = frame_support::traits::ConstU64<MIN_DEPOSIT>;
	type MinWithdrawal = frame_support::traits::ConstU64<100_000>;
	type WithdrawalFee = frame_support::traits::ConstU64<WITHDRAWAL_FEE>;
	type MaxMinerFee = frame_support::traits::ConstU64<MAX_MINER_FEE>;
	type GracePeriod = frame_support::traits::ConstU64<GRACE>;
	type MaxTrustees = ConstU32<16>;
	type MaxPayoutInputs = ConstU32<8>;
	type MaxPayoutWithdrawals = ConstU32<8>;
	type MaxOpenPayouts = ConstU32<4>;
	type MaxTxLen = ConstU32<100_000>;
	type WeightInfo = ();
}

thread_local! {
	/// XBTC: whether it exists, and (free, frozen) per account.
	static XBTC: RefCell<(bool, BTreeMap<AccountId, (u128, u128)>)> = RefCell::new(Default::default());
}

/// Stands for `Mst`'s XBTC: mint, burn, freeze in place.
pub struct MockXbtc;
impl ReservedTokens<AccountId, u128> for MockXbtc {
	fn ensure_reserved(_: &[u8], _: u8) -> DispatchResult {
		XBTC.with(|x| x.borrow_mut().0 = true);
		Ok(())
	}
	fn mint_reserved(_: &[u8], to: &AccountId, amount: u128) -> DispatchResult {
		XBTC.with(|x| x.borrow_mut().1.entry(to.clone()).or_default().0 += amount);
		Ok(())
	}
	fn burn_reserved(_: &[u8], from: &AccountId, amount: u128) -> DispatchResult {
		XBTC.with(|x| {
			let mut x = x.borrow_mut();
			let (free, frozen) = x.1.entry(from.clone()).or_default();
			if *free < amount + *frozen {
				return Err(DispatchError::Other("burn: insufficient"));
			}
			*free -= amount;
			Ok(())
		})
	}
	fn balance(_: &[u8], who: &AccountId) -> u128 {
		XBTC.with(|x| x.borrow().1.get(who).map_or(0, |b| b.0))
	}
	fn total_issuance(_: &[u8]) -> u128 {
		XBTC.with(|x| x.borrow().1.values().map(|b| b.0).sum())
	}
}
impl TokenEscrow<AccountId, u128> for MockXbtc {
	fn asset_of(_: &[u8]) -> Option<u32> {
		XBTC.with(|x| x.borrow().0).then_some(1)
	}
	fn issue_cert_holder(_: &[u8]) -> Option<AccountId> {
		None
	}
	fn escrow(_: u32, who: &AccountId, amount: u128) -> DispatchResult {
		XBTC.with(|x| {
			let mut x = x.borrow_mut();
			let (free, frozen) = x.1.entry(who.clone()).or_default();
			if *free < *frozen + amount {
				return Err(DispatchError::Other("escrow: insufficient"));
			}
			*frozen += amount;
			Ok(())
		})
	}
	fn release(_: u32, who: &AccountId, amount: u128) -> DispatchResult {
		XBTC.with(|x| {
			let mut x = x.borrow_mut();
			let (_, frozen) = x.1.entry(who.clone()).or_default();
			*frozen = frozen.checked_sub(amount).ok_or(DispatchError::Other("release"))?;
			Ok(())
		})
	}
}

/// XBTC of `who`: (balance, locked).
pub fn xbtc(who: &AccountId) -> (u128, u128) {
	XBTC.with(|x| x.borrow().1.get(who).copied().unwrap_or_default())
}

pub fn alice() -> AccountId {
	AccountId32::new([1; 32])
}
pub fn relayer() -> AccountId {
	AccountId32::new([9; 32])
}

/// The chain's clock reads 2026-11-21; `relayer()` relays; nothing anchored.
pub fn new_test_ext() -> sp_io::TestExternalities {
	XBTC.with(|x| *x.borrow_mut() = Default::default());
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_btc_light_client::GenesisConfig::<Test> { checkpoint: None, relayers: vec![relayer()] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	// The benchmarks' trustees sign with keystore keys.
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(1_795_000_000_000);
	});
	ext
}

/// Path of a file of `data/btc`.
pub fn data_file(name: &str) -> serde_json::Value {
	let path = format!(
		"{}/../../data/btc/{name}",
		std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())
	);
	serde_json::from_str(&std::fs::read_to_string(&path).expect("BTC test data")).unwrap()
}

/// `[[height, "header hex"], ...]` of a headers file.
pub fn headers_file(name: &str) -> Vec<(u32, Vec<u8>)> {
	data_file(name)
		.as_array()
		.unwrap()
		.iter()
		.map(|p| (p[0].as_u64().unwrap() as u32, hex(p[1].as_str().unwrap())))
		.collect()
}

/// A named entry of `transactions.json`.
pub fn real_tx(txid_prefix: &str) -> serde_json::Value {
	data_file("transactions.json")["transactions"]
		.as_array()
		.unwrap()
		.iter()
		.find(|t| t["txid"].as_str().unwrap().starts_with(txid_prefix))
		.cloned()
		.expect("transaction in transactions.json")
}

pub fn hex(s: &str) -> Vec<u8> {
	sp_core::bytes::from_hex(s).unwrap()
}

/// An id from its display (explorer) form.
pub fn display_hash(s: &str) -> H256 {
	let mut bytes = hex(s);
	bytes.reverse();
	H256::from_slice(&bytes)
}

pub fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(bytes.to_vec()).unwrap()
}

/// Anchor at mainnet 576576 and relay every header to 578692.
pub fn relay_mainnet() {
	let headers = headers_file("mainnet-headers-576576-578692.json");
	assert_ok!(BtcLightClient::set_checkpoint(
		RuntimeOrigin::root(),
		BtcNetwork::Mainnet,
		headers[0].0,
		bounded(&headers[0].1),
		minix_primitives::btc::BtcHeader::parse(&headers[0].1).unwrap().time,
		Default::default()
	));
	let raws: Vec<_> = headers[1..].iter().map(|(_, h)| bounded(h)).collect();
	assert_ok!(BtcLightClient::submit_headers(
		RuntimeOrigin::signed(relayer()),
		BoundedVec::try_from(raws).unwrap()
	));
}

/// Anchor at signet 63290 and relay every header to 63310.
pub fn relay_signet() {
	let headers = headers_file("signet-headers-63290-63310.json");
	assert_ok!(BtcLightClient::set_checkpoint(
		RuntimeOrigin::root(),
		BtcNetwork::Signet,
		headers[0].0,
		bounded(&headers[0].1),
		0,
		Default::default()
	));
	let raws: Vec<_> = headers[1..].iter().map(|(_, h)| bounded(h)).collect();
	assert_ok!(BtcLightClient::submit_headers(
		RuntimeOrigin::signed(relayer()),
		BoundedVec::try_from(raws).unwrap()
	));
}

/// The merkle root and per-leaf branches of `txids` (Bitcoin's tree: an odd last node pairs
/// with itself).
pub fn merkle_tree(txids: &[H256]) -> (H256, Vec<Vec<H256>>) {
	let mut branches = vec![Vec::new(); txids.len()];
	let mut positions: Vec<usize> = (0..txids.len()).collect();
	let mut level = txids.to_vec();
	while level.len() > 1 {
		if level.len() % 2 == 1 {
			level.push(*level.last().unwrap());
		}
		for (leaf, pos) in positions.iter_mut().enumerate() {
			branches[leaf].push(level[*pos ^ 1]);
			*pos /= 2;
		}
		level = level
			.chunks(2)
			.map(|p| {
				let mut both = p[0].as_bytes().to_vec();
				both.extend_from_slice(p[1].as_bytes());
				sha256d(&both)
			})
			.collect();
	}
	(level[0], branches)
}

/// A regtest chain driven by the tests: mines blocks holding given transactions and relays
/// them; returns inclusion proofs.
pub struct Regtest {
	pub tip: H256,
	pub time: u32,
	salt: u32,
}

impl Regtest {
	/// Anchor the light client at a mined regtest genesis.
	pub fn start() -> Regtest {
		let genesis = mine_regtest(H256::zero(), H256::zero(), 1_700_000_000, 0);
		assert_ok!(BtcLightClient::set_checkpoint(
			RuntimeOrigin::root(),
			BtcNetwork::Regtest,
			0,
			bounded(&genesis.to_bytes()),
			genesis.time,
			Default::default()
		));
		Regtest { tip: genesis.hash(), time: genesis.time, salt: 1 }
	}

	/// Mine and relay a block with `txs` (after a stand-in coinbase); return its id and a
	/// branch proof per transaction.
	pub fn mine(&mut self, txs: &[&Transaction]) -> (H256, Vec<crate::TxProof>) {
		let mut txids = vec![H256::repeat_byte(self.salt as u8)];
		txids.extend(txs.iter().map(|t| t.txid()));
		let (block, branches) = self.mine_leaves(&txids);
		let proofs = (1..txids.len())
			.map(|i| crate::TxProof::Branch {
				block,
				index: i as u32,
				siblings: BoundedVec::try_from(branches[i].clone()).unwrap(),
				coinbase: txids[0],
				coinbase_siblings: BoundedVec::try_from(branches[0].clone()).unwrap(),
			})
			.collect();
		(block, proofs)
	}

	/// Mine and relay a block whose merkle leaves are `txids`; return its id and the leaves'
	/// branches.
	pub fn mine_leaves(&mut self, txids: &[H256]) -> (H256, Vec<Vec<H256>>) {
		let (root, branches) = merkle_tree(txids);
		self.time += 600;
		self.salt += 1;
		let header = mine_regtest(self.tip, root, self.time, self.salt);
		assert_ok!(BtcLightClient::submit_headers(
			RuntimeOrigin::signed(relayer()),
			BoundedVec::try_from(vec![bounded(&header.to_bytes())]).unwrap()
		));
		self.tip = header.hash();
		(self.tip, branches)
	}

	/// The header of the tip (for hand-built partial merkle trees).
	pub fn tip_header(&self) -> Vec<u8> {
		pallet_btc_light_client::Headers::<Test>::get(self.tip)
			.unwrap()
			.header
			.to_bytes()
			.to_vec()
	}

	/// Mine `n` empty blocks.
	pub fn confirm(&mut self, n: u32) {
		for _ in 0..n {
			self.mine(&[]);
		}
	}
}

/// Trustee `i`'s signing key.
pub fn trustee_key(i: u8) -> ecdsa::Pair {
	ecdsa::Pair::from_seed(&[i + 100; 32])
}

/// `n` trustees (accounts `[i + 50; 32]`) and their compressed keys, seeds from `first`.
pub fn trustees(first: u8, n: u8) -> Vec<(AccountId, [u8; 33])> {
	(first..first + n)
		.map(|i| (trustee_account(i), trustee_key(i).public().0))
		.collect()
}

pub fn trustee_account(i: u8) -> AccountId {
	AccountId32::new([i + 50; 32])
}

/// Trustee `i`'s DER signatures of every input of `tx` (each spending `values[k]` locked by
/// `witness_script`).
pub fn sign_all(i: u8, tx: &Transaction, witness_script: &[u8], values: &[u64]) -> Vec<Vec<u8>> {
	values
		.iter()
		.enumerate()
		.map(|(k, value)| {
			let msg = crate::sighash::bip143_sighash(tx, k, witness_script, *value).unwrap();
			let sig = trustee_key(i).sign_prehashed(&msg.0);
			let (r, s) = (sig.0[..32].try_into().unwrap(), sig.0[32..64].try_into().unwrap());
			crate::sighash::encode_der(&r, &s)
		})
		.collect()
}

pub use crate::address::segwit_address;

/// Build a BIP37 partial merkle tree for `txids` matching `index`, as `gettxoutproof` does
/// (`header` first).
pub fn partial_tree(header: &[u8], txids: &[H256], index: usize) -> Vec<u8> {
	let n = txids.len() as u32;
	let width = |h: u32| (n + (1 << h) - 1) >> h;
	let mut height = 0;
	while width(height) > 1 {
		height += 1;
	}
	fn hash_at(txids: &[H256], width: &dyn Fn(u32) -> u32, h: u32, pos: u32) -> H256 {
		if h == 0 {
			return txids[pos as usize];
		}
		let left = hash_at(txids, width, h - 1, pos * 2);
		let right = if pos * 2 + 1 < width(h - 1) {
			hash_at(txids, width, h - 1, pos * 2 + 1)
		} else {
			left
		};
		let mut both = left.as_bytes().to_vec();
		both.extend_from_slice(right.as_bytes());
		sha256d(&both)
	}
	fn build(
		txids: &[H256],
		width: &dyn Fn(u32) -> u32,
		index: u32,
		h: u32,
		pos: u32,
		bits: &mut Vec<bool>,
		hashes: &mut Vec<H256>,
	) {
		let parent_of_match = (pos << h) <= index && index < ((pos + 1) << h);
		bits.push(parent_of_match);
		if h == 0 || !parent_of_match {
			hashes.push(hash_at(txids, width, h, pos));
		} else {
			build(txids, width, index, h - 1, pos * 2, bits, hashes);
			if pos * 2 + 1 < width(h - 1) {
				build(txids, width, index, h - 1, pos * 2 + 1, bits, hashes);
			}
		}
	}
	let (mut bits, mut hashes) = (Vec::new(), Vec::new());
	build(txids, &width, index as u32, height, 0, &mut bits, &mut hashes);
	let mut out = header.to_vec();
	out.extend_from_slice(&n.to_le_bytes());
	crate::bitcoin::write_varint(&mut out, hashes.len() as u64);
	for h in &hashes {
		out.extend_from_slice(h.as_bytes());
	}
	let mut flags = vec![0u8; (bits.len() + 7) / 8];
	for (i, b) in bits.iter().enumerate() {
		if *b {
			flags[i / 8] |= 1 << (i % 8);
		}
	}
	crate::bitcoin::write_varint(&mut out, flags.len() as u64);
	out.extend(flags);
	out
}
