// @polkadot/api against a running `minix-node --dev`: issue an MST and see its domain cert,
// be refused another account's domain until granted a naming cert, move tokens through
// pallet-assets' `transferKeepAlive` (what Apps' Assets page sends), fail to spend a locked
// amount early, and trade two accounts through the order book.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 10_000_000_000n;
const ctx = devNodeForFile();

/** Issues `symbol` (2 decimals, free secondary issue) from `signer`. */
const issue = (api, signer, symbol, supply) =>
  send(api, api.tx.mst.issue(symbol, 2, supply, 'Freely', 'e2e', null), signer);

/** The pallet-assets balance of `who` in asset `id` (0 if it has no account). */
async function assetBalance (api, id, who) {
  const account = await api.query.assets.account(id, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

test('issue SONY.GAME, naming certs, transfers through Assets, locks', async () => {
  const { api } = ctx.node;
  const [bob, charlie, dave, eve] = ['//Bob', '//Charlie', '//Dave', '//Eve']
    .map((uri) => ctx.keyring.addFromUri(uri));

  const issued = await issue(api, bob, 'sony.game', 1_000_000);
  assert.equal(issued.error, null);
  const event = issued.events.find(({ event }) => api.events.mst.Issued.is(event)).event.data;
  assert.equal(Buffer.from(event.symbol.toU8a(true)).toString(), 'SONY.GAME');
  const id = event.assetId.toNumber();

  // The domain cert went to Bob, and the token is a pallet-assets asset with its metadata.
  assert.equal((await api.call.mstApi.certHolder('Domain', 'SONY')).unwrap().toString(), bob.address);
  assert.equal((await api.call.mstApi.certHolder('Issue', 'Sony.Game')).unwrap().toString(), bob.address);
  const info = (await api.call.mstApi.token('SONY.GAME')).unwrap();
  assert.equal(info.assetId.toNumber(), id);
  assert.equal(info.supply.toBigInt(), 1_000_000n);
  const metadata = await api.query.assets.metadata(id);
  assert.equal(metadata.symbol.toUtf8(), 'SONY.GAME');
  assert.equal(metadata.decimals.toNumber(), 2);
  assert.equal(await assetBalance(api, id, bob.address), 1_000_000n);

  // Charlie may not issue in Bob's domain until Bob grants the naming cert for SONY.X.
  assert.equal((await issue(api, charlie, 'SONY.X', 10)).error, 'mst.NoIssueRight');
  const granted = await send(api, api.tx.mst.issueNamingCert('SONY.X', { Account: charlie.address }), bob);
  assert.equal(granted.error, null);
  assert.equal((await api.call.mstApi.certHolder('Naming', 'SONY.X')).unwrap().toString(), charlie.address);
  assert.equal((await issue(api, charlie, 'SONY.X', 10)).error, null);
  assert.ok((await api.call.mstApi.certHolder('Naming', 'SONY.X')).isNone, 'the naming cert is used up');
  assert.equal((await issue(api, charlie, 'SONY.Y', 10)).error, 'mst.NoIssueRight');

  // Users cannot create assets in pallet-assets directly.
  const create = await send(api, api.tx.assets.create(777, dave.address, 1), dave);
  assert.equal(create.error, 'BadOrigin');

  // Transfers through pallet-assets, as Apps' Assets page sends them.
  assert.equal((await send(api, api.tx.assets.transferKeepAlive(id, dave.address, 5_000), bob)).error, null);
  assert.equal(await assetBalance(api, id, dave.address), 5_000n);

  // A locked transfer: Eve holds 1_000 she cannot spend for 1_000 blocks, through either pallet.
  // Eve must first accept locked transfers from Bob: nobody fills her lock slots unasked.
  const model = { FixedQuantity: { period: 1000, unlocks: 1 } };
  const unasked = await send(api, api.tx.mst.transferLocked('SONY.GAME', eve.address, 1, model), bob);
  assert.equal(unasked.error, 'mst.LocksNotAccepted');
  assert.equal((await send(api, api.tx.mst.allowLocksFrom(bob.address), eve)).error, null);
  const locked = await send(api, api.tx.mst.transferLocked('SONY.GAME', eve.address, 1_000, model), bob);
  assert.equal(locked.error, null);
  const holding = (await api.call.mstApi.account('SONY.GAME', eve.address)).unwrap();
  assert.deepEqual([holding.balance.toBigInt(), holding.locked.toBigInt(), holding.escrowed.toBigInt()], [1_000n, 1_000n, 0n]);
  const viaAssets = await send(api, api.tx.assets.transferKeepAlive(id, dave.address, 1), eve);
  assert.equal(viaAssets.error, 'assets.BalanceLow');
  const viaMst = await send(api, api.tx.mst.transfer('SONY.GAME', dave.address, 1), eve);
  assert.equal(viaMst.error, 'mst.BalanceLocked');
  assert.equal(await assetBalance(api, id, eve.address), 1_000n);
});

test('two accounts trade through the order book', async () => {
  const { api } = ctx.node;
  const [ferdie, dave] = ['//Ferdie', '//Dave'].map((uri) => ctx.keyring.addFromUri(uri));
  assert.equal((await issue(api, ferdie, 'GAME.COIN', 100_000)).error, null);
  const id = (await api.call.mstApi.token('GAME.COIN')).unwrap().assetId.toNumber();

  // Ferdie sells 5.00 GAME.COIN at 3 MINI each; 2.00 of it is bought by Dave.
  const price = 3n * MINI;
  const ask = await send(api, api.tx.mst.placeOrder('GAME.COIN', 'MINI', 'Sell', price, 500), ferdie);
  assert.equal(ask.error, null);
  let depth = (await api.call.mstApi.bookDepth('GAME.COIN', 'MINI', 10)).unwrap();
  assert.deepEqual(depth.asks.map(([p, a]) => [p.toBigInt(), a.toBigInt()]), [[price, 500n]]);

  // An order crossing one's own resting order is refused.
  const own = await send(api, api.tx.mst.placeOrder('GAME.COIN', 'MINI', 'Buy', price, 100), ferdie);
  assert.equal(own.error, 'mst.SelfTrade');

  const daveMiniBefore = (await api.query.system.account(dave.address)).data.free.toBigInt();
  const bid = await send(api, api.tx.mst.placeOrder('GAME.COIN', 'MINI', 'Buy', price, 200), dave);
  assert.equal(bid.error, null);
  const traded = bid.events.find(({ event }) => api.events.mst.Traded.is(event)).event.data;
  assert.equal(traded.maker.toString(), ferdie.address);
  assert.equal(traded.taker.toString(), dave.address);
  assert.equal(traded.amount.toBigInt(), 200n);
  assert.equal(traded.quoteAmount.toBigInt(), 6n * MINI);
  assert.equal(await assetBalance(api, id, dave.address), 200n);
  const daveMiniAfter = (await api.query.system.account(dave.address)).data.free.toBigInt();
  const fee = daveMiniBefore - daveMiniAfter - 6n * MINI;
  assert.ok(fee > 0n && fee < MINI / 10n, `Dave paid 6 MINI plus a fee (${fee})`);

  depth = (await api.call.mstApi.bookDepth('GAME.COIN', 'MINI', 10)).unwrap();
  assert.deepEqual(depth.asks.map(([p, a]) => [p.toBigInt(), a.toBigInt()]), [[price, 300n]]);
  assert.equal(depth.bids.length, 0);
  // Ferdie's unsold 3.00 stay escrowed until he cancels.
  const { escrowed } = (await api.call.mstApi.account('GAME.COIN', ferdie.address)).unwrap();
  assert.equal(escrowed.toBigInt(), 300n);
  const orderId = ask.events.find(({ event }) => api.events.mst.OrderPlaced.is(event)).event.data.id;
  assert.equal((await send(api, api.tx.mst.cancelOrder(orderId), ferdie)).error, null);
  const { escrowed: released } = (await api.call.mstApi.account('GAME.COIN', ferdie.address)).unwrap();
  assert.equal(released.toBigInt(), 0n);
});
