// ethers.js 6 through polkadot-sdk's `eth-rpc` against a running `minix-node --dev`: the chain id,
// one balance read through polkadot.js and eth_getBalance, MINI between Ethereum keys, a Solidity
// ERC-20 deployed and used (logs, estimateGas, eth_call), a contract gated on the CID precompile,
// an MST issued with `mst.issue` moved through its ERC-20, and the refusals wallets must show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { send, startDevNode, startEthRpc } from './harness.mjs';
import { artifact, compileAll } from '../solidity.mjs';

const MINI = 10_000_000_000n;
const WEI_PER_UNIT = 100_000_000n; // NativeToEthRatio: MINI has 10 decimals, wei 18
const CHAIN_ID = 1296649816n; // 0x4D494E58, "MINX"
const CID_PRECOMPILE = '0x000000000000000000000000000000000C1d0000';
const IERC20 = [
  'function name() view returns (string)', 'function symbol() view returns (string)',
  'function decimals() view returns (uint8)', 'function balanceOf(address) view returns (uint256)',
  'function transfer(address to, uint256 value) returns (bool)',
  'event Transfer(address indexed from, address indexed to, uint256 value)'
];

const ctx = {};
let eth, provider;
before(async () => {
  await cryptoWaitReady();
  ctx.keyring = new Keyring({ type: 'sr25519' });
  ctx.node = await startDevNode();
  eth = await startEthRpc(ctx.node.url);
  provider = new ethers.JsonRpcProvider(eth.url, undefined, { staticNetwork: true, polling: true, pollingInterval: 500 });
});
after(async () => {
  provider?.destroy();
  await eth?.stop();
  await ctx.node?.api.disconnect();
  await ctx.node?.stop();
});

// Two well-known development keys (Hardhat's accounts 0 and 1) and one that never gets funds.
const wallets = () => [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a'
].map((key) => new ethers.Wallet(key, provider));

/** The MiniX account of an Ethereum key: its address followed by twelve 0xEE bytes. */
const accountOf = (address) => `${address.toLowerCase()}${'ee'.repeat(12)}`;

/** What pallet-revive reports as the Ethereum balance: the transferable MINI, in wei. */
async function transferableWei (api, account) {
  const { data } = await api.query.system.account(account);
  const ed = api.consts.balances.existentialDeposit.toBigInt();
  const untouchable = [data.frozen.toBigInt() - data.reserved.toBigInt(), ed].reduce((a, b) => (a > b ? a : b));
  const free = data.free.toBigInt();
  return (free > untouchable ? free - untouchable : 0n) * WEI_PER_UNIT;
}

/** The error text an ethers call fails with. */
async function failure (promise) {
  try {
    await promise;
  } catch (e) {
    return `${e.shortMessage ?? ''} ${e.reason ?? ''} ${e.info?.error?.message ?? ''} ${e.message}`;
  }
  assert.fail('expected the call to fail');
}

test('the committed Solidity artifacts are what the pinned solc builds from the sources', () => {
  const fresh = compileAll();
  for (const name of ['MiniToken', 'ReputationGate']) {
    assert.deepEqual(artifact(name), fresh[name], `${name}: run \`node e2e/solidity.mjs --write\``);
  }
});

