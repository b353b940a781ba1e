// @polkadot/api against a running `minix-node --dev`, collectibles:
// - MITs: Eve registers two MITs in one call (each a pallet-nfts item of collection 1), sends one
//   to an avatar name, its new owner lists it at a fixed price and Dave buys it; the history, the
//   item and every balance follow exactly.
// - A creator's collection: Ferdie creates one, mints an item, sells it (the primary sale splits
//   70 / 30 less the market fee) and the royalty lands on him when the buyer resells it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 10_000_000_000n;
const ctx = devNodeForFile();

const free = async (api, who, at) =>
  (await (at ? await api.at(at) : api).query.system.account(who)).data.free.toBigInt();
const feeOf = (api, result) => result.events
  .find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event)).event.data.actualFee.toBigInt();

test('two MITs in one call, one sent to a name, listed and bought', async () => {
  const { api } = ctx.node;
  const [charlie, dave, eve] = ['//Charlie', '//Dave', '//Eve'].map((u) => ctx.keyring.addFromUri(u));

  // Charlie's avatar, the name the MIT is sent to.
  const claimed = await send(api, api.tx.cid.claim(null), charlie);
  const cid = claimed.events.find(({ event }) => api.events.cid.Issued.is(event)).event.data.cid.toBigInt();
  assert.equal((await send(api, api.tx.cid.setName(cid, 'mit.charlie'), charlie)).error, null);

  // Two MITs, one call, one deposit each.
  const registered = await send(api, api.tx.mit.register([['Moon.Art', 'ipfs://moon'], ['sun', '']]), eve);
  assert.equal(registered.error, null);
  const ids = registered.events.filter(({ event }) => api.events.mit.Registered.is(event))
    .map(({ event }) => event.data.id.toBigInt());
  assert.equal(ids.length, 2);
  const moon = (await api.call.mitApi.mit('MOON.ART')).unwrap();
  assert.equal(moon.symbol.toUtf8(), 'Moon.Art', 'the registered case is kept');
  const id = moon.id.toBigInt();
  assert.equal(moon.deposit.toBigInt(), MINI / 100n + 19n * MINI / 100_000n);
  assert.equal((await api.call.nftsApi.owner(1, id)).unwrap().toString(), eve.address);
  assert.equal((await api.call.mitApi.mitsOf(eve.address, 0, 10)).length, 2);
  const lookalike = await send(api, api.tx.mit.register([['moon.ART', '']]), dave);
  assert.equal(lookalike.error, 'mit.SymbolTaken');
  const direct = await send(api, api.tx.nfts.transfer(1, id, dave.address), eve);
  assert.equal(direct.error, 'nfts.ItemLocked', 'an MIT moves only through the Mit pallet');

  // Sent to an avatar name (any case): Charlie, the owner of `mit.charlie`, receives it.
  const sent = await send(api, api.tx.mit.transfer('moon.art', { Name: 'MIT.Charlie' }), eve);
  assert.equal(sent.error, null);
  const transferred = sent.events.find(({ event }) => api.events.mit.Transferred.is(event)).event.data;
  assert.equal(transferred.to.toString(), charlie.address);
  assert.equal(transferred.cid.unwrap().toBigInt(), cid);

  // Charlie lists it at 3 MINI; Dave buys it.
  const listed = await send(api, api.tx.market.listFixed({ Mit: id }, 3n * MINI), charlie);
  assert.equal(listed.error, null);
  const listing = listed.events.find(({ event }) => api.events.market.Listed.is(event)).event.data.id.toBigInt();
  assert.equal((await api.call.mitApi.mit('Moon.Art')).unwrap().inEscrow.isTrue, true);
  const escrowed = await send(api, api.tx.mit.burn('Moon.Art'), charlie);
  assert.equal(escrowed.error, 'mit.InEscrow');
  const [charlieBefore, daveBefore] = [await free(api, charlie.address), await free(api, dave.address)];
  const bought = await send(api, api.tx.market.buy(listing, 3n * MINI), dave);
  assert.equal(bought.error, null);
  const fee = 3n * MINI * 2n / 100n;
  assert.equal(await free(api, charlie.address, bought.blockHash), charlieBefore + 3n * MINI - fee);
  assert.equal(await free(api, dave.address, bought.blockHash), daveBefore - 3n * MINI - feeOf(api, bought));
  const after = (await api.call.mitApi.mit('Moon.Art')).unwrap();
  assert.equal(after.owner.toString(), dave.address);
  assert.deepEqual(after.history.map(([who]) => who.toString()), [eve.address, charlie.address, dave.address]);
  assert.equal(after.creator.toString(), eve.address);
  assert.equal((await api.call.nftsApi.owner(1, id)).unwrap().toString(), dave.address);
  assert.equal(after.inEscrow.isFalse, true);
});

