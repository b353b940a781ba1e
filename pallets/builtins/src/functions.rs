//! The chain extension's functions, independent of pallet-contracts: a function id and SCALE
//! input in, SCALE output or an error code out.

use crate::{Config, Pallet, WeightInfo};
use alloc::vec::Vec;
use codec::{Decode, DecodeAll, Encode};
use frame_support::weights::Weight;
use minix_primitives::{
	Cid, CidInspect, ClaimKey, CollectionId, ItemId, MarketInspect, MitInspect, MstTokens,
	NftOwners, OracleKey, OracleValues,
};

/// The extension id contracts use (ink!: `#[ink::chain_extension(extension = 0)]`).
pub const EXTENSION_ID: u16 = 0;

/// The longest input any function accepts (a 64-byte symbol, an account and a balance fit).
pub const MAX_INPUT_LEN: u32 = 256;

/// The functions, by id (ink!: `#[ink(function = id)]`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Func {
	/// 1: `(symbol, who)` → `who`'s balance of the MST `symbol`.
	MstBalance = 1,
	/// 2: `symbol` → the MST's [`minix_primitives::TokenSummary`].
	MstDetails = 2,
	/// 3: `(symbol, to, amount)` → `()`: transfer from the calling contract's account.
	MstTransfer = 3,
	/// 4: `who` → the lowest CID `who` owns.
	CidOf = 4,
	/// 5: `cid` → its owner.
	CidOwner = 5,
	/// 6: `name` → `(cid, owner)` of the avatar `name` (any case).
	ResolveName = 6,
	/// 7: `cid` → the reputation of an issued CID.
	Reputation = 7,
	/// 8: `(cid, key)` → the valid claim `key` about `cid`.
	Claim = 8,
	/// 9: `key` → the combined (median) fresh oracle value of `key`.
	OracleValue = 9,
	/// 10: `cid` → the remint record of its C-Card.
	CardRemints = 10,
	/// 11: `cid` → its open market listing.
	CidListing = 11,
	/// 12: `listing id` → what a buyer pays now (a Dutch auction's price of this block).
	ListingPrice = 12,
	/// 13: `symbol` → the owner of the MIT `symbol` (any case).
	MitOwner = 13,
	/// 14: `symbol` → the content of the MIT `symbol` (any case).
	MitContent = 14,
	/// 15: `(collection, item)` → the holder of a pallet-nfts item.
	NftOwner = 15,
}

impl Func {
	/// The function with id `id`, if there is one.
	pub fn from_id(id: u16) -> Option<Func> {
		use Func::*;
		[
			MstBalance,
			MstDetails,
			MstTransfer,
			CidOf,
			CidOwner,
			ResolveName,
			Reputation,
			Claim,
			OracleValue,
			CardRemints,
			CidListing,
			ListingPrice,
			MitOwner,
			MitContent,
			NftOwner,
		]
		.into_iter()
		.find(|f| *f as u16 == id)
	}
}

/// Why a function failed: the status code the contract receives (0 is success). Nothing
/// changed and nothing was written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExtensionError {
	/// 1: the input did not decode exactly, or was longer than [`MAX_INPUT_LEN`].
	BadInput = 1,
	/// 2: no MST has this symbol.
	UnknownToken = 2,
	/// 3: the contract's spendable balance (not locked or escrowed) is below the amount.
	InsufficientBalance = 3,
	/// 4: `Mst` refused the transfer for another reason (zero amount, self-transfer, a
	///    read-only call, the recipient could not exist).
	TransferFailed = 4,
	/// 5: the CID is not issued, or the account owns none.
	NoSuchCid = 5,
	/// 6: no avatar has this name.
	NoSuchName = 6,
	/// 7: the CID has no valid claim with this key.
	NoClaim = 7,
	/// 8: the oracle value of this key is unknown or stale.
	NoValue = 8,
	/// 9: the chain has no such extension or function id.
	UnknownFunction = 9,
	/// 10: the CID has no C-Card.
	NoCard = 10,
	/// 11: the CID, or the listing id, is not listed on the market.
	NotListed = 11,
	/// 12: no MIT has this symbol.
	NoSuchMit = 12,
	/// 13: no pallet-nfts item has this collection and id.
	NoSuchNft = 13,
}

impl ExtensionError {
	/// The status code.
	pub fn code(self) -> u32 {
		self as u32
	}
}

type Result<T> = core::result::Result<T, ExtensionError>;

/// `D` from all of `input`, or `BadInput`.
fn decode<D: Decode>(input: &[u8]) -> Result<D> {
	D::decode_all(&mut &input[..]).map_err(|_| ExtensionError::BadInput)
}

