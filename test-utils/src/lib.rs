//! # MiniX test utilities
//!
//! Stand-ins for the MiniX pallets that other pallets reach through `minix-primitives` traits,
//! defined once for every pallet's mock runtime: [`MockCids`] stands for `Cid` (`CidInspect`,
//! `CidAttest`), [`MockOracle`] for `Oracle` (`OracleValues`) and [`MockTokens`] for `Mst`
//! (`MstTokens`, one token: [`GOLD`]) and [`MockBoundItems`] for a pallet-nfts collection of
//! bound items (`BoundItems`), [`MockCreatorItems`] for creators' collections
//! (`CreatorItems`), and [`MockMarket`] for `Market`'s listings (`MarketInspect`).
//! Their state is thread-local
//! (each test runs on its own thread) and is set with the free functions of this crate.
//!
//! Mock accounts and block numbers are `u64`, as in `frame_system`'s `TestDefaultConfig`.
//!
//! [`mock_runtime!`] declares a mock runtime with `#[frame_support::runtime]` and the usual
//! derives, so each mock lists only its pallets.

/// Declares the mock runtime `$runtime` with `#[frame_support::runtime]`, deriving every
/// `Runtime*` aggregate (call, event, error, origin, reasons, lock id, task, view function),
/// with the pallets at the given indexes:
///
/// ```ignore
/// minix_test_utils::mock_runtime! {
/// 	Test;
/// 	0 => System: frame_system,
/// 	1 => Balances: pallet_balances,
/// 	2 => Cid: pallet_cid,
/// }
/// ```
#[macro_export]
macro_rules! mock_runtime {
	($runtime:ident; $($index:tt => $name:ident: $pallet:ident),+ $(,)?) => {
		#[frame_support::runtime]
		mod runtime {
			#[runtime::runtime]
			#[runtime::derive(
				RuntimeCall,
				RuntimeEvent,
				RuntimeError,
				RuntimeOrigin,
				RuntimeFreezeReason,
				RuntimeHoldReason,
				RuntimeSlashReason,
				RuntimeLockId,
				RuntimeTask,
				RuntimeViewFunction
			)]
			pub struct $runtime;
			$(
				#[runtime::pallet_index($index)]
				pub type $name = $pallet;
			)+
		}
	};
}

mod creator_items;
pub use creator_items::{
	burn_creator_item, creator_item, put_creator_item, CreatorItem, MockCreatorItems,
};

use core::{cell::RefCell, marker::PhantomData};
use frame_support::traits::Get;
use minix_primitives::{
	AttestedReputation, BoundItems, CardRemints, Cid, CidAttest, CidInspect, Claim, ClaimKey,
	CollectionId, ItemId, ListingSummary, MarketInspect, MitInspect, MstTokens, NftOwners,
	OracleKey, OracleValue, OracleValues, Reputation, TimedValue, TokenSummary,
};
use sp_runtime::{
	traits::AtLeast32BitUnsigned, DispatchError, DispatchResult, SaturatedConversion,
};
use std::collections::{BTreeMap, BTreeSet};

/// A CID as the `Cid` stand-in holds it.
#[derive(Clone, Debug, Default)]
pub struct CidEntry {
	/// Its owner.
	pub owner: u64,
	/// The score governance set (attested reputation is added when read).
	pub reputation: Reputation,
	/// Its avatar name, lower case (empty: none).
	pub name: Vec<u8>,
	/// The remint record of its C-Card, if minted.
	pub card: Option<CardRemints<u64>>,
}

#[derive(Default)]
struct State {
	cids: BTreeMap<Cid, CidEntry>,
	claims: BTreeMap<(Cid, ClaimKey), Claim<u64, u64>>,
	values: BTreeMap<OracleKey, OracleValue>,
	feed_keys: BTreeSet<OracleKey>,
	gold: BTreeMap<u64, u128>,
	mits: BTreeMap<Vec<u8>, (u64, Vec<u8>)>,
	nft_owners: BTreeMap<(CollectionId, ItemId), u64>,
	gold_locked: BTreeMap<u64, u128>,
	listings: BTreeMap<Cid, ListingSummary<u64, u128, u64>>,
}

