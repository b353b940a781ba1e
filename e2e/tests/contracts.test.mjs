// @polkadot/api-contract against a running `minix-node --dev`: the example ink! contract
// (contracts/escrow, built by scripts/build-contracts.sh) is deployed from its .contract bundle,
// funded with DEV through `mst.transfer`, and pays Bob through MiniX's chain extension only
// once governance raised his CID's reputation; Charlie's low reputation is refused and nothing
// moves. This is what polkadot.js Apps' Contracts page does with the same bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Abi, CodePromise, ContractPromise } from '@polkadot/api-contract';
import { stringToHex } from '@polkadot/util';
import { contractsDir, devNodeForFile, send } from './harness.mjs';

const ctx = devNodeForFile();

test('deploy the escrow, fund it, and see the reputation gate', async () => {
  const { api } = ctx.node;
  const alice = ctx.keyring.addFromUri('//Alice');
  const bob = ctx.keyring.addFromUri('//Bob');
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const bundle = JSON.parse(readFileSync(join(contractsDir(), 'mst_escrow.contract'), 'utf8'));
  const abi = new Abi(bundle, api.registry.getChainProperties());
  const gasLimit = api.registry.createType('WeightV2', { refTime: 200_000_000_000n, proofSize: 2_000_000n });
  const options = { gasLimit, storageDepositLimit: null };

  // Deploy over DEV with a minimum reputation of 10.
  const code = new CodePromise(api, abi, bundle.source.wasm);
  const deployed = await send(api, code.tx.new(options, 'DEV', 10, null), alice);
  assert.equal(deployed.error, null);
  const instantiated = deployed.events.find(({ event }) => api.events.contracts.Instantiated.is(event));
  const address = instantiated.event.data.contract.toString();
  const escrow = new ContractPromise(api, abi, address);
  const query = async (message, caller, ...args) => {
    const { result, output } = await escrow.query[message](caller.address, { gasLimit }, ...args);
    assert.ok(result.isOk, `${message} executes`);
    return output.toJSON().ok;
  };

  // Fund it: the chain extension reads the contract's DEV balance.
  const dev = (await api.query.mst.tokens(stringToHex('DEV'))).unwrap().assetId;
  const devBalance = async (who) => {
    const account = await api.query.assets.account(dev, who);
    return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
  };
  assert.equal((await send(api, api.tx.mst.transfer('DEV', address, 1_000), alice)).error, null);
  assert.deepEqual(await query('funds', alice), { ok: 1000 });
  assert.deepEqual(await query('promise', alice, bob.address, 1_001), { err: { underfunded: null } });
  assert.deepEqual(await query('promise', bob, bob.address, 1), { err: { notOwner: null } });
  for (const [who, amount] of [[bob, 300], [charlie, 100]]) {
    assert.equal((await send(api, escrow.tx.promise(options, who.address, amount), alice)).error, null);
  }
  assert.equal(await query('promised', alice, bob.address), 300);

  // Bob's CID has reputation 0: refused, and the transaction reverts.
  assert.deepEqual(await query('claim', bob), { err: { reputationTooLow: { have: 0, need: 10 } } });
  assert.equal((await send(api, escrow.tx.claim(options), bob)).error, 'contracts.ContractReverted');
  assert.equal(await devBalance(bob.address), 0n);

  // Governance raises it; the claim pays 300 DEV out of the contract.
  const [bobCid] = (await api.query.cid.cidsOf(bob.address)).map((c) => c.toNumber());
  const raise = api.tx.sudo.sudo(api.tx.cid.adjustReputation(bobCid, 20));
  assert.equal((await send(api, raise, alice)).error, null);
  assert.deepEqual(await query('claim', bob), { ok: 300 });
  const claimed = await send(api, escrow.tx.claim(options), bob);
  assert.equal(claimed.error, null);
  const transferred = claimed.events.find(({ event }) => api.events.mst.Transferred.is(event)).event.data;
  assert.equal(transferred.from.toString(), address);
  assert.equal(await devBalance(bob.address), 300n);
  assert.equal(await devBalance(address), 700n);
  const emitted = claimed.events
    .filter(({ event }) => api.events.contracts.ContractEmitted.is(event))
    .map((record) => abi.decodeEvent(record));
  assert.deepEqual(emitted.map((e) => e.event.identifier), ['mst_escrow::mst_escrow::Claimed']);

  // Charlie's CID is still at 0: refused, nothing moves.
  assert.equal((await send(api, escrow.tx.claim(options), charlie)).error, 'contracts.ContractReverted');
  assert.equal(await devBalance(charlie.address), 0n);
  assert.equal(await devBalance(address), 700n);
  assert.equal(await query('totalPromised', alice), 100);
});