impl<T: Config> Pallet<T> {
	/// The worst-case weight of `func` (charged before it runs).
	pub fn weight_of(func: Func) -> Weight {
		match func {
			Func::MstBalance => T::WeightInfo::mst_balance(),
			Func::MstDetails => T::WeightInfo::mst_details(),
			Func::MstTransfer => T::WeightInfo::mst_transfer(),
			Func::CidOf => T::WeightInfo::cid_of(),
			Func::CidOwner => T::WeightInfo::cid_owner(),
			Func::ResolveName => T::WeightInfo::resolve_name(),
			Func::Reputation => T::WeightInfo::reputation(),
			Func::Claim => T::WeightInfo::claim(),
			Func::OracleValue => T::WeightInfo::oracle_value(),
			Func::CardRemints => T::WeightInfo::card_remints(),
			Func::CidListing => T::WeightInfo::cid_listing(),
			Func::ListingPrice => T::WeightInfo::listing_price(),
			Func::MitOwner => T::WeightInfo::mit_owner(),
			Func::MitContent => T::WeightInfo::mit_content(),
			Func::NftOwner => T::WeightInfo::nft_owner(),
		}
	}

	/// Fails with `NoSuchCid` unless `cid` is issued.
	fn issued(cid: Cid) -> Result<()> {
		T::Cids::owner_of(cid).map(|_| ()).ok_or(ExtensionError::NoSuchCid)
	}

	/// Run `func` on SCALE `input` for the contract `contract` (whose account
	/// `mst_transfer` spends); `read_only` refuses state changes. The SCALE output on success.
	pub fn run(
		func: Func,
		contract: &T::AccountId,
		read_only: bool,
		input: &[u8],
	) -> Result<Vec<u8>> {
		use ExtensionError::*;
		if input.len() > MAX_INPUT_LEN as usize {
			return Err(BadInput);
		}
		Ok(match func {
			Func::MstBalance => {
				let (raw, who): (Vec<u8>, T::AccountId) = decode(input)?;
				T::Tokens::balance(&raw, &who).ok_or(UnknownToken)?.encode()
			},
			Func::MstDetails => {
				let raw: Vec<u8> = decode(input)?;
				T::Tokens::summary(&raw).ok_or(UnknownToken)?.encode()
			},
			Func::MstTransfer => {
				let (symbol, to, amount): (Vec<u8>, T::AccountId, T::Balance) = decode(input)?;
				let spendable = T::Tokens::spendable(&symbol, contract).ok_or(UnknownToken)?;
				if spendable < amount {
					return Err(InsufficientBalance);
				}
				if read_only {
					return Err(TransferFailed);
				}
				T::Tokens::transfer(&symbol, contract, &to, amount).map_err(|_| TransferFailed)?;
				().encode()
			},
			Func::CidOf => {
				let who: T::AccountId = decode(input)?;
				T::Cids::cid_of(&who).ok_or(NoSuchCid)?.encode()
			},
			Func::CidOwner => {
				let cid: Cid = decode(input)?;
				T::Cids::owner_of(cid).ok_or(NoSuchCid)?.encode()
			},
			Func::ResolveName => {
				let name: Vec<u8> = decode(input)?;
				let cid = T::Cids::cid_by_name(&name).ok_or(NoSuchName)?;
				(cid, T::Cids::owner_of(cid).ok_or(NoSuchName)?).encode()
			},
			Func::Reputation => {
				let cid: Cid = decode(input)?;
				Self::issued(cid)?;
				T::Cids::reputation_of(cid).encode()
			},
			Func::Claim => {
				let (cid, key): (Cid, Vec<u8>) = decode(input)?;
				let key = ClaimKey::try_from(key).map_err(|_| NoClaim)?;
				Self::issued(cid)?;
				T::Cids::claim_of(cid, &key).ok_or(NoClaim)?.encode()
			},
			Func::OracleValue => {
				let key: Vec<u8> = decode(input)?;
				let key = OracleKey::try_from(key).map_err(|_| NoValue)?;
				T::Oracles::value_of(&key).ok_or(NoValue)?.encode()
			},
			Func::CardRemints => {
				let cid: Cid = decode(input)?;
				Self::issued(cid)?;
				T::Cids::card_remints(cid).ok_or(NoCard)?.encode()
			},
			Func::CidListing => {
				let cid: Cid = decode(input)?;
				Self::issued(cid)?;
				T::Market::listing_of(&cid).ok_or(NotListed)?.encode()
			},
			Func::ListingPrice => {
				let id: u64 = decode(input)?;
				T::Market::listing(id).ok_or(NotListed)?.current_price.encode()
			},
			Func::MitOwner => {
				let symbol: Vec<u8> = decode(input)?;
				T::Mits::mit_of(&symbol).ok_or(NoSuchMit)?.0.encode()
			},
			Func::MitContent => {
				let symbol: Vec<u8> = decode(input)?;
				T::Mits::mit_of(&symbol).ok_or(NoSuchMit)?.1.encode()
			},
			Func::NftOwner => {
				let (collection, item): (CollectionId, ItemId) = decode(input)?;
				T::Nfts::nft_owner(collection, item).ok_or(NoSuchNft)?.encode()
			},
		})
	}
}
