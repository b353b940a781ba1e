//! Non-fungible items (`Nfts`, polkadot-sdk's `pallet-nfts`), so that wallets and indexers that
//! read pallet-nfts list MiniX's NFTs. Collection 0 holds the C-Cards of CIDs (item id = CID
//! number), collection 1 the MITs (item id = MIT id), both created at genesis (by the `Cid` and
//! `Mit` pallets' genesis, in that order) and owned by accounts nobody holds the key of. Their
//! items are bound: [`NftItems`] mints each with pallet-nfts' `TransferDisabled` lock, and lifts the lock
//! only inside the `Cid` pallet's own move or burn, so `nfts.transfer` and `nfts.burn` of a card
//! fail with `ItemLocked`.
//!
//! Creators' collections (ids from 2) are ordinary pallet-nfts collections owned by their
//! creators, created and minted through the `Creators` pallet ([`CreatorCollections`]), which
//! pays pallet-nfts' deposits from the creator; `nfts.create` itself is closed (`CreateOrigin`
//! never succeeds). `Creators` is pallet-nfts' `Locker`: a creator's item listed on the market
//! cannot be transferred or burned (`ItemLocked`). Trading and swaps are disabled: NFTs are sold
//! through the `Market` pallet, which pays the market fee and royalties.

use super::contracts::deposit;
use crate::{AccountId, Balance, Balances, Nfts, Runtime, RuntimeEvent, RuntimeOrigin, Signature};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{
		tokens::nonfungibles_v2::{Create, Inspect, Mutate, Transfer},
		AsEnsureOriginWithArg, ConstU32, Get,
	},
	PalletId,
};
use frame_system::{EnsureNever, EnsureRoot};
use minix_primitives::{time::DAYS, BoundItems, CollectionId, CreatorItems, ItemId, NftOwners};
use pallet_nfts::{
	AttributeNamespace, CollectionConfig, CollectionSetting, CollectionSettings, ItemConfig,
	ItemSetting, MintSettings, PalletFeature, PalletFeatures,
};
use sp_runtime::{
	traits::{AccountIdConversion, Verify},
	BoundedVec, DispatchError, DispatchResult,
};

/// The collection of C-Cards.
pub const CARD_COLLECTION: u32 = 0;
/// The pallet id the C-Card collection's owner account is derived from.
pub const CARD_COLLECTION_OWNER_ID: PalletId = PalletId(*b"mx/ccard");
/// The collection of MITs.
pub const MIT_COLLECTION: u32 = 1;
/// The pallet id the MIT collection's owner account is derived from.
pub const MIT_COLLECTION_OWNER_ID: PalletId = PalletId(*b"mx/mitcl");

parameter_types! {
	/// Held for a collection: one MINI.
	pub const NftCollectionDeposit: Balance = deposit(1000, 0);
	/// Held per item (bound collections hold none: they are created without deposits).
	pub const NftItemDeposit: Balance = deposit(1, 0);
	/// Held per metadata or attribute record, plus [`NftDepositPerByte`].
	pub const NftMetadataDepositBase: Balance = deposit(1, 0);
	/// Held per byte of metadata and attributes.
	pub const NftDepositPerByte: Balance = deposit(0, 1);
	/// Every pallet-nfts feature except trading and swaps, which would bypass the market.
	pub NftFeatures: PalletFeatures =
		PalletFeatures::from_disabled(PalletFeature::Trading | PalletFeature::Swaps);
	/// The owner (and admin, issuer, freezer) of the C-Card collection.
	pub CardCollectionOwner: AccountId = CARD_COLLECTION_OWNER_ID.into_account_truncating();
	pub const CardCollection: u32 = CARD_COLLECTION;
	/// The owner (and admin, issuer, freezer) of the MIT collection.
	pub MitCollectionOwner: AccountId = MIT_COLLECTION_OWNER_ID.into_account_truncating();
	pub const MitCollection: u32 = MIT_COLLECTION;
	/// The longest attribute key.
	pub const NftKeyLimit: u32 = 32;
}

