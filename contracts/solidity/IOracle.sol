// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title MiniX oracle values for Solidity contracts.
/// @notice The precompile at 0x000000000000000000000000000000000da70000. Read only; charges its
/// benchmarked weight. Keys are at most 32 bytes (longer ones are never found).
interface IOracle {
    /// The combined (median) value of the data feed `key`, when it was combined (milliseconds
    /// since the Unix epoch) and whether it is still fresh. `found` is false when `key` never had
    /// a value. A contract should act only on a fresh value.
    function valueOf(bytes calldata key)
        external
        view
        returns (bool found, int256 value, uint64 updatedAt, bool fresh);
}
