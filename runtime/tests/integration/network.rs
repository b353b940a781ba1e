//! Permissioned peering through the real runtime: the `local_testnet` preset lists the five
//! nodes `scripts/local-testnet.sh` runs; only a two-thirds council motion adds, swaps, resets or
//! removes well-known nodes; owners add connections to their own node within the cap; nobody
//! claims a peer id, and bad input changes nothing.

use crate::{
	common::{ext_from_preset, signed},
	governance::{block, motion},
};
use minix_runtime::{
	configs::{MAX_CONNECTIONS_PER_NODE, MAX_PEER_ID_LENGTH},
	genesis_config_presets::{ed25519_peer_id, LOCAL_NODE_PUBLIC_KEYS},
	Runtime, RuntimeCall, RuntimeEvent, System,
};
use pallet_node_authorization::{AdditionalConnections, Call, Error, Owners, WellKnownNodes};
use sp_core::{ed25519, OpaquePeerId, Pair};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

fn peering(call: Call<Runtime>) -> RuntimeCall {
	RuntimeCall::NodeAuthorization(call)
}

/// The peer id of the node run with the p2p secret key `0x00…0n` (`scripts/local-testnet.sh`).
fn script_node(n: u8) -> OpaquePeerId {
	let mut seed = [0u8; 32];
	seed[31] = n;
	ed25519_peer_id(&ed25519::Pair::from_seed(&seed).public().0)
}

/// A peer id no genesis node has.
fn stranger(n: u8) -> OpaquePeerId {
	script_node(100 + n)
}

fn filtered() -> Result<(), DispatchError> {
	Err(frame_system::Error::<Runtime>::CallFiltered.into())
}

fn add(node: OpaquePeerId, owner: Sr25519Keyring) -> RuntimeCall {
	peering(Call::add_well_known_node { node, owner: owner.to_account_id().into() })
}

fn connections(node: OpaquePeerId, peers: Vec<OpaquePeerId>) -> RuntimeCall {
	peering(Call::add_connections { node, connections: peers })
}

/// `who` submits `call` in its own block; its dispatch outcome.
fn apply(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	block(vec![signed(who, call)]).remove(0)
}

#[test]
fn local_testnet_lists_the_nodes_the_script_runs_and_development_lists_none() {
	ext_from_preset("local_testnet").execute_with(|| {
		let listed = WellKnownNodes::<Runtime>::get();
		assert_eq!(listed.len(), LOCAL_NODE_PUBLIC_KEYS.len());
		for (n, owner) in [Alice, Bob, Charlie, Dave, Eve].into_iter().enumerate() {
			let node = script_node(n as u8 + 1);
			assert!(listed.contains(&node), "node {} of the script is listed", n + 1);
			assert_eq!(Owners::<Runtime>::get(&node), Some(owner.to_account_id()));
			assert_eq!(node.0.len(), 38, "an ed25519 peer id is 38 bytes");
		}
	});
	ext_from_preset("development").execute_with(|| {
		assert!(WellKnownNodes::<Runtime>::get().is_empty(), "the dev chain is not permissioned");
	});
}