test('ethers: chain id, balances, transfers, an ERC-20 in Solidity, the CID precompile, MSTs as ERC-20', async () => {
  const { api } = ctx.node;
  const [alice, bob] = ['//Alice', '//Bob'].map((uri) => ctx.keyring.addFromUri(uri));
  const [a, b, poor] = wallets();

  // The chain id wallets sign into every transaction.
  assert.equal((await provider.getNetwork()).chainId, CHAIN_ID);
  assert.equal(await provider.send('eth_chainId', []), ethers.toQuantity(CHAIN_ID));

  // Alice funds the Ethereum key A from polkadot.js; both views of the balance agree exactly.
  assert.equal((await send(api, api.tx.balances.transferKeepAlive(accountOf(a.address), 20n * MINI), alice)).error, null);
  assert.equal(await provider.getBalance(a.address), await transferableWei(api, accountOf(a.address)));
  assert.equal(await provider.getBalance(a.address), (20n * MINI - api.consts.balances.existentialDeposit.toBigInt()) * WEI_PER_UNIT);

  // A sends 1 MINI to B, a new account: B's Ethereum balance is exactly 1 MINI; polkadot.js shows
  // the existential deposit on top, which the sender paid (pallet-revive charges it as a deposit).
  const before = await provider.getBalance(a.address);
  // The gas limit is the 21 000 MetaMask sets for a send to an address without code.
  const signed = await a.signTransaction(await a.populateTransaction({ to: b.address, value: ethers.parseEther('1'), gasLimit: 21_000n }));
  const sent = await provider.broadcastTransaction(signed);
  const receipt = await sent.wait();
  assert.equal(receipt.status, 1);
  const ed = api.consts.balances.existentialDeposit.toBigInt();
  assert.equal(await provider.getBalance(b.address), ethers.parseEther('1'));
  assert.equal((await api.query.system.account(accountOf(b.address))).data.free.toBigInt(), MINI + ed);
  const spent = before - (await provider.getBalance(a.address));
  assert.ok(spent >= ethers.parseEther('1') + receipt.fee && spent <= ethers.parseEther('1') + receipt.fee + ed * WEI_PER_UNIT, `spent ${spent}, fee ${receipt.fee}`);
  assert.ok(receipt.gasUsed > 0n && receipt.gasUsed <= 21_000n, `gas used ${receipt.gasUsed}`);
  console.log(`plain MINI transfer to a new key: ${receipt.gasUsed} gas at ${receipt.gasPrice} wei/gas`);

  // The same signed transaction again: refused (its nonce is used).
  const replay = await failure(provider.broadcastTransaction(signed));
  assert.match(replay, /nonce|already|stale|outdated/i, replay);
  // A transaction signed for another chain is refused.
  const foreign = await a.signTransaction({
    to: b.address, value: 1n, chainId: 1n, nonce: await a.getNonce(), gasLimit: 21_000n,
    maxFeePerGas: (await provider.getFeeData()).maxFeePerGas, maxPriorityFeePerGas: 0n, type: 2
  });
  const wrongChain = await failure(provider.broadcastTransaction(foreign));
  assert.match(wrongChain, /chain|Invalid Transaction/i, wrongChain);
  // A key without MINI cannot pay.
  const broke = await failure(poor.sendTransaction({ to: b.address, value: 1n }));
  assert.match(broke, /insufficient|funds|balance/i, broke);

  // Deploy the Solidity ERC-20 and use it: logs, estimateGas, eth_call, a revert reason.
  const minitoken = artifact('MiniToken');
  const factory = new ethers.ContractFactory(minitoken.abi, minitoken.bytecode, a);
  const token = await factory.deploy('Mini Token', 'MTK', 1_000_000n);
  await token.waitForDeployment();
  assert.equal(await token.symbol(), 'MTK');
  assert.equal(await token.balanceOf(a.address), 1_000_000n);
  const gas = await token.transfer.estimateGas(b.address, 250n);
  assert.ok(gas > 0n);
  const moved = await (await token.transfer(b.address, 250n)).wait();
  const logs = moved.logs.map((log) => token.interface.parseLog(log)).filter((l) => l?.name === 'Transfer');
  assert.deepEqual(logs.map((l) => [l.args.from, l.args.to, l.args.value]), [[a.address, b.address, 250n]]);
  const call = await provider.call({ to: await token.getAddress(), data: token.interface.encodeFunctionData('balanceOf', [b.address]) });
  assert.equal(BigInt(call), 250n);
  const reverted = await failure(token.connect(b).transfer(a.address, 251n));
  assert.match(reverted, /MiniToken: insufficient balance/, reverted);

  // A contract gated on reputation through the CID precompile: Bob (CIDs 101–200 in the dev
  // genesis, reputation 0) maps his account, so his address means him.
  assert.equal((await send(api, api.tx.revive.mapAccount(), bob)).error, null);
  const bobAddress = ethers.getAddress(u8aToHex((await api.call.reviveApi.address(bob.address)).toU8a()));
  const cid = new ethers.Contract(CID_PRECOMPILE, ['function cidOf(address) view returns (bool, uint64)'], provider);
  assert.deepEqual([...await cid.cidOf(bobAddress)], [true, 101n]);
  const gateArtifact = artifact('ReputationGate');
  const gates = {};
  for (const min of [0, 1]) {
    const gate = await new ethers.ContractFactory(gateArtifact.abi, gateArtifact.bytecode, a).deploy(min);
    await gate.waitForDeployment();
    gates[min] = gate;
  }
  const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
  await (await gates[0].pay(bobAddress, { value: ethers.parseEther('2') })).wait();
  assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt() - bobBefore, 2n * MINI);
  const tooLow = await failure(gates[1].pay(bobAddress, { value: ethers.parseEther('2') }));
  assert.match(tooLow, /ReputationGate: reputation too low/, tooLow);
  const noCid = await failure(gates[0].pay(b.address, { value: ethers.parseEther('2') }));
  assert.match(noCid, /ReputationGate: recipient has no CID/, noCid);

  // An MST issued with `mst.issue` moves through its ERC-20 interface.
  const issued = await send(api, api.tx.mst.issue('EVM.GAME', 4, 1_000_000, 'Freely', 'e2e', null), alice);
  assert.equal(issued.error, null);
  const id = issued.events.find(({ event }) => api.events.mst.Issued.is(event)).event.data.assetId.toNumber();
  assert.equal((await send(api, api.tx.mst.transfer('EVM.GAME', accountOf(a.address), 10_000), alice)).error, null);
  const erc20 = new ethers.Contract(`0x${id.toString(16).padStart(8, '0')}${'0'.repeat(24)}01200000`, IERC20, a);
  assert.deepEqual([await erc20.name(), await erc20.symbol(), await erc20.decimals()], ['EVM.GAME', 'EVM.GAME', 4n]);
  assert.equal(await erc20.balanceOf(a.address), 10_000n);
  const mstMoved = await (await erc20.transfer(b.address, 4_000n)).wait();
  const mstLogs = mstMoved.logs.map((log) => erc20.interface.parseLog(log)).filter((l) => l?.name === 'Transfer');
  assert.deepEqual(mstLogs.map((l) => [l.args.from, l.args.to, l.args.value]), [[a.address, b.address, 4_000n]]);
  const account = await api.query.assets.account(id, accountOf(b.address));
  assert.equal(account.unwrap().balance.toBigInt(), 4_000n);
  assert.equal((await api.call.mstApi.account('EVM.GAME', accountOf(b.address))).unwrap().balance.toBigInt(), 4_000n);
});
