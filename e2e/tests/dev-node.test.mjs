// @polkadot/api against a running `minix-node --dev`: metadata, chain properties, a transfer
// to finality, and a rejected transfer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile } from './harness.mjs';

const MINI = 10_000_000_000n;
const ctx = devNodeForFile();

test('metadata decodes and the runtime is MiniX', async () => {
  const { api } = ctx.node;
  assert.equal(api.runtimeVersion.specName.toString(), 'minix');
  for (const pallet of ['system', 'balances', 'transactionPayment', 'sudo', 'utility', 'multisig', 'revive']) {
    assert.ok(api.tx[pallet] || api.query[pallet], `pallet ${pallet} decorated`);
  }
  assert.deepEqual(api.registry.signedExtensions.slice(-3), ['CheckMetadataHash', 'EthSetOrigin', 'WeightReclaim']);
});

test('chain properties: MINI with 10 decimals and the runtime SS58 prefix', async () => {
  const { api } = ctx.node;
  const props = await api.rpc.system.properties();
  assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'MINI');
  assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 10);
  assert.equal(props.ss58Format.unwrap().toNumber(), api.consts.system.ss58Prefix.toNumber());
  assert.deepEqual(api.registry.chainTokens, ['MINI']);
});

test('a transfer is finalized and moves exactly amount + fee', async () => {
  const { api } = ctx.node;
  // Dave sends: Alice authors every dev block and receives a share of each fee.
  const dave = ctx.keyring.addFromUri('//Dave');
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const amount = 2n * MINI + 777n;
  const tx = api.tx.balances.transferKeepAlive(charlie.address, amount);
  const { blockHash, fee } = await new Promise((resolve, reject) => {
    tx.signAndSend(dave, ({ status, events, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()));
      if (status.isFinalized) {
        const paid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
        resolve({ blockHash: status.asFinalized, fee: paid.event.data.actualFee.toBigInt() });
      }
    }).catch(reject);
  });
  assert.ok(fee > 0n);
  const header = await api.rpc.chain.getHeader(blockHash);
  const [atParent, atBlock] = [await api.at(header.parentHash), await api.at(blockHash)];
  const free = async (at, who) => (await at.query.system.account(who)).data.free.toBigInt();
  assert.equal(await free(atBlock, dave.address), (await free(atParent, dave.address)) - amount - fee);
  assert.equal(await free(atBlock, charlie.address), (await free(atParent, charlie.address)) + amount);
  const finalized = await api.rpc.chain.getFinalizedHead();
  const finalizedNumber = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
  assert.ok(finalizedNumber >= header.number.toNumber());
});

test('a transfer from an account without MINI is rejected: it cannot pay the fee', async () => {
  const { api } = ctx.node;
  const pauper = ctx.keyring.addFromUri('//JsPauper');
  await assert.rejects(
    api.tx.balances.transferKeepAlive(ctx.keyring.addFromUri('//Bob').address, MINI).signAndSend(pauper),
    /Inability to pay some fees/
  );
});
