//! Genesis presets: `development` (Alice validates alone, Alice holds the sudo key) and
//! `local_testnet` (Alice, Bob, Charlie and Dave validate, no sudo; the nodes of Alice … Eve are
//! its well-known nodes, so peering is permissioned). In both the council is Alice, Bob and
//! Charlie. A consortium's own chain spec starts from `local_testnet`
//! (`minix-node build-spec --chain local`) and replaces the accounts and keys
//! (docs/operators.md, "A consortium's own chain spec").

use crate::{
	configs::{mini_deposit_tiers, EcosystemPoolAccount},
	AccountId, Balance, BlockNumber, CidConfig, CouncilMembershipConfig, DepositLockConfig,
	MstConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, ValidatorSetConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use minix_primitives::currency::MINI;
use minix_primitives::Cid;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::OpaquePeerId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::Perbill;

/// Blocks per session in both presets: one minute, so a validator the council adds authors
/// within about two minutes. A production chain spec sets a longer one (an hour is 600).
pub const PRESET_SESSION_PERIOD: BlockNumber = 10;

/// How many reserved CIDs each development account receives at genesis. Each mints 1 MINI to its
/// owner (and 0.25 MINI to the ecosystem pool), so every dev account starts with 100 MINI.
pub const DEV_CIDS_PER_ACCOUNT: u64 = 100;

/// The token the `development` preset issues to Alice, so Apps' Assets page, the exchange and the
/// node's `benchmark extrinsic` (an `Mst.transfer` block) have something to work with.
pub const DEV_TOKEN: &[u8] = b"DEV";
/// How much of the ecosystem pool (0.25 MINI per genesis CID) funds the MINI deposit program.
pub const DEPOSIT_POOL_FUNDING: Balance = 200 * MINI;

/// The tier the `development` preset adds to the MINI deposit program for trying it out:
/// 10 blocks for 1 %. It is index 5, after the five ETP tiers.
pub const DEV_DEPOSIT_TIER: (BlockNumber, Perbill) = (10, Perbill::from_percent(1));

/// Its decimals and supply (1 000 000 DEV).
pub const DEV_TOKEN_DECIMALS: u8 = 8;
pub const DEV_TOKEN_SUPPLY: Balance = 1_000_000 * 100_000_000;

/// The Bitcoin checkpoint of the `development` preset: mainnet block 576576
/// (`0000000000000000001721f58deb88b0710295a02551f0dde1e2e231a15f1882`), the first block of a
/// difficulty epoch, so its own time starts the epoch and the retarget at 578592 is checked.
/// `data/btc/mainnet-headers-576576-578692.json` continues from it (`minix-btc-relayer`).
pub const DEV_BTC_CHECKPOINT_HEIGHT: u32 = 576576;
/// Its 80-byte header.
pub const DEV_BTC_CHECKPOINT_HEADER: &str = "00000020bf262b398d5f755357fb6cb5dcd435851292516cdf4a0a0000000000000000005e0f7b57725eea612f6b88f966d6a282f947b6ed75f7d3cfe5120bcb0ae6211de8c2df5c45fb29177c1acd55";
/// Its time (the epoch start).
pub const DEV_BTC_CHECKPOINT_TIME: u32 = 1558168296;

/// The peer ids of the `local_testnet` nodes: Alice, Bob, Charlie, Dave (the genesis validators)
/// and Eve (the candidate validator), run by `scripts/local-testnet.sh` with the p2p secret keys
/// 0x00…01 to 0x00…05 (dev-only secrets, like the `--alice` session keys). Each is the
/// libp2p encoding of an ed25519 public key (`00 24 08 01 12 20` + the key); base58:
/// `12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp` (Alice),
/// `12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD` (Bob),
/// `12D3KooWSCufgHzV4fCwRijfH2k3abrpAJxTKxEvN1FDuRXA2U9x` (Charlie),
/// `12D3KooWSsChzF81YDUKpe9Uk5AHV5oqAaXAcWNSPYgoLauUk4st` (Dave),
/// `12D3KooWSuTq6MG9gPt7qZqLFKkYrfxMewTZhj9nmRHJkPwzWDG2` (Eve).
pub const LOCAL_NODE_PUBLIC_KEYS: [(Sr25519Keyring, &str); 5] = [
	(Sr25519Keyring::Alice, "4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29"),
	(Sr25519Keyring::Bob, "7422b9887598068e32c4448a949adb290d0f4e35b9e01b0ee5f1a1e600fe2674"),
	(Sr25519Keyring::Charlie, "f381626e41e7027ea431bfe3009e94bdd25a746beec468948d6c3c7c5dc9a54b"),
	(Sr25519Keyring::Dave, "fd50b8e3b144ea244fbf7737f550bc8dd0c2650bbc1aada833ca17ff8dbf329b"),
	(Sr25519Keyring::Eve, "fde4fba030ad002f7c2f7d4c331f49d13fb0ec747eceebec634f1ff4cbca9def"),
];

/// The libp2p peer id of an ed25519 node key: the identity multihash of its protobuf-encoded
/// public key.
pub fn ed25519_peer_id(public: &[u8; 32]) -> OpaquePeerId {
	let mut id = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	id.extend_from_slice(public);
	OpaquePeerId(id)
}

/// `local_testnet`'s well-known nodes, each owned by its operator's account.
pub fn local_well_known_nodes() -> Vec<(OpaquePeerId, AccountId)> {
	LOCAL_NODE_PUBLIC_KEYS
		.iter()
		.map(|(owner, public)| {
			let mut key = [0u8; 32];
			let bytes = sp_core::bytes::from_hex(public).unwrap_or_default();
			key.copy_from_slice(&bytes[..32]);
			(ed25519_peer_id(&key), owner.to_account_id())
		})
		.collect()
}

/// The light client's genesis for `development`: anchored at mainnet 576576, Alice relays.
fn dev_btc_light_client() -> Value {
	let header = sp_core::bytes::from_hex(DEV_BTC_CHECKPOINT_HEADER).unwrap_or_default();
	serde_json::to_value(pallet_btc_light_client::GenesisConfig::<crate::Runtime> {
		checkpoint: Some(pallet_btc_light_client::CheckpointConfig {
			network: minix_primitives::btc::BtcNetwork::Mainnet,
			height: DEV_BTC_CHECKPOINT_HEIGHT,
			header,
			epoch_start_time: DEV_BTC_CHECKPOINT_TIME,
			previous_times: vec![],
		}),
		relayers: vec![Sr25519Keyring::Alice.to_account_id()],
	})
	.unwrap_or_default()
}

/// A genesis validator: its account, its Aura (sr25519) and GRANDPA (ed25519) session keys.
pub type Authority = (AccountId, AuraId, GrandpaId);

/// A genesis configuration from its parts.
///
/// `authorities` validate sessions 0 and 1 with their session keys; the council then changes the
/// set. `council` are the council's members. `root` is the sudo key (`None` outside development:
/// the council governs).
/// MINI exists only through CIDs: `cids` are issued at genesis and mint 1.25 MINI each, and no
/// balance is endowed directly (the `MiniPoint` genesis fails if one is). `registrars` may assign
/// community CIDs from block 1. `tokens` are MSTs issued at genesis:
/// `(symbol, owner, decimals, supply)`; owners must hold a CID (an account without MINI cannot
/// hold tokens).
pub fn genesis(
	authorities: Vec<Authority>,
	council: Vec<AccountId>,
	cids: Vec<(Cid, AccountId)>,
	registrars: Vec<AccountId>,
	root: Option<AccountId>,
	tokens: Vec<(Vec<u8>, AccountId, u8, Balance)>,
	deposit_tiers: Vec<(BlockNumber, Perbill)>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		// Aura's and GRANDPA's genesis authorities come from `session` (left empty here).
		validator_set: ValidatorSetConfig {
			validators: authorities.iter().map(|(who, _, _)| who.clone()).collect::<Vec<_>>(),
			session_period: PRESET_SESSION_PERIOD,
		},
		session: SessionConfig {
			keys: authorities
				.iter()
				.map(|(who, aura, grandpa)| {
					(
						who.clone(),
						who.clone(),
						SessionKeys { aura: aura.clone(), grandpa: grandpa.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("at most COUNCIL_MAX_MEMBERS council members"),
		},
		sudo: SudoConfig { key: root },
		cid: CidConfig { cids, registrars },
		mst: MstConfig { tokens },
		deposit_lock: DepositLockConfig {
			mini_programs: vec![(deposit_tiers, EcosystemPoolAccount::get(), DEPOSIT_POOL_FUNDING)],
		},
	})
}

/// Consecutive blocks of `per_account` reserved CIDs, from CID 1 on, one block per account.
pub fn reserved_cid_blocks(accounts: &[AccountId], per_account: u64) -> Vec<(Cid, AccountId)> {
	accounts
		.iter()
		.enumerate()
		.flat_map(|(i, who)| {
			let first = i as u64 * per_account + 1;
			(first..first + per_account).map(move |cid| (cid, who.clone()))
		})
		.collect()
}

/// A well-known development account with its Aura (sr25519) and GRANDPA (ed25519) keys.
fn dev_authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> Authority {
	(aura.to_account_id(), aura.public().into(), grandpa.public().into())
}

/// The council of both presets: Alice, Bob and Charlie (two of them carry a motion).
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// The well-known development accounts (Alice … Ferdie, One, Two and the `//stash` accounts),
/// each funded with `DEV_CIDS_PER_ACCOUNT` reserved CIDs.
fn dev_cids() -> Vec<(Cid, AccountId)> {
	let accounts: Vec<AccountId> = Sr25519Keyring::iter().map(|k| k.to_account_id()).collect();
	reserved_cid_blocks(&accounts, DEV_CIDS_PER_ACCOUNT)
}

/// `development`: a single validator (Alice); Alice is the sudo key, a registrar and the
/// Bitcoin relayer (the light client starts at mainnet 576576).
pub fn development_config_genesis() -> Value {
	let mut patch = genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_council(),
		dev_cids(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		Some(Sr25519Keyring::Alice.to_account_id()),
		vec![(
			DEV_TOKEN.to_vec(),
			Sr25519Keyring::Alice.to_account_id(),
			DEV_TOKEN_DECIMALS,
			DEV_TOKEN_SUPPLY,
		)],
		mini_deposit_tiers().into_iter().chain([DEV_DEPOSIT_TIER]).collect(),
	);
	if let Some(fields) = patch.as_object_mut() {
		fields.insert("btcLightClient".into(), dev_btc_light_client());
	}
	patch
}

/// `local_testnet`: four validators (Alice, Bob, Charlie, Dave); no sudo key (the council of
/// Alice, Bob and Charlie governs); Alice is a registrar; the nodes of Alice … Eve are the
/// well-known nodes ([`LOCAL_NODE_PUBLIC_KEYS`]).
pub fn local_config_genesis() -> Value {
	let mut patch = genesis(
		vec![
			dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		dev_council(),
		dev_cids(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		None,
		vec![],
		mini_deposit_tiers(),
	);
	let nodes = pallet_node_authorization::GenesisConfig::<crate::Runtime> {
		nodes: local_well_known_nodes(),
	};
	if let Some(fields) = patch.as_object_mut() {
		fields.insert("nodeAuthorization".into(), serde_json::to_value(nodes).unwrap_or_default());
	}
	patch
}

/// The JSON patch of a named preset, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
