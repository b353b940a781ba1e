//! # Creators pallet
//!
//! Creators' NFT collections, after ComingChat's creator platform and its "Comfuture" market
//! ("70 % of the final sales price is sent to the creator"):
//!
//! - **Collections** ([`Call::create_collection`]): any account creates an ordinary pallet-nfts
//!   collection that it owns and manages, paying pallet-nfts' collection deposit in MINI
//!   (`nfts.create` itself stays closed). The royalty terms are fixed at creation, so no
//!   listing's split changes under its seller: the **creator share** of an item's primary sale
//!   ([`Config::CreatorShare`], 70 %; the rest of the price goes to the ecosystem pool) and a
//!   **resale royalty** of 0 to [`Config::MaxResaleRoyalty`] (10 %) paid to the creator on every
//!   later market sale.
//! - **Items** ([`Call::mint`]): the creator mints items with metadata, paying pallet-nfts' item
//!   and metadata deposits; their metadata and attributes are locked at mint, so what a buyer
//!   sees is what the creator minted. Holders transfer and burn items with pallet-nfts' own
//!   calls (`nfts.transfer`, `nfts.burn`), and wallets list them as any pallet-nfts item.
//! - **Market**: items are goods of the `Market` pallet ([`minix_primitives::MarketGoods`]),
//!   escrowed in place while listed: this pallet is pallet-nfts' `Locker`, so `nfts.transfer`
//!   and `nfts.burn` of a listed item fail with `ItemLocked`. An item's first market sale is its
//!   **primary sale**: of the price, the market fee goes to its destination, the pool share
//!   (100 % − creator share) to the ecosystem pool, and the rest to the seller, normally the
//!   creator (a creator's 70 % share is thus 70 % of the price less the market fee). Every later
//!   sale pays the resale royalty to the creator (none when the creator sells).
//!
//! The pallet reaches pallet-nfts only through [`minix_primitives::CreatorItems`]. Clients
//! query collections, items and royalties through [`runtime_api::CreatorsApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod escrow;
mod functions;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use minix_primitives::CreatorItems;
use sp_runtime::Percent;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Creators' collections in pallet-nfts.
		type Items: CreatorItems<Self::AccountId>;
		/// The ecosystem pool, which receives the pool share of primary sales.
		type EcosystemPool: Get<Self::AccountId>;
		/// The seller's share of a primary sale, recorded in each collection at creation.
		#[pallet::constant]
		type CreatorShare: Get<Percent>;
		/// The highest resale royalty a creator may set.
		#[pallet::constant]
		type MaxResaleRoyalty: Get<Percent>;
		/// The longest item metadata, in bytes (at most pallet-nfts' `StringLimit`).
		#[pallet::constant]
		type MaxMetadataLen: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
		/// Funds the benchmarks' creators.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Every creator's collection by pallet-nfts collection id.
	#[pallet::storage]
	pub type Collections<T: Config> =
		StorageMap<_, Twox64Concat, CollectionId, CreatorCollection<T::AccountId>>;

	/// (creator, collection) -> (): the collections each account created.
	#[pallet::storage]
	pub type CollectionsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, CollectionId, ()>;

	/// Items of creators' collections whose primary sale happened.
	#[pallet::storage]
	pub type PrimarySold<T: Config> = StorageMap<_, Blake2_128Concat, NftId, ()>;

	/// Items escrowed in place by the market: their holder keeps them, but pallet-nfts refuses
	/// to transfer or burn them (`ItemLocked`) until the listing ends.
	#[pallet::storage]
	pub type InEscrow<T: Config> = StorageMap<_, Blake2_128Concat, NftId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `creator` created `collection` with these royalty terms.
		CollectionCreated {
			collection: CollectionId,
			creator: T::AccountId,
			creator_share: Percent,
			resale_royalty: Percent,
			max_supply: Option<u32>,
		},
		/// The creator minted `item` of `collection` to itself.
		Minted { collection: CollectionId, item: ItemId, creator: T::AccountId },
		/// `item` of `collection` was sold on the market for the first time.
		PrimarySale { collection: CollectionId, item: ItemId, seller: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The resale royalty is above `MaxResaleRoyalty`.
		RoyaltyTooHigh,
		/// A collection with a maximum supply of zero.
		ZeroMaxSupply,
		/// No creator's collection has this id.
		UnknownCollection,
		/// The caller did not create the collection.
		NotCreator,
		/// The metadata is empty or longer than `MaxMetadataLen`.
		BadMetadataLength,
		/// The item does not exist.
		UnknownItem,
		/// The seller does not hold the item.
		NotOwner,
		/// The item is already escrowed by a listing.
		InEscrow,
		/// The item is not escrowed, so the market cannot deliver it.
		NotInEscrow,
		/// The item's metadata or attributes can still be changed by the collection's admin, so
		/// it cannot be listed (items minted through this pallet are locked).
		PropertiesUnlocked,
		/// The item or its collection is frozen in pallet-nfts: it cannot change hands.
		Frozen,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a pallet-nfts collection owned and managed by the caller, with a resale
		/// royalty of `resale_royalty` and at most `max_supply` items (`None`: unlimited).
		///
		/// - Origin: signed; pays pallet-nfts' collection deposit.
		/// - Errors: `RoyaltyTooHigh`, `ZeroMaxSupply`; pallet-nfts' and the balance's own.
		/// - Events: `CollectionCreated` (and pallet-nfts' `Created`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_collection())]
		pub fn create_collection(
			origin: OriginFor<T>,
			resale_royalty: Percent,
			max_supply: Option<u32>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_collection(who, resale_royalty, max_supply)
		}

		/// Mint `item` of `collection` to the caller, its creator, with `metadata`, which is
		/// locked with the item's attributes.
		///
		/// - Origin: signed, the collection's creator (and still its pallet-nfts admin); pays
		///   pallet-nfts' item and metadata deposits.
		/// - Errors: `UnknownCollection`, `NotCreator`, `BadMetadataLength`; pallet-nfts' own
		///   (`AlreadyExists`, `MaxSupplyReached`, `NoPermission`) and the balance's.
		/// - Events: `Minted` (and pallet-nfts' `Issued`, `ItemMetadataSet`,
		///   `ItemPropertiesLocked`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::mint(metadata.len().min(T::MaxMetadataLen::get() as usize) as u32))]
		pub fn mint(
			origin: OriginFor<T>,
			collection: CollectionId,
			item: ItemId,
			metadata: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mint(who, collection, item, &metadata)
		}
	}
}
