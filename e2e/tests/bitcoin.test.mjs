// @polkadot/api against a running `minix-node --dev` (anchored at Bitcoin mainnet 576576 with Alice
// as relayer): governance installs trustees, Alice relays real mainnet headers, and the real
// 2019 deposit f1a9161a… mints 0.501 XBTC to the ss58 account its OP_RETURN names. Each step's
// rejections are checked first: no trustees, unknown block, a non-relayer, a non-trustee output,
// a replay, and withdrawals without XBTC or to a bad address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex, hexToU8a, stringToHex } from '@polkadot/util';
import { devNodeForFile, send } from './harness.mjs';

const data = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'btc');
const json = (name) => JSON.parse(readFileSync(join(data, name), 'utf8'));
const ctx = devNodeForFile();

/** ChainX's 2019 hot address (P2SH) that the real deposit paid. */
const CHAINX_HOT_SCRIPT = '0xa914cb94110435d0635223eebe25ed2aaabc03781c4587';
const BENEFICIARY = '5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pJ';

test('trustees, relayed mainnet headers and a real deposit mint XBTC', async () => {
  const { api } = ctx.node;
  const alice = ctx.keyring.addFromUri('//Alice');
  const bob = ctx.keyring.addFromUri('//Bob');
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const headers = json('mainnet-headers-576576-578692.json');
  const tx = json('transactions.json').transactions.find((t) => t.txid.startsWith('f1a9161a'));
  const blockHeader = headers.find(([height]) => height === 577667)[1];
  const deposit = api.tx.xbtcBridge.submitDeposit('0x' + tx.raw_hex, {
    PartialMerkleTree: '0x' + blockHeader + tx.inclusion.partial_merkle_tree_hex
  });

  // The light client starts at the preset's checkpoint.
  const anchor = (await api.call.btcLightClientApi.bestTip()).unwrap();
  assert.equal(anchor.height.toNumber(), 576576);
  assert.ok((await api.call.xbtcBridgeApi.depositScript()).isNone, 'no trustees yet');
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.NoTrustees');

  // Trustees: only governance (sudo here) installs them; their keys are real secp256k1 keys.
  const ecdsa = new Keyring({ type: 'ecdsa' });
  const members = [alice, bob, charlie].map((who, i) =>
    [who.address, ecdsa.addFromUri(`//Trustee${i}`).publicKey]);
  const direct = await send(api, api.tx.xbtcBridge.setTrustees(members, null), bob);
  assert.equal(direct.error, 'BadOrigin');
  const installed = await send(api, api.tx.sudo.sudo(api.tx.xbtcBridge.setTrustees(members, null)), alice);
  const set = installed.events.find(({ event }) => api.events.xbtcBridge.TrusteesSet.is(event)).event.data;
  assert.equal(set.threshold.toNumber(), 3, 'floor(2n/3)+1 of 3');
  const target = (await api.call.xbtcBridgeApi.depositScript()).unwrap();
  assert.equal(target.setId.toNumber(), 0);
  assert.equal(target.scriptPubkey.toHex(), set.scriptPubkey.toHex());
  assert.equal(target.scriptPubkey.length, 34, 'OP_0 <sha256(witness script)>');

  // The block is not relayed yet.
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.UnknownBlock');

  // Only relayers relay; Alice sends 6 batches of 200 (to 577776) with consecutive nonces.
  const batches = [];
  for (let i = 1; i <= 1200; i += 200) batches.push(headers.slice(i, i + 200).map(([, h]) => '0x' + h));
  const refused = await send(api, api.tx.btcLightClient.submitHeaders(batches[0]), bob);
  assert.equal(refused.error, 'btcLightClient.NotRelayer');
  const freeBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();
  const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const relayed = await Promise.all(batches.map((batch, i) =>
    send(api, api.tx.btcLightClient.submitHeaders(batch), alice, { nonce: nonce + i })));
  assert.deepEqual(relayed.map((r) => r.error), batches.map(() => null));
  const freeAfter = (await api.query.system.account(alice.address)).data.free.toBigInt();
  assert.equal(freeAfter, freeBefore, 'batches that advance the tip are free');
  const tip = (await api.call.btcLightClientApi.bestTip()).unwrap();
  assert.equal(tip.height.toNumber(), 577776);
  const record = (await api.call.btcLightClientApi.headerAt(577667)).unwrap();
  // Explorers show the hash reversed (the API uses internal byte order).
  const internal = u8aToHex(hexToU8a(tx.inclusion.block_hash).reverse());
  assert.equal((await api.call.btcLightClientApi.confirmations(internal)).unwrap().toNumber(), 110);
  assert.equal(record.height.toNumber(), 577667);

  // The 2019 deposit paid ChainX's P2SH, not this set's P2WSH.
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.NoTrusteeOutput');

  // So point the set's deposit script at that P2SH (as the runtime integration test does):
  // `scriptPubkey` is TrusteeSet's last field, so its SCALE bytes are replaced at the end.
  const stored = (await api.query.xbtcBridge.trusteeSets(0)).unwrap();
  const bytes = stored.toU8a();
  const patched = u8aConcat(
    bytes.subarray(0, bytes.length - stored.scriptPubkey.encodedLength),
    api.createType('Bytes', CHAINX_HOT_SCRIPT).toU8a()
  );
  const key = api.query.xbtcBridge.trusteeSets.key(0);
  const override = await send(api, api.tx.sudo.sudo(api.tx.system.setStorage([[key, u8aToHex(patched)]])), alice);
  assert.equal(override.error, null);
  assert.equal((await api.call.xbtcBridgeApi.depositScript()).unwrap().scriptPubkey.toHex(), CHAINX_HOT_SCRIPT);

  // The deposit mints 0.501 XBTC to the OP_RETURN's account, which holds no MINI.
  const credited = await send(api, deposit, bob);
  assert.equal(credited.error, null);
  const event = credited.events.find(({ event }) => api.events.xbtcBridge.Deposited.is(event)).event.data;
  // The OP_RETURN names it in ChainX's ss58 format; the key is what counts.
  const beneficiary = api.createType('AccountId', BENEFICIARY);
  assert.ok(event.who.eq(beneficiary), `minted to ${event.who}`);
  assert.equal(event.amount.toBigInt(), 50_100_000n);
  assert.equal(event.referral.unwrap().toHex(), stringToHex('ChainXFans'));
  assert.equal(event.outpoint.vout.toNumber(), 0);
  const xbtc = (await api.query.mst.tokens(stringToHex('XBTC'))).unwrap();
  const account = (await api.query.assets.account(xbtc.assetId, beneficiary)).unwrap();
  assert.equal(account.balance.toBigInt(), 50_100_000n);
  assert.equal((await api.query.system.account(beneficiary)).data.free.toBigInt(), 0n);
  assert.ok((await api.query.xbtcBridge.utxos(event.outpoint)).isSome, 'the trustees now hold it');

  // A replay credits nothing.
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.AlreadyCredited');

  // Withdrawals: a bad address, then an account without XBTC.
  const badAddress = api.tx.xbtcBridge.requestWithdrawal(200_000, stringToHex('not-an-address'));
  assert.equal((await send(api, badAddress, charlie)).error, 'xbtcBridge.BadAddress');
  const noFunds = api.tx.xbtcBridge.requestWithdrawal(200_000, stringToHex('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'));
  assert.equal((await send(api, noFunds, charlie)).error, 'mst.InsufficientBalance');
  assert.equal((await api.query.xbtcBridge.nextWithdrawalId()).toNumber(), 0, 'nothing queued');
});