#[test]
fn only_a_council_motion_lists_and_removes_nodes() {
	ext_from_preset("local_testnet").execute_with(|| {
		block(vec![]);
		let node = stranger(1);
		// A member alone, and any other account, is refused; nothing is listed.
		assert_eq!(apply(Alice, add(node.clone(), Ferdie)), Err(DispatchError::BadOrigin));
		assert_eq!(apply(Ferdie, add(node.clone(), Ferdie)), Err(DispatchError::BadOrigin));
		assert!(!WellKnownNodes::<Runtime>::get().contains(&node));

		motion(add(node.clone(), Ferdie)).expect("the council lists Ferdie's node");
		assert!(WellKnownNodes::<Runtime>::get().contains(&node));
		assert_eq!(Owners::<Runtime>::get(&node), Some(Ferdie.to_account_id()));
		assert!(System::events().iter().any(|r| matches!(&r.event,
			RuntimeEvent::NodeAuthorization(pallet_node_authorization::Event::NodeAdded { peer_id, .. })
				if *peer_id == node)));
		// Listing it twice, or a peer id of MAX_PEER_ID_LENGTH bytes, is refused by the pallet.
		assert_eq!(motion(add(node.clone(), Ferdie)), Err(Error::<Runtime>::AlreadyJoined.into()));
		let long = OpaquePeerId(vec![7; MAX_PEER_ID_LENGTH as usize]);
		assert_eq!(motion(add(long.clone(), Ferdie)), Err(Error::<Runtime>::PeerIdTooLong.into()));
		assert!(!WellKnownNodes::<Runtime>::get().contains(&long));

		// The owner adds a connection; removing the node by motion removes owner and connections.
		assert_eq!(apply(Ferdie, connections(node.clone(), vec![stranger(2)])), Ok(()));
		let remove = peering(Call::remove_well_known_node { node: node.clone() });
		assert_eq!(apply(Ferdie, remove.clone()), Err(DispatchError::BadOrigin));
		motion(remove).expect("the council removes the node");
		assert!(!WellKnownNodes::<Runtime>::get().contains(&node));
		assert_eq!(Owners::<Runtime>::get(&node), None);
		assert!(AdditionalConnections::<Runtime>::get(&node).is_empty());

		// Swapping Dave's node for a new one keeps its owner; a reset with an overlong peer id is
		// refused by the runtime's filter and changes nothing.
		let dave_new = stranger(3);
		motion(peering(Call::swap_well_known_node {
			remove: script_node(4),
			add: dave_new.clone(),
		}))
		.expect("swap");
		assert_eq!(Owners::<Runtime>::get(&dave_new), Some(Dave.to_account_id()));
		let before = WellKnownNodes::<Runtime>::get();
		let reset =
			peering(Call::reset_well_known_nodes { nodes: vec![(long, Alice.to_account_id())] });
		assert_eq!(motion(reset), filtered());
		assert_eq!(WellKnownNodes::<Runtime>::get(), before);
	});
}

#[test]
fn nobody_claims_a_peer_id_and_owners_stay_within_their_connection_cap() {
	ext_from_preset("local_testnet").execute_with(|| {
		block(vec![]);
		// Claiming is closed: a stranger cannot reserve a peer id (free state growth).
		let claim = peering(Call::claim_node { node: stranger(1) });
		assert_eq!(apply(Ferdie, claim), filtered());
		assert_eq!(Owners::<Runtime>::get(stranger(1)), None);

		// Alice owns her node: she adds connections to it; Bob may not.
		let alice_node = script_node(1);
		assert_eq!(
			apply(Bob, connections(alice_node.clone(), vec![stranger(1)])),
			Err(Error::<Runtime>::NotOwner.into())
		);
		let cap = MAX_CONNECTIONS_PER_NODE as u8;
		let first: Vec<_> = (0..cap - 1).map(stranger).collect();
		assert_eq!(apply(Alice, connections(alice_node.clone(), first.clone())), Ok(()));
		// Her own peer id does not count; re-adding one she has does not either.
		let again = vec![alice_node.clone(), first[0].clone(), stranger(cap - 1)];
		assert_eq!(apply(Alice, connections(alice_node.clone(), again)), Ok(()));
		assert_eq!(AdditionalConnections::<Runtime>::get(&alice_node).len(), cap as usize);
		// One more is over the cap: refused, nothing written.
		assert_eq!(apply(Alice, connections(alice_node.clone(), vec![stranger(cap)])), filtered());
		assert_eq!(AdditionalConnections::<Runtime>::get(&alice_node).len(), cap as usize);
		// Removing makes room; an overlong peer id is refused even then.
		let remove = peering(Call::remove_connections {
			node: alice_node.clone(),
			connections: vec![first[0].clone()],
		});
		assert_eq!(apply(Alice, remove), Ok(()));
		let long = OpaquePeerId(vec![1; MAX_PEER_ID_LENGTH as usize]);
		assert_eq!(apply(Alice, connections(alice_node.clone(), vec![long])), filtered());
		assert_eq!(AdditionalConnections::<Runtime>::get(&alice_node).len(), cap as usize - 1);
		// A node nobody owns has no connections to add.
		assert_eq!(
			apply(Alice, connections(stranger(cap + 1), vec![stranger(1)])),
			Err(Error::<Runtime>::NotClaimed.into())
		);
	});
}
