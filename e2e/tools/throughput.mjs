// Live throughput of a MiniX node: pre-funds N accounts, then floods the node with signed
// `Balances.transfer_keep_alive` and `Mst.transfer` transactions (one phase each) and measures
// what the chain includes: transactions per second, block fullness (normal-class weight against
// its limit), and the ratio to the ceiling the weights allow.
//
//   node e2e/tools/throughput.mjs --url ws://127.0.0.1:9944 [--accounts 400] [--per-account 25]
//                                 [--phases balances,mst] [--json]
//
// `scripts/throughput.sh` starts a dev node with a large transaction pool and runs this. The dev
// chain's accounts fund the senders (MINI for fees, and Alice's DEV tokens for `Mst.transfer`).
// Every transaction is signed before the phase starts, so the client's signing speed is not what
// is measured; they are then submitted as fast as the node's RPC takes them.

import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const FUNDERS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];
const SYMBOL = 'DEV';

/** `{ url, accounts, perAccount, phases, json }` from argv. */
export function parseArgs (argv) {
  const args = { url: 'ws://127.0.0.1:9944', accounts: 400, perAccount: 25, phases: ['balances', 'mst'], json: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--url') args.url = value;
    else if (flag === '--accounts') args.accounts = Number(value);
    else if (flag === '--per-account') args.perAccount = Number(value);
    else if (flag === '--phases') args.phases = value.split(',');
    else if (flag === '--json') { args.json = true; continue; } else throw new Error(`unknown argument ${flag}`);
    i++;
  }
  if (!(args.accounts > 0 && args.perAccount > 0)) throw new Error('--accounts and --per-account must be positive');
  for (const p of args.phases) if (!['balances', 'mst'].includes(p)) throw new Error(`unknown phase ${p}`);
  return args;
}

/** Resolves once `tx` signed by `signer` is in a block; rejects on a dispatch error. */
function inBlock (api, tx, signer) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()));
      else if (status.isInBlock) resolve(status.asInBlock);
    }).catch(reject);
  });
}

/** Funds `senders` with MINI for their fees (and DEV for the MST phase), from the dev accounts. */
async function fund (api, keyring, senders, perAccount, withTokens) {
  const fee = (await api.tx.balances.transferKeepAlive(senders[0].address, 1).paymentInfo(senders[0].address)).partialFee.toBigInt();
  // Fees of every transaction with a margin of 2x, the existential deposit, and what is sent.
  const ed = api.consts.balances.existentialDeposit.toBigInt();
  const amount = 2n * fee * BigInt(perAccount) * 2n + 2n * ed;
  const chunks = FUNDERS.map(() => []);
  senders.forEach((s, i) => chunks[i % FUNDERS.length].push(s));
  await Promise.all(FUNDERS.map((uri, i) => chunks[i].length && inBlock(api,
    api.tx.utility.batchAll(chunks[i].map((s) => api.tx.balances.transferKeepAlive(s.address, amount))),
    keyring.addFromUri(uri))));
  if (withTokens) {
    const calls = senders.map((s) => api.tx.mst.transfer(SYMBOL, s.address, perAccount * 10));
    for (let i = 0; i < calls.length; i += 200) {
      await inBlock(api, api.tx.utility.batchAll(calls.slice(i, i + 200)), keyring.addFromUri('//Alice'));
    }
  }
  return amount;
}

/** The phase's call from `sender` (to the next sender, so accounts stay alive). */
function callOf (api, phase, to) {
  return phase === 'balances'
    ? api.tx.balances.transferKeepAlive(to, 1)
    : api.tx.mst.transfer(SYMBOL, to, 1);
}

/**
 * The ceiling the weights allow: how many of `call` fit in a block's normal-class weight (each
 * costs its dispatch weight plus the base extrinsic weight), and per second.
 */
async function ceiling (api, call, sender) {
  const info = await call.paymentInfo(sender.address);
  const weights = api.consts.system.blockWeights;
  const normal = weights.perClass.normal;
  const perTx = info.weight.refTime.toBigInt() + normal.baseExtrinsic.refTime.toBigInt();
  const perTxProof = info.weight.proofSize.toBigInt() + normal.baseExtrinsic.proofSize.toBigInt();
  const limit = normal.maxTotal.unwrap();
  const byTime = limit.refTime.toBigInt() / perTx;
  const byProof = perTxProof > 0n ? limit.proofSize.toBigInt() / perTxProof : byTime;
  const perBlock = Number(byTime < byProof ? byTime : byProof);
  const blockSeconds = Number(api.consts.aura.slotDuration.toBigInt()) / 1000;
  return { perBlock, perSecond: perBlock / blockSeconds, blockSeconds, txWeight: Number(perTx) };
}

