// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import "./ICid.sol";

/// @title Pays MINI only to holders of a CID with enough reputation.
/// @notice An example of a contract gated on MiniX identities through the CID precompile.
contract ReputationGate {
    ICid public constant CID = ICid(0x000000000000000000000000000000000C1d0000);
    uint32 public immutable minReputation;

    event Paid(address indexed to, uint64 cid, uint256 amount);

    constructor(uint32 minReputation_) {
        minReputation = minReputation_;
    }

    /// Forwards the MINI sent with the call to `to`, if `to` owns a CID with at least
    /// `minReputation`; otherwise reverts and the caller keeps its MINI.
    function pay(address payable to) external payable {
        (bool found, uint64 cid) = CID.cidOf(to);
        require(found, "ReputationGate: recipient has no CID");
        (, uint32 reputation) = CID.reputationOf(cid);
        require(reputation >= minReputation, "ReputationGate: reputation too low");
        (bool sent, ) = to.call{value: msg.value}("");
        require(sent, "ReputationGate: transfer failed");
        emit Paid(to, cid, msg.value);
    }
}
