// @polkadot/api against a running `minix-node --dev`: a MINI deposit on the dev preset's short
// tier (10 blocks, 1 %) is held, cannot be withdrawn early, and pays principal + reward after
// maturity; the DepositLockApi runtime API reports it and its coinage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 10_000_000_000n;
const DEV_TIER = 5;
const ctx = devNodeForFile();

test('deposit, no early exit, principal + reward after maturity', async () => {
  const { api } = ctx.node;
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const free = async () => (await api.query.system.account(charlie.address)).data.free.toBigInt();

  const program = (await api.query.depositLock.programs(0)).unwrap();
  assert.equal(program.token.toString(), 'Mini');
  assert.equal(program.tiers[DEV_TIER].period.toNumber(), 10);

  const before = await free();
  const made = await send(api, api.tx.depositLock.deposit(0, 20n * MINI, DEV_TIER), charlie);
  assert.equal(made.error, null);
  const deposited = made.events.find(({ event }) => api.events.depositLock.Deposited.is(event)).event.data;
  assert.equal(deposited.reward.toBigInt(), 20n * MINI / 100n);
  const id = deposited.id.toNumber();
  const maturesAt = deposited.maturesAt.toNumber();
  const afterDeposit = await free();
  assert.ok(before - afterDeposit > 20n * MINI, 'the principal is held (plus the fee)');

  const [[listedId]] = await api.call.depositLockApi.depositsOf(charlie.address);
  assert.equal(listedId.toNumber(), id);

  const early = await send(api, api.tx.depositLock.withdraw(id), charlie);
  assert.equal(early.error, 'depositLock.NotMatured');

  // Wait for maturity.
  for (;;) {
    const header = await api.rpc.chain.getHeader();
    if (header.number.toNumber() >= maturesAt) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const coinage = await api.call.depositLockApi.coinage(charlie.address, 'Mini');
  assert.ok(coinage.toBigInt() >= 20n * MINI * 9n, `coinage ${coinage} = principal x blocks held`);

  const beforeWithdraw = await free();
  const done = await send(api, api.tx.depositLock.withdraw(id), charlie);
  assert.equal(done.error, null);
  const withdrawn = done.events.find(({ event }) => api.events.depositLock.Withdrawn.is(event)).event.data;
  assert.equal(withdrawn.principal.toBigInt(), 20n * MINI);
  assert.equal(withdrawn.reward.toBigInt(), 20n * MINI / 100n);
  const gained = (await free()) - beforeWithdraw;
  const fee = 20n * MINI + 20n * MINI / 100n - gained;
  assert.ok(fee > 0n && fee < MINI / 10n, `principal + reward arrived, less a fee of ${fee}`);
  assert.equal((await api.call.depositLockApi.depositsOf(charlie.address)).length, 0);
});