/** Floods one phase and measures the blocks that included it. */
async function phase (api, name, senders, perAccount) {
  const limit = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const ours = new Set(senders.map((s) => s.address));
  const cap = await ceiling(api, callOf(api, name, senders[1 % senders.length].address), senders[0]);
  // Sign everything first (nonces known), then submit as fast as the RPC accepts.
  const genesisHash = api.genesisHash;
  const runtimeVersion = api.runtimeVersion;
  const signed = [];
  for (let k = 0; k < perAccount; k++) {
    for (let i = 0; i < senders.length; i++) {
      const s = senders[i];
      const nonce = s.nonce + k;
      const tx = callOf(api, name, senders[(i + 1) % senders.length].address);
      signed.push(tx.sign(s.pair, { nonce, era: 0, genesisHash, blockHash: genesisHash, runtimeVersion }).toHex());
    }
  }
  senders.forEach((s) => { s.nonce += perAccount; });
  const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  const t0 = Date.now();
  let rejected = 0;
  const inflight = new Set();
  for (const hex of signed) {
    const p = api.rpc.author.submitExtrinsic(hex).catch(() => { rejected++; }).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 512) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const submitSeconds = (Date.now() - t0) / 1000;
  // Follow the best chain until every accepted transaction is included (or it stops growing).
  const expected = signed.length - rejected;
  const blocks = [];
  let included = 0;
  let n = startBlock + 1;
  let idle = 0;
  // Stop when all are in, after five empty blocks once inclusion began, or after 200 blocks.
  while (included < expected && idle < 5 && n <= startBlock + 200) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (n > best) { await new Promise((r) => setTimeout(r, 1000)); continue; }
    const hash = await api.rpc.chain.getBlockHash(n);
    const [block, weight] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.system.blockWeight.at(hash)]);
    const count = block.block.extrinsics.filter((x) => x.isSigned && ours.has(x.signer.toString())).length;
    included += count;
    idle = count === 0 && included > 0 ? idle + 1 : 0;
    if (count > 0) blocks.push({ number: n, count, fullness: Number(weight.normal.refTime.toBigInt() * 10000n / limit) / 10000 });
    n++;
  }
  const seconds = blocks.length * cap.blockSeconds;
  const tps = seconds > 0 ? included / seconds : 0;
  const avg = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  return {
    phase: name,
    submitted: signed.length,
    rejected,
    included,
    blocks: blocks.length,
    submitSeconds,
    tps,
    maxPerBlock: Math.max(0, ...blocks.map((b) => b.count)),
    avgFullness: avg(blocks.map((b) => b.fullness)),
    maxFullness: Math.max(0, ...blocks.map((b) => b.fullness)),
    ceilingPerBlock: cap.perBlock,
    ceilingTps: cap.perSecond,
    ratioToCeiling: cap.perSecond > 0 ? tps / cap.perSecond : 0
  };
}

/** Runs the measurement against the node at `url`; the per-phase reports. */
export async function measure ({ url, accounts, perAccount, phases }) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = Array.from({ length: accounts }, (_, i) => {
      const pair = keyring.addFromUri(`//throughput//${i}`);
      return { pair, address: pair.address, nonce: 0 };
    });
    await fund(api, keyring, senders, perAccount * phases.length, phases.includes('mst'));
    for (const s of senders) s.nonce = (await api.rpc.system.accountNextIndex(s.address)).toNumber();
    const reports = [];
    for (const name of phases) reports.push(await phase(api, name, senders, perAccount));
    return reports;
  } finally {
    await api.disconnect();
  }
}

function print (r) {
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  console.log(`${r.phase}: ${r.included}/${r.submitted} included (${r.rejected} refused by the pool) in ${r.blocks} blocks`);
  console.log(`  ${r.tps.toFixed(1)} tx/s included; up to ${r.maxPerBlock} per block; fullness avg ${pct(r.avgFullness)}, max ${pct(r.maxFullness)}`);
  console.log(`  weight ceiling ${r.ceilingPerBlock} per block = ${r.ceilingTps.toFixed(1)} tx/s; measured/ceiling = ${r.ratioToCeiling.toFixed(3)}`);
  console.log(`  submitting took ${r.submitSeconds.toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const reports = await measure(args);
  if (args.json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(print);
  if (reports.length === 2) {
    const [b, m] = reports;
    console.log(`Mst.transfer/Balances.transfer_keep_alive: ${(m.tps / b.tps).toFixed(2)} of the included rate, ${(m.ceilingTps / b.ceilingTps).toFixed(2)} of the ceiling`);
  }
  process.exit(0);
}
