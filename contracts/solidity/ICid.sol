// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title MiniX identities (Avatar/CID) for Solidity contracts.
/// @notice The precompile at 0x000000000000000000000000000000000C1d0000. Read only; each function
/// charges its benchmarked weight. An address means the Substrate account mapped to it
/// (`revive.mapAccount`), else the account of the Ethereum key with that address. Names, claim
/// keys: at most 32 bytes (longer ones are never found).
interface ICid {
    /// The lowest-numbered CID `account` owns; `found` is false when it owns none.
    function cidOf(address account) external view returns (bool found, uint64 cid);

    /// The owner of `cid`; `found` is false when `cid` is not issued.
    function ownerOf(uint64 cid) external view returns (bool found, address owner);

    /// The CID whose avatar is named `name` (any case) and its owner.
    function resolve(string calldata name) external view returns (bool found, uint64 cid, address owner);

    /// The reputation of `cid`; `found` is false when `cid` is not issued.
    function reputationOf(uint64 cid) external view returns (bool found, uint32 reputation);

    /// The claim `key` about `cid` if it is valid now: its issuer, the hash of the attested value
    /// (never the data itself) and the last block it is valid at.
    function claimOf(uint64 cid, bytes calldata key)
        external
        view
        returns (bool valid, address issuer, bytes32 valueHash, uint64 validUntil);
}