impl pallet_nfts::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = u32;
	type ItemId = minix_primitives::Cid;
	type Currency = Balances;
	type ForceOrigin = EnsureRoot<AccountId>;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureNever<AccountId>>;
	type Locker = crate::Creators;
	type CollectionDeposit = NftCollectionDeposit;
	type ItemDeposit = NftItemDeposit;
	type MetadataDepositBase = NftMetadataDepositBase;
	type AttributeDepositBase = NftMetadataDepositBase;
	type DepositPerByte = NftDepositPerByte;
	type StringLimit = ConstU32<256>;
	type KeyLimit = NftKeyLimit;
	type ValueLimit = ConstU32<256>;
	type ApprovalsLimit = ConstU32<16>;
	type ItemAttributesApprovalsLimit = ConstU32<16>;
	type MaxTips = ConstU32<8>;
	type MaxDeadlineDuration = ConstU32<{ 365 * DAYS }>;
	type MaxAttributesPerCall = ConstU32<10>;
	type Features = NftFeatures;
	type OffchainSignature = Signature;
	type OffchainPublic = <Signature as Verify>::Signer;
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = ();
	type WeightInfo = pallet_nfts::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// A collection of bound items in `Nfts`: collection `Collection`, owned by `Owner`, its items
/// locked against their holders and moved only through [`BoundItems`].
pub struct NftItems<Collection, Owner>(core::marker::PhantomData<(Collection, Owner)>);

impl<Collection: Get<u32>, Owner: Get<AccountId>> BoundItems<AccountId>
	for NftItems<Collection, Owner>
{
	type ItemId = minix_primitives::Cid;

	/// Force-create the collection without deposits (its items, metadata and attributes cost
	/// the owning pallet's records their own deposits instead), unlocked so that the owning
	/// pallet can update metadata and attributes, mintable only by its owner.
	fn create_collection() -> DispatchResult {
		let config = CollectionConfig {
			settings: CollectionSettings::from_disabled(CollectionSetting::DepositRequired.into()),
			max_supply: None,
			mint_settings: MintSettings::default(),
		};
		Nfts::force_create(RuntimeOrigin::root(), Owner::get().into(), config)?;
		frame_support::ensure!(
			pallet_nfts::NextCollectionId::<Runtime>::get() == Some(Collection::get() + 1),
			"the bound collection did not get its reserved id"
		);
		Ok(())
	}

	fn mint(item: &Self::ItemId, owner: &AccountId, content: &[u8]) -> DispatchResult {
		let collection = Collection::get();
		<Nfts as Mutate<_, _>>::mint_into(&collection, item, owner, &ItemConfig::default(), true)?;
		<Nfts as Mutate<_, _>>::set_item_metadata(None, &collection, item, content)?;
		<Nfts as Transfer<_>>::disable_transfer(&collection, item)
	}

	fn set_content(item: &Self::ItemId, content: &[u8]) -> DispatchResult {
		<Nfts as Mutate<_, _>>::set_item_metadata(None, &Collection::get(), item, content)
	}

	fn set_attribute(item: &Self::ItemId, key: &[u8], value: &[u8]) -> DispatchResult {
		<Nfts as Mutate<_, _>>::set_attribute(&Collection::get(), item, key, value)
	}

	fn transfer(item: &Self::ItemId, to: &AccountId) -> DispatchResult {
		let collection = Collection::get();
		<Nfts as Transfer<_>>::enable_transfer(&collection, item)?;
		<Nfts as Transfer<_>>::transfer(&collection, item, to)?;
		<Nfts as Transfer<_>>::disable_transfer(&collection, item)
	}

	fn burn(item: &Self::ItemId, attributes: &[&[u8]]) -> DispatchResult {
		let collection = Collection::get();
		for key in attributes {
			let bounded: BoundedVec<u8, NftKeyLimit> =
				key.to_vec().try_into().map_err(|_| "an attribute key above the key limit")?;
			let at = (collection, Some(*item), AttributeNamespace::Pallet, bounded);
			if pallet_nfts::Attribute::<Runtime>::contains_key(at) {
				<Nfts as Mutate<_, _>>::clear_attribute(&collection, item, key)?;
			}
		}
		<Nfts as Transfer<_>>::enable_transfer(&collection, item)?;
		<Nfts as Mutate<_, _>>::burn(&collection, item, None)
	}

	fn owner(item: &Self::ItemId) -> Option<AccountId> {
		item_owner(Collection::get(), *item)
	}

	fn content(item: &Self::ItemId) -> Vec<u8> {
		item_metadata(Collection::get(), *item)
	}
}