thread_local! {
	static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
	STATE.with(|s| f(&mut s.borrow_mut()))
}

fn feed_key(key: &[u8]) -> OracleKey {
	key.to_vec().try_into().expect("a feed key of at most 32 bytes")
}

fn claim_key(key: &[u8]) -> ClaimKey {
	key.to_vec().try_into().expect("a claim key within its bound")
}

/// Forgets every CID, claim, value and feed key (a mock's `new_test_ext` starts with it).
pub fn reset() {
	with_state(|s| *s = State::default());
}

/// Gives `owner` the CID `cid` with the governance score `reputation` (replacing any holder;
/// the name is kept).
pub fn set_cid(cid: Cid, owner: u64, reputation: Reputation) {
	with_state(|s| {
		let entry = s.cids.entry(cid).or_default();
		entry.owner = owner;
		entry.reputation = reputation;
	});
}

/// Names the CID `cid` (stored lower case, as the `Cid` pallet stores names).
pub fn set_name(cid: Cid, name: &[u8]) {
	with_state(|s| s.cids.entry(cid).or_default().name = name.to_ascii_lowercase());
}

/// Gives the CID `cid` a minted C-Card with the remint record `remints`.
pub fn set_card_remints(cid: Cid, remints: CardRemints<u64>) {
	with_state(|s| s.cids.entry(cid).or_default().card = Some(remints));
}

/// Writes the claim `key` about `cid` directly (as governance would).
pub fn put_claim(cid: Cid, key: &[u8], claim: Claim<u64, u64>) {
	with_state(|s| s.claims.insert((cid, claim_key(key)), claim));
}

/// Makes the oracle stand-in report `value` for `key` (`None`: unknown or stale).
pub fn set_oracle_value(key: &[u8], value: Option<OracleValue>) {
	with_state(|s| match value {
		Some(value) => s.values.insert(feed_key(key), value),
		None => s.values.remove(&feed_key(key)),
	});
}

/// Registers `key` as a feed key, as governance would (a key with a value is one too).
pub fn register_feed_key(key: &[u8]) {
	with_state(|s| s.feed_keys.insert(feed_key(key)));
}

/// Sets `who`'s [`GOLD`] balance (locked part included).
pub fn set_gold(who: u64, amount: u128) {
	with_state(|s| s.gold.insert(who, amount));
}

/// `who`'s [`GOLD`] balance; `None` if it never held any.
pub fn gold(who: u64) -> Option<u128> {
	with_state(|s| s.gold.get(&who).copied())
}

/// Locks `amount` of `who`'s [`GOLD`] (0: unlocks it): [`MockTokens`] will not move it.
pub fn set_gold_locked(who: u64, amount: u128) {
	with_state(|s| s.gold_locked.insert(who, amount));
}

/// An item as [`MockBoundItems`] holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoundItem {
	/// Its holder.
	pub owner: u64,
	/// Its metadata.
	pub content: Vec<u8>,
	/// Its pallet attributes.
	pub attributes: BTreeMap<Vec<u8>, Vec<u8>>,
}

type StoredItem = (u64, Vec<u8>, Vec<(Vec<u8>, Vec<u8>)>);

fn item_key(id: u64) -> Vec<u8> {
	[&b"mock/bound-items/"[..], &id.to_le_bytes()].concat()
}

/// The item `id` of [`MockBoundItems`], if minted.
pub fn bound_item(id: u64) -> Option<BoundItem> {
	frame_support::storage::unhashed::get::<StoredItem>(&item_key(id)).map(
		|(owner, content, attributes)| BoundItem {
			owner,
			content,
			attributes: attributes.into_iter().collect(),
		},
	)
}

fn put_item(id: u64, item: BoundItem) {
	let stored: StoredItem = (item.owner, item.content, item.attributes.into_iter().collect());
	frame_support::storage::unhashed::put(&item_key(id), &stored);
}

