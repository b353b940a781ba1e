// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title The ERC-20 interface of every MST (and XBTC) on MiniX.
/// @notice MST asset `id` is the precompile at `address(uint160(id) << 128 | 0x01200000)`:
/// the id in the first 4 bytes (big endian), then 0x0120 in bytes 16-17. Transfers obey every MST
/// rule (locked and escrowed amounts cannot move; the recipient must hold MINI).
interface IERC20 {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function name() external view returns (string memory);
    function symbol() external view returns (string memory);
    function decimals() external view returns (uint8);
    function totalSupply() external view returns (uint256);
    function balanceOf(address account) external view returns (uint256);
    function allowance(address owner, address spender) external view returns (uint256);
    function transfer(address to, uint256 value) external returns (bool);
    function approve(address spender, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}