test('a creator creates a collection, mints, sells, and the royalty lands on resale', async () => {
  const { api } = ctx.node;
  const [bob, alice, ferdie] = ['//Bob', '//Alice', '//Ferdie'].map((u) => ctx.keyring.addFromUri(u));

  const created = await send(api, api.tx.creators.createCollection(10, null), ferdie);
  assert.equal(created.error, null);
  const coll = created.events.find(({ event }) => api.events.creators.CollectionCreated.is(event))
    .event.data.collection.toNumber();
  assert.equal((await send(api, api.tx.creators.createCollection(11, null), ferdie)).error,
    'creators.RoyaltyTooHigh');
  assert.equal((await send(api, api.tx.creators.mint(coll, 1, 'ipfs://first'), ferdie)).error, null);
  const mine = await api.call.creatorsApi.collectionsOf(ferdie.address, 0, 10);
  assert.deepEqual(mine.map(([id]) => id.toNumber()), [coll]);
  const [item] = await api.call.creatorsApi.items(coll, 0, 10);
  assert.equal(item.owner.toString(), ferdie.address);
  assert.equal(item.metadata.toUtf8(), 'ipfs://first');
  assert.equal((await api.call.nftsApi.owner(coll, 1)).unwrap().toString(), ferdie.address);
  const [pool, share] = (await api.call.creatorsApi.royalty(coll, 1)).unwrap().nextSale.unwrap();
  assert.equal(share.toNumber(), 30, 'before the primary sale, the pool share');

  // Listed: the item is locked in pallet-nfts until the listing ends.
  const listed = await send(api, api.tx.market.listFixed({ Nft: [coll, 1] }, 10n * MINI), ferdie);
  assert.equal(listed.error, null);
  const listing = listed.events.find(({ event }) => api.events.market.Listed.is(event)).event.data.id.toBigInt();
  assert.equal((await send(api, api.tx.nfts.transfer(coll, 1, bob.address), ferdie)).error, 'nfts.ItemLocked');

  // The primary sale at 10 MINI: the pool gets 30 % and the 2 % fee, Ferdie 68 %.
  const [ferdieBefore, poolBefore] = [await free(api, ferdie.address), await free(api, pool)];
  const bought = await send(api, api.tx.market.buy(listing, 10n * MINI), bob);
  assert.equal(bought.error, null);
  assert.equal(await free(api, ferdie.address, bought.blockHash), ferdieBefore + 68n * MINI / 10n);
  assert.equal(await free(api, pool, bought.blockHash), poolBefore + 32n * MINI / 10n);
  assert.equal((await api.call.nftsApi.owner(coll, 1)).unwrap().toString(), bob.address);
  const royalty = (await api.call.creatorsApi.royalty(coll, 1)).unwrap();
  assert.equal(royalty.primarySold.isTrue, true);
  assert.equal(royalty.nextSale.unwrap()[0].toString(), ferdie.address);

  // Bob resells at 20 MINI to Alice: Ferdie's 10 % royalty, Bob 88 %. (Alice authors the dev
  // chain's blocks and receives fee shares, so she only buys.)
  const relisted = await send(api, api.tx.market.listFixed({ Nft: [coll, 1] }, 20n * MINI), bob);
  const again = relisted.events.find(({ event }) => api.events.market.Listed.is(event)).event.data.id.toBigInt();
  const [ferdieMid, bobMid] = [await free(api, ferdie.address), await free(api, bob.address, relisted.blockHash)];
  const resold = await send(api, api.tx.market.buy(again, 20n * MINI), alice);
  assert.equal(resold.error, null);
  assert.equal(await free(api, ferdie.address, resold.blockHash), ferdieMid + 2n * MINI);
  assert.equal(await free(api, bob.address, resold.blockHash), bobMid + 176n * MINI / 10n);
  assert.equal((await api.call.nftsApi.owner(coll, 1)).unwrap().toString(), alice.address);
  // Unlisted again, it moves with pallet-nfts' own transfer.
  assert.equal((await send(api, api.tx.nfts.transfer(coll, 1, bob.address), alice)).error, null);
});
