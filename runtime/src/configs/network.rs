//! Permissioned peering: pallet-node-authorization keeps the network's well-known nodes (peer
//! ids) and their owners; every node's offchain worker turns that list into the node's
//! authorized peers each block, so a node whose peer id is not listed cannot sync.
//!
//! The council (a two-thirds motion) adds, removes, swaps and resets well-known nodes. A node's
//! owner (set by the council when it adds the node) may let more peers connect to that one node
//! (`add_connections`) and transfer it. MiniX closes `claim_node`: in the SDK pallet any signed
//! account may claim any unclaimed peer id for free, state that grows with nobody's consent and
//! that no deposit pays for; here ownership comes only from the council. `add_connections` takes
//! an unbounded list at a constant weight, so [`peering_call_allowed`] caps the peers one node
//! may add and the length of every peer id (docs/operators.md, "Permissioned peering").

use crate::{configs::GovernanceOrigin, Runtime, RuntimeEvent};
use frame_support::parameter_types;
use pallet_node_authorization::{AdditionalConnections, Call};
use sp_core::OpaquePeerId;

/// The most well-known nodes the council may list.
pub const MAX_WELL_KNOWN_NODES: u32 = 128;
/// Peer ids must be shorter than this (an ed25519 peer id, libp2p's and litep2p's default, is 38
/// bytes).
pub const MAX_PEER_ID_LENGTH: u32 = 128;
/// The most additional connections one node's owner may allow.
pub const MAX_CONNECTIONS_PER_NODE: u32 = 32;

parameter_types! {
	pub const MaxWellKnownNodes: u32 = MAX_WELL_KNOWN_NODES;
	pub const MaxPeerIdLength: u32 = MAX_PEER_ID_LENGTH;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = MaxWellKnownNodes;
	type MaxPeerIdLength = MaxPeerIdLength;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	type WeightInfo = crate::weights::pallet_node_authorization::WeightInfo<Runtime>;
}

fn short(peer: &OpaquePeerId) -> bool {
	peer.0.len() < MaxPeerIdLength::get() as usize
}

/// Whether the base call filter lets a NodeAuthorization call through: never `claim_node`;
/// `add_connections` only while the node's connections stay within
/// [`MAX_CONNECTIONS_PER_NODE`] and every peer id is short enough; `remove_connections` with at
/// most that many peer ids (the pallet's weight is constant); `reset_well_known_nodes` only
/// with short peer ids (the pallet checks only the count). A refused call fails with
/// `frame_system::Error::CallFiltered` and changes nothing.
pub fn peering_call_allowed(call: &Call<Runtime>) -> bool {
	match call {
		Call::claim_node { .. } => false,
		Call::add_connections { node, connections } => {
			if !connections.iter().all(short) {
				return false;
			}
			let mut after = AdditionalConnections::<Runtime>::get(node);
			after.extend(connections.iter().filter(|peer| *peer != node).cloned());
			after.len() <= MAX_CONNECTIONS_PER_NODE as usize
		},
		Call::remove_connections { connections, .. } => {
			connections.len() <= MAX_CONNECTIONS_PER_NODE as usize
		},
		Call::reset_well_known_nodes { nodes } => nodes.iter().all(|(peer, _)| short(peer)),
		_ => true,
	}
}