/// Whether [`MockBoundItems`]'s collection was created.
pub fn bound_collection_created() -> bool {
	frame_support::storage::unhashed::exists(b"mock/bound-collection")
}

/// Stands for a pallet-nfts collection of bound items (the runtime's `NftItems`): minting an
/// existing item, or moving or burning a missing one, fails as pallet-nfts would. Its state is
/// in storage, so it is rolled back with a failed call like the real collection.
pub struct MockBoundItems;

impl BoundItems<u64> for MockBoundItems {
	type ItemId = u64;
	fn create_collection() -> DispatchResult {
		frame_support::storage::unhashed::put(b"mock/bound-collection", &true);
		Ok(())
	}
	fn mint(item: &u64, owner: &u64, content: &[u8]) -> DispatchResult {
		if bound_item(*item).is_some() {
			return Err(DispatchError::Other("AlreadyExists"));
		}
		put_item(
			*item,
			BoundItem { owner: *owner, content: content.to_vec(), ..Default::default() },
		);
		Ok(())
	}
	fn set_content(item: &u64, content: &[u8]) -> DispatchResult {
		with_item(item, |i| i.content = content.to_vec())
	}
	fn set_attribute(item: &u64, key: &[u8], value: &[u8]) -> DispatchResult {
		with_item(item, |i| {
			i.attributes.insert(key.to_vec(), value.to_vec());
		})
	}
	fn transfer(item: &u64, to: &u64) -> DispatchResult {
		with_item(item, |i| i.owner = *to)
	}
	fn burn(item: &u64, _attributes: &[&[u8]]) -> DispatchResult {
		bound_item(*item).ok_or(DispatchError::Other("UnknownItem"))?;
		frame_support::storage::unhashed::kill(&item_key(*item));
		Ok(())
	}
	fn owner(item: &u64) -> Option<u64> {
		bound_item(*item).map(|i| i.owner)
	}
	fn content(item: &u64) -> Vec<u8> {
		bound_item(*item).map(|i| i.content).unwrap_or_default()
	}
}

fn with_item(item: &u64, f: impl FnOnce(&mut BoundItem)) -> DispatchResult {
	let mut entry = bound_item(*item).ok_or(DispatchError::Other("UnknownItem"))?;
	f(&mut entry);
	put_item(*item, entry);
	Ok(())
}

/// Registers the MIT `symbol` (any case) with `owner` and `content` in [`MockNfts`].
pub fn set_mit(symbol: &[u8], owner: u64, content: &[u8]) {
	with_state(|s| s.mits.insert(symbol.to_ascii_lowercase(), (owner, content.to_vec())));
}

/// Gives `owner` item `item` of `collection` in [`MockNfts`].
pub fn set_nft_owner(collection: CollectionId, item: ItemId, owner: u64) {
	with_state(|s| s.nft_owners.insert((collection, item), owner));
}

/// Stands for the MITs (`MitInspect`, set with [`set_mit`]) and the holders of pallet-nfts
/// items (`NftOwners`, set with [`set_nft_owner`]).
pub struct MockNfts;

impl MitInspect<u64> for MockNfts {
	fn mit_of(symbol: &[u8]) -> Option<(u64, Vec<u8>)> {
		with_state(|s| s.mits.get(&symbol.to_ascii_lowercase()).cloned())
	}
}

impl NftOwners<u64> for MockNfts {
	fn nft_owner(collection: CollectionId, item: ItemId) -> Option<u64> {
		with_state(|s| s.nft_owners.get(&(collection, item)).copied())
	}
}

/// Lists `cid` on [`MockMarket`] as `listing` (`None`: unlists it).
pub fn set_listing(cid: Cid, listing: Option<ListingSummary<u64, u128, u64>>) {
	with_state(|s| match listing {
		Some(listing) => s.listings.insert(cid, listing),
		None => s.listings.remove(&cid),
	});
}

