//! `Config` implementations of the runtime's pallets, one module per concern.

mod bitcoin;
mod consensus;
mod contracts;
mod creators;
mod deposits;
mod governance;
mod identity;
mod market;
mod mit;
mod network;
mod nfts;
mod oracles;
mod payment;
mod revive;
mod system;
mod tokens;

pub use bitcoin::{BTC_CONFIRMATIONS, BTC_MAX_HEADERS_PER_CALL, BTC_PRUNE_DEPTH};
pub use consensus::{MaxAuthorities, SessionKeyDeposit, KEPT_SESSIONS, MAX_VALIDATORS};
pub use contracts::{ContractsCallFilter, CONTRACTS_DEBUG_OUTPUT};
pub use deposits::{mini_deposit_tiers, DepositLockPalletId};
pub use governance::{
	CouncilCollective, CouncilMembershipInstance, CouncilTwoThirds, GovernanceAttestOrigin,
	GovernanceOrigin, MaxProposalWeight, COUNCIL_MAX_MEMBERS,
};
pub use identity::{CidDeposit, GovernanceAccount, GOVERNANCE_PALLET_ID};
pub use market::{MarketGood, MAX_MARKET_FEE};
pub use network::{
	peering_call_allowed, MAX_CONNECTIONS_PER_NODE, MAX_PEER_ID_LENGTH, MAX_WELL_KNOWN_NODES,
};
pub use nfts::{
	CardCollectionOwner, Cards, CreatorCollections, MitItems, NftItems, NftOwnersOf,
	CARD_COLLECTION, MIT_COLLECTION,
};
pub use oracles::{
	DisputeBond, OracleBond, FEED_EXPIRES_IN_MS, MAX_FEEDERS, MAX_FEEDERS_PER_KEY,
	MAX_KEYS_PER_FEEDER, MIN_QUORUM,
};
pub use payment::{
	AuthorAccount, EcosystemPoolAccount, EcosystemPoolId, FeePoolAccount, FeePoolId, SupplyGuard,
	SUPPLY_BROKEN,
};
pub use revive::{mst_erc20_address, EthExtraImpl, MST_ERC20_PREFIX};
pub use system::{RuntimeBlockLength, RuntimeBlockWeights, NORMAL_DISPATCH_RATIO};
pub use tokens::{MstFreezer, MstPalletId};