/// The C-Cards of CIDs.
pub type Cards = NftItems<CardCollection, CardCollectionOwner>;
/// The MITs.
pub type MitItems = NftItems<MitCollection, MitCollectionOwner>;

/// Creators' collections in `Nfts`: owned and managed (admin, issuer, freezer) by their creator,
/// with pallet-nfts' deposits held from it.
pub struct CreatorCollections;

impl CreatorItems<AccountId> for CreatorCollections {
	/// pallet-nfts' `Create`, which holds `CollectionDeposit` (1 MINI) from the creator.
	fn create_collection(
		creator: &AccountId,
		max_supply: Option<u32>,
	) -> Result<CollectionId, DispatchError> {
		let config = CollectionConfig {
			settings: CollectionSettings::all_enabled(),
			max_supply,
			mint_settings: MintSettings::default(),
		};
		<Nfts as Create<_, _>>::create_collection(creator, creator, &config)
	}

	/// Mint with the item deposit from `creator`, set the metadata as the collection's admin
	/// (its deposit from the collection's owner, as pallet-nfts' `set_metadata`), then lock
	/// metadata and attributes as the admin.
	fn mint(
		collection: CollectionId,
		item: ItemId,
		creator: &AccountId,
		metadata: &[u8],
	) -> DispatchResult {
		<Nfts as Mutate<_, _>>::mint_into(
			&collection,
			&item,
			creator,
			&ItemConfig::default(),
			false,
		)?;
		<Nfts as Mutate<_, _>>::set_item_metadata(Some(creator), &collection, &item, metadata)?;
		Nfts::lock_item_properties(
			RuntimeOrigin::signed(creator.clone()),
			collection,
			item,
			true,
			true,
		)
	}

	fn owner(collection: CollectionId, item: ItemId) -> Option<AccountId> {
		item_owner(collection, item)
	}

	fn can_transfer(collection: CollectionId, item: ItemId) -> bool {
		<Nfts as Inspect<_>>::can_transfer(&collection, &item)
	}

	fn properties_locked(collection: CollectionId, item: ItemId) -> bool {
		pallet_nfts::ItemConfigOf::<Runtime>::get(collection, item).is_some_and(|config| {
			!config.is_setting_enabled(ItemSetting::UnlockedMetadata)
				&& !config.is_setting_enabled(ItemSetting::UnlockedAttributes)
		})
	}

	fn transfer(collection: CollectionId, item: ItemId, to: &AccountId) -> DispatchResult {
		<Nfts as Transfer<_>>::transfer(&collection, &item, to)
	}

	fn metadata(collection: CollectionId, item: ItemId) -> Vec<u8> {
		item_metadata(collection, item)
	}

	fn items(collection: CollectionId, start: u32, limit: u32) -> Vec<(ItemId, AccountId)> {
		pallet_nfts::Item::<Runtime>::iter_prefix(collection)
			.skip(start as usize)
			.take(limit as usize)
			.map(|(item, details)| (item, details.owner))
			.collect()
	}
}

/// The holder of any item of `Nfts`, for the contracts' chain extension.
pub struct NftOwnersOf;

impl NftOwners<AccountId> for NftOwnersOf {
	fn nft_owner(collection: CollectionId, item: ItemId) -> Option<AccountId> {
		item_owner(collection, item)
	}
}

/// The holder of `item` of `collection`, if it exists.
fn item_owner(collection: CollectionId, item: ItemId) -> Option<AccountId> {
	pallet_nfts::Item::<Runtime>::get(collection, item).map(|d| d.owner)
}

/// The metadata of `item` of `collection` (empty if it has none).
fn item_metadata(collection: CollectionId, item: ItemId) -> Vec<u8> {
	pallet_nfts::ItemMetadataOf::<Runtime>::get(collection, item)
		.map(|m| m.data.into_inner())
		.unwrap_or_default()
}