/// Stands for the `Market` pallet's listings of CIDs (set with [`set_listing`]).
pub struct MockMarket;

impl MarketInspect<Cid, u64, u128, u64> for MockMarket {
	fn listing_of(cid: &Cid) -> Option<ListingSummary<u64, u128, u64>> {
		with_state(|s| s.listings.get(cid).cloned())
	}
	fn listing(id: u64) -> Option<ListingSummary<u64, u128, u64>> {
		with_state(|s| s.listings.values().find(|l| l.id == id).cloned())
	}
}

/// The one MST of [`MockTokens`], and its pallet-assets id (7, 2 decimals).
pub const GOLD: &[u8] = b"GOLD";

/// Stands for the `Mst` pallet with one token, [`GOLD`], its symbol case-insensitive like MST
/// symbols; balances are set with [`set_gold`] and locked with [`set_gold_locked`]. `Balance`
/// is the mock runtime's balance type (amounts are kept as `u128`).
pub struct MockTokens<Balance = u128>(PhantomData<Balance>);

fn is_gold(symbol: &[u8]) -> bool {
	symbol.eq_ignore_ascii_case(GOLD)
}

impl<Balance: AtLeast32BitUnsigned + Copy> MstTokens<u64, Balance> for MockTokens<Balance> {
	fn summary(symbol: &[u8]) -> Option<TokenSummary<u64, Balance>> {
		is_gold(symbol).then(|| TokenSummary {
			asset_id: 7,
			decimals: 2,
			supply: with_state(|s| s.gold.values().sum::<u128>()).saturated_into(),
			issuer: 1,
		})
	}
	fn balance(symbol: &[u8], who: &u64) -> Option<Balance> {
		is_gold(symbol).then(|| gold(*who).unwrap_or(0).saturated_into())
	}
	fn spendable(symbol: &[u8], who: &u64) -> Option<Balance> {
		let locked = with_state(|s| s.gold_locked.get(who).copied().unwrap_or(0));
		is_gold(symbol).then(|| gold(*who).unwrap_or(0).saturating_sub(locked).saturated_into())
	}
	fn transfer(symbol: &[u8], from: &u64, to: &u64, amount: Balance) -> DispatchResult {
		let amount: u128 = amount.saturated_into();
		if !is_gold(symbol) {
			return Err(DispatchError::Other("unknown token"));
		}
		if from == to || amount == 0 {
			return Err(DispatchError::Other("refused"));
		}
		let spendable: u128 = Self::spendable(symbol, from).map_or(0, |b| b.saturated_into());
		if spendable < amount {
			return Err(DispatchError::Other("insufficient"));
		}
		with_state(|s| {
			*s.gold.entry(*from).or_default() -= amount;
			*s.gold.entry(*to).or_default() += amount;
		});
		Ok(())
	}
}

/// The current block of the mock runtime `T`: the `Now` of [`MockCids`].
pub struct CurrentBlock<T>(PhantomData<T>);

impl<T: frame_system::Config> Get<u64> for CurrentBlock<T> {
	fn get() -> u64 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}
}

/// Stands for the `Cid` pallet. `Now` gives the current block (claims past their validity read
/// as absent); `Attested` adds the reputation of live attestations, as `Cid` adds `Oracle`'s.
pub struct MockCids<Now, Attested = ()>(PhantomData<(Now, Attested)>);

impl<Now: Get<u64>, Attested: AttestedReputation> CidInspect<u64, u64> for MockCids<Now, Attested> {
	fn owner_of(cid: Cid) -> Option<u64> {
		with_state(|s| s.cids.get(&cid).map(|c| c.owner))
	}
	fn cid_of(who: &u64) -> Option<Cid> {
		with_state(|s| s.cids.iter().find(|(_, c)| c.owner == *who).map(|(cid, _)| *cid))
	}
	fn reputation_of(cid: Cid) -> Reputation {
		let set = with_state(|s| s.cids.get(&cid).map(|c| c.reputation));
		set.map(|set| set.saturating_add(Attested::attested_reputation(cid)))
			.unwrap_or_default()
	}
	fn claim_of(cid: Cid, key: &ClaimKey) -> Option<Claim<u64, u64>> {
		with_state(|s| s.claims.get(&(cid, key.clone())).cloned())
			.filter(|c| c.valid_until >= Now::get())
	}
	fn cid_by_name(name: &[u8]) -> Option<Cid> {
		let name = name.to_ascii_lowercase();
		with_state(|s| s.cids.iter().find(|(_, c)| c.name == name).map(|(cid, _)| *cid))
	}
	fn card_remints(cid: Cid) -> Option<CardRemints<u64>> {
		with_state(|s| s.cids.get(&cid).and_then(|c| c.card.clone()))
	}
}

impl<Now: Get<u64>, Attested: AttestedReputation> CidAttest<u64, u64> for MockCids<Now, Attested> {
	fn set_claim(cid: Cid, key: ClaimKey, claim: Claim<u64, u64>) -> DispatchResult {
		Self::owner_of(cid).ok_or(DispatchError::Other("no such CID"))?;
		with_state(|s| s.claims.insert((cid, key), claim));
		Ok(())
	}
	fn remove_claim(cid: Cid, key: &ClaimKey) -> DispatchResult {
		with_state(|s| s.claims.remove(&(cid, key.clone())));
		Ok(())
	}
}

/// Stands for the `Oracle` pallet: the values and feed keys set with [`set_oracle_value`] and
/// [`register_feed_key`].
pub struct MockOracle;

impl OracleValues for MockOracle {
	fn value_of(key: &OracleKey) -> Option<OracleValue> {
		with_state(|s| s.values.get(key).copied())
	}
	/// A value set with [`set_oracle_value`] is fresh and was combined at time 0.
	fn timed_value_of(key: &OracleKey) -> Option<TimedValue> {
		Self::value_of(key).map(|value| TimedValue { value, updated_at: 0, fresh: true })
	}
	fn is_feed_key(key: &OracleKey) -> bool {
		with_state(|s| s.feed_keys.contains(key) || s.values.contains_key(key))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::ConstU64;

	type Cids = MockCids<ConstU64<10>>;

	#[test]
	fn the_cid_stand_in_answers_like_the_cid_pallet() {
		set_cid(1_000_001, 7, 40);
		set_name(1_000_001, b"Bob");
		assert_eq!(Cids::owner_of(1_000_001), Some(7));
		assert_eq!(Cids::cid_of(&7), Some(1_000_001));
		assert_eq!(Cids::reputation_of(1_000_001), 40);
		assert_eq!(Cids::cid_by_name(b"BOB"), Some(1_000_001));
		assert_eq!(Cids::reputation_of(2), 0);
		let claim = |valid_until| Claim { issuer: 9, value_hash: Default::default(), valid_until };
		put_claim(1_000_001, b"kyc", claim(10));
		assert!(Cids::claim_of(1_000_001, &claim_key(b"kyc")).is_some());
		put_claim(1_000_001, b"kyc", claim(9));
		assert!(Cids::claim_of(1_000_001, &claim_key(b"kyc")).is_none(), "expired at block 10");
		assert!(Cids::set_claim(5, claim_key(b"kyc"), claim(99)).is_err(), "no such CID");
	}

	#[test]
	fn the_oracle_stand_in_reports_what_was_set() {
		assert_eq!(MockOracle::value_of(&feed_key(b"rain_mm")), None);
		assert!(!MockOracle::is_feed_key(&feed_key(b"rain_mm")));
		register_feed_key(b"rain_mm");
		assert!(MockOracle::is_feed_key(&feed_key(b"rain_mm")));
		set_oracle_value(b"rain_mm", Some(120));
		assert_eq!(MockOracle::value_of(&feed_key(b"rain_mm")), Some(120));
		set_oracle_value(b"rain_mm", None);
		assert_eq!(MockOracle::value_of(&feed_key(b"rain_mm")), None);
	}
}
