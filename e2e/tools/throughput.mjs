// Live throughput of a MiniX node: pre-funds N accounts, then floods the node with signed
// `Balances.transfer_keep_alive` and `Mst.transfer` transactions (one phase each) and measures
// what the chain includes: transactions per second, block fullness (normal-class weight against
// its limit), the ratio to the ceiling the weights allow, pool drops (accepted but never
// included), finality lag, and optionally latency, block build and import times and memory.
//
//   node e2e/tools/throughput.mjs --url ws://127.0.0.1:9944 [--accounts 400] [--per-account 25]
//        [--phases idle,balances,mst] [--latency 20] [--metrics http://127.0.0.1:9615/metrics,...]
//        [--pids 1234,5678] [--rate 300] [--logs author.log,follower.log] [--json]
//
// `--latency N` sends N probe transfers (one a second, from their own account) during each phase
// and reports submit → in block → finalized (p50, p95); the `idle` phase sends only the probes.
// `--metrics` reads each node's Prometheus endpoint before and after a phase: mean block build
// time (`substrate_proposer_block_constructed`) and mean verify-and-import time
// (`substrate_block_verification_and_import_time`: on a node that did not author the block, its
// full execution). `--pids` reads each node's resident memory (VmRSS, and its peak VmHWM).
// `--logs A,F` reads the author's and a follower's logs for each block's build and import time.
// `--rate R` submits the flood at R transactions a second (a sustained load) instead of at once.
//
// `scripts/throughput.sh` starts a dev node and runs this. The dev chain's accounts fund the
// senders (MINI for fees, and Alice's DEV tokens for `Mst.transfer`). Every flood transaction is
// signed before the phase starts, so the client's signing speed is not what is measured; they are
// then submitted as fast as the node's RPC takes them.

import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { readFileSync } from 'node:fs';

const FUNDERS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];
const SYMBOL = 'DEV';
const PHASES = ['idle', 'balances', 'mst'];

/** `{ url, accounts, perAccount, phases, json }` from argv. */
export function parseArgs (argv) {
  const args = { url: 'ws://127.0.0.1:9944', accounts: 400, perAccount: 25, phases: ['balances', 'mst'], json: false, latency: 0, metrics: [], pids: [], rate: 0, logs: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--url') args.url = value;
    else if (flag === '--accounts') args.accounts = Number(value);
    else if (flag === '--per-account') args.perAccount = Number(value);
    else if (flag === '--phases') args.phases = value.split(',');
    else if (flag === '--latency') args.latency = Number(value);
    else if (flag === '--rate') args.rate = Number(value);
    else if (flag === '--logs') args.logs = value.split(',');
    else if (flag === '--metrics') args.metrics = value.split(',');
    else if (flag === '--pids') args.pids = value.split(',').map(Number);
    else if (flag === '--json') { args.json = true; continue; } else throw new Error(`unknown argument ${flag}`);
    i++;
  }
  if (!(args.accounts > 0 && args.perAccount > 0)) throw new Error('--accounts and --per-account must be positive');
  if (!(args.latency >= 0 && args.rate >= 0) || args.pids.some((p) => !(p > 0))) throw new Error('--latency, --rate and --pids must be numbers');
  for (const p of args.phases) if (!PHASES.includes(p)) throw new Error(`unknown phase ${p}`);
  if (args.phases.includes('idle') && args.latency === 0) throw new Error('the idle phase needs --latency N');
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

/** The `q` quantile (0..1) of `xs`, nearest rank; `null` when empty. */
export function quantile (xs, q) {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** `{ name: value }` of the unlabelled and labelled samples of a Prometheus text exposition. */
export function parseMetrics (text) {
  const out = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?)\s+(\S+)/);
    if (m && !line.startsWith('#')) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** Each endpoint's metrics now (an empty object for one that does not answer). */
async function scrape (urls) {
  return Promise.all(urls.map(async (url) => {
    try { return parseMetrics(await (await fetch(url)).text()); } catch { return {}; }
  }));
}

/** The sum of `name`'s samples over all their label sets. */
export function metric (metrics, name) {
  return Object.entries(metrics)
    .filter(([key]) => key === name || key.startsWith(`${name}{`))
    .reduce((total, [, value]) => total + value, 0);
}

/** Mean of a histogram between two scrapes, in milliseconds; `null` without observations. */
function histogramMeanMs (before, after, name) {
  const count = metric(after, `${name}_count`) - metric(before, `${name}_count`);
  const sum = metric(after, `${name}_sum`) - metric(before, `${name}_sum`);
  if (count <= 0) return null;
  // The slowest observation is at most the smallest bucket bound that holds all of them.
  const bucket = (m, le) => Object.entries(m)
    .filter(([key]) => key.startsWith(`${name}_bucket{`) && key.includes(`le="${le}"`))
    .reduce((total, [, value]) => total + value, 0);
  const bounds = [...new Set(Object.keys(after).map((key) => key.startsWith(`${name}_bucket{`) && key.match(/le="([^"]+)"/)?.[1]))]
    .filter((le) => le && Number.isFinite(Number(le)))
    .sort((x, y) => Number(x) - Number(y));
  const all = bounds.find((le) => bucket(after, le) - bucket(before, le) >= count);
  return { meanMs: (1000 * sum) / count, maxMsAtMost: all === undefined ? null : 1000 * Number(all), count };
}

/**
 * Per block, from the logs of the author and of a node following it (`--detailed-log-output`, so
 * times have milliseconds): the author's build time ("Prepared block for proposing at N (X ms)"),
 * its extrinsic count, and how long after the author the follower had it imported: loopback
 * transfer plus the follower's full execution and import of the block.
 */
export function blockTimes (authorLog, followerLog) {
  const at = (line) => Date.parse(line.slice(0, 23).replace(' ', 'T') + 'Z');
  const imported = (log) => {
    const out = new Map();
    for (const line of log.split('\n')) {
      const m = line.match(/Imported #(\d+) \(/);
      if (m && !out.has(Number(m[1]))) out.set(Number(m[1]), at(line));
    }
    return out;
  };
  const [byAuthor, byFollower] = [imported(authorLog), imported(followerLog)];
  const blocks = new Map();
  for (const line of authorLog.split('\n')) {
    const m = line.match(/Prepared block for proposing at (\d+) \((\d+) ms\).*extrinsics_count: (\d+)/);
    if (!m) continue;
    const number = Number(m[1]);
    const followed = byFollower.get(number) - byAuthor.get(number);
    blocks.set(number, { number, buildMs: Number(m[2]), extrinsics: Number(m[3]), importMs: Number.isFinite(followed) ? followed : null });
  }
  return blocks;
}

/** Resident and peak resident memory of `pid` in MiB (Linux), or `null`. */
function memoryOf (pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]);
    return { pid, rssMiB: Math.round(kb('VmRSS') / 1024), peakMiB: Math.round(kb('VmHWM') / 1024) };
  } catch { return null; }
}

/**
 * Sends `count` transfers from `probe`, one a second, and resolves with each one's seconds from
 * submission to its block and to finality (a probe not finalized within two minutes is `null`).
 */
function probes (api, probe, count) {
  const one = (nonce) => new Promise((resolve) => {
    const t0 = Date.now();
    const out = { inBlock: null, finalized: null };
    const timer = setTimeout(() => { unsub?.(); resolve(out); }, 120_000);
    let unsub;
    api.tx.balances.transferKeepAlive(probe.address, 1).signAndSend(probe.pair, { nonce }, ({ status }) => {
      if (status.isInBlock && out.inBlock === null) out.inBlock = (Date.now() - t0) / 1000;
      if (status.isFinalized) { out.finalized = (Date.now() - t0) / 1000; clearTimeout(timer); unsub?.(); resolve(out); }
      if (status.isDropped || status.isInvalid || status.isUsurped) { clearTimeout(timer); unsub?.(); resolve(out); }
    }).then((u) => { unsub = u; }).catch(() => { clearTimeout(timer); resolve(out); });
  });
  return (async () => {
    const pending = [];
    for (let i = 0; i < count; i++) {
      pending.push(one(probe.nonce++));
      await new Promise((r) => setTimeout(r, 1000));
    }
    return Promise.all(pending);
  })();
}

/** p50/p95 of the probes' latencies, and how many were lost. */
function latencyOf (samples) {
  const inBlock = samples.map((s) => s.inBlock).filter((x) => x !== null);
  const finalized = samples.map((s) => s.finalized).filter((x) => x !== null);
  return {
    probes: samples.length,
    lost: samples.length - finalized.length,
    inBlockP50: quantile(inBlock, 0.5),
    inBlockP95: quantile(inBlock, 0.95),
    finalizedP50: quantile(finalized, 0.5),
    finalizedP95: quantile(finalized, 0.95)
  };
}

/** Signs `perAccount` of the phase's call for every sender (nonces known in advance). */
function signAll (api, name, senders, perAccount) {
  const { genesisHash, runtimeVersion } = api;
  const signed = [];
  for (let k = 0; k < perAccount; k++) {
    for (let i = 0; i < senders.length; i++) {
      const s = senders[i];
      const tx = callOf(api, name, senders[(i + 1) % senders.length].address);
      signed.push(tx.sign(s.pair, { nonce: s.nonce + k, era: 0, genesisHash, blockHash: genesisHash, runtimeVersion }).toHex());
    }
  }
  senders.forEach((s) => { s.nonce += perAccount; });
  return signed;
}

/**
 * Submits every hex as fast as the RPC takes them (512 in flight), or at `rate` a second when one
 * is given (a sustained load rather than a burst); how many the pool refused.
 */
async function submitAll (api, signed, rate = 0) {
  let rejected = 0;
  const inflight = new Set();
  const t0 = Date.now();
  for (const [i, hex] of signed.entries()) {
    const due = rate > 0 ? t0 + (1000 * i) / rate : 0;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    const p = api.rpc.author.submitExtrinsic(hex).catch(() => { rejected++; }).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 512) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  return rejected;
}

/** Floods one phase (none for `idle`) and measures the blocks that included it. */
async function phase (api, name, senders, perAccount, opts) {
  const limit = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const ours = new Set(senders.map((s) => s.address));
  const cap = await ceiling(api, callOf(api, name === 'mst' ? 'mst' : 'balances', senders[1 % senders.length].address), senders[0]);
  const signed = name === 'idle' ? [] : signAll(api, name, senders, perAccount);
  const metricsBefore = await scrape(opts.metrics);
  const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  const probing = opts.latency > 0 ? probes(api, opts.probe, opts.latency) : Promise.resolve([]);
  let probingDone = false;
  probing.then(() => { probingDone = true; });
  const t0 = Date.now();
  const rejected = await submitAll(api, signed, opts.rate);
  const submitSeconds = (Date.now() - t0) / 1000;
  // Follow the best chain until every accepted transaction is included (or it stops growing).
  const expected = signed.length - rejected;
  const blocks = [];
  let included = 0;
  let n = startBlock + 1;
  let idle = 0;
  let maxLag = 0;
  const memPeak = new Map();
  const sampleMemory = () => opts.pids.map(memoryOf).forEach((m) => {
    if (m) memPeak.set(m.pid, Math.max(memPeak.get(m.pid) ?? 0, m.rssMiB));
  });
  // Stop when all are in, after five empty blocks once inclusion began, or after 200 blocks, and
  // when the probes are done.
  while ((included < expected && idle < 5 && n <= startBlock + 200) || !probingDone) {
    const [header, finalizedHash] = await Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getFinalizedHead()]);
    const best = header.number.toNumber();
    maxLag = Math.max(maxLag, best - (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber());
    sampleMemory();
    if (n > best) { await new Promise((r) => setTimeout(r, 1000)); continue; }
    const hash = await api.rpc.chain.getBlockHash(n);
    const [block, weight] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.system.blockWeight.at(hash)]);
    const count = block.block.extrinsics.filter((x) => x.isSigned && ours.has(x.signer.toString())).length;
    included += count;
    idle = count === 0 && included > 0 ? idle + 1 : 0;
    if (count > 0) blocks.push({ number: n, count, fullness: Number(weight.normal.refTime.toBigInt() * 10000n / limit) / 10000 });
    n++;
  }
  const samples = await probing;
  sampleMemory();
  const metricsAfter = await scrape(opts.metrics);
  const timed = opts.logs.length === 2
    ? blockTimes(readFileSync(opts.logs[0], 'utf8'), readFileSync(opts.logs[1], 'utf8'))
    : new Map();
  const times = blocks.map((b) => timed.get(b.number)).filter(Boolean);
  const seconds = blocks.length * cap.blockSeconds;
  const tps = seconds > 0 ? included / seconds : 0;
  const avg = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
  return {
    phase: name,
    submitted: signed.length,
    rejected,
    included,
    dropped: expected - included,
    blocks: blocks.length,
    submitSeconds,
    tps,
    maxPerBlock: Math.max(0, ...blocks.map((b) => b.count)),
    avgFullness: avg(blocks.map((b) => b.fullness)),
    maxFullness: Math.max(0, ...blocks.map((b) => b.fullness)),
    ceilingPerBlock: cap.perBlock,
    ceilingTps: cap.perSecond,
    ratioToCeiling: cap.perSecond > 0 ? tps / cap.perSecond : 0,
    maxFinalityLagBlocks: maxLag,
    latency: opts.latency > 0 ? latencyOf(samples) : null,
    nodes: opts.metrics.map((url, i) => ({
      url,
      build: histogramMeanMs(metricsBefore[i], metricsAfter[i], 'substrate_proposer_block_constructed'),
      import: histogramMeanMs(metricsBefore[i], metricsAfter[i], 'substrate_block_verification_and_import_time')
    })),
    memory: opts.pids.map((pid) => ({ ...memoryOf(pid), maxRssMiB: memPeak.get(pid) ?? null })),
    // The fullest block's times, and the slowest of each.
    blockTimes: times.length === 0 ? null : {
      fullest: times.reduce((a, b) => (b.extrinsics > a.extrinsics ? b : a)),
      maxBuildMs: Math.max(...times.map((t) => t.buildMs)),
      maxImportMs: Math.max(...times.map((t) => t.importMs ?? 0))
    }
  };
}

/** Runs the measurement against the node at `url`; the per-phase reports. */
export async function measure ({ url, accounts, perAccount, phases, latency = 0, metrics = [], pids = [], rate = 0, logs = [] }) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
  try {
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = Array.from({ length: accounts }, (_, i) => {
      const pair = keyring.addFromUri(`//throughput//${i}`);
      return { pair, address: pair.address, nonce: 0 };
    });
    const probeKey = keyring.addFromUri('//throughput//probe');
    const probe = { pair: probeKey, address: probeKey.address, nonce: 0 };
    const flood = phases.filter((p) => p !== 'idle').length;
    // The probe is funded like a sender, for the probes of every phase.
    await fund(api, keyring, latency > 0 ? [...senders, probe] : senders,
      Math.max(perAccount * flood, latency * phases.length), phases.includes('mst'));
    for (const s of [...senders, probe]) s.nonce = (await api.rpc.system.accountNextIndex(s.address)).toNumber();
    const reports = [];
    for (const name of phases) reports.push(await phase(api, name, senders, perAccount, { latency, metrics, pids, probe, rate, logs }));
    return reports;
  } finally {
    await api.disconnect();
  }
}

function print (r) {
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  const sec = (x) => (x === null ? '-' : `${x.toFixed(2)} s`);
  if (r.phase !== 'idle') {
    console.log(`${r.phase}: ${r.included}/${r.submitted} included (${r.rejected} refused by the pool, ${r.dropped} accepted but dropped) in ${r.blocks} blocks`);
    console.log(`  ${r.tps.toFixed(1)} tx/s included; up to ${r.maxPerBlock} per block; fullness avg ${pct(r.avgFullness)}, max ${pct(r.maxFullness)}`);
    console.log(`  weight ceiling ${r.ceilingPerBlock} per block = ${r.ceilingTps.toFixed(1)} tx/s; measured/ceiling = ${r.ratioToCeiling.toFixed(3)}`);
    console.log(`  submitting took ${r.submitSeconds.toFixed(1)} s; finality lag up to ${r.maxFinalityLagBlocks} blocks`);
  } else {
    console.log(`idle: no load; finality lag up to ${r.maxFinalityLagBlocks} blocks`);
  }
  if (r.latency) {
    const l = r.latency;
    console.log(`  latency of ${l.probes} probes (${l.lost} not finalized): in block p50 ${sec(l.inBlockP50)}, p95 ${sec(l.inBlockP95)}; finalized p50 ${sec(l.finalizedP50)}, p95 ${sec(l.finalizedP95)}`);
  }
  for (const n of r.nodes) {
    const ms = (h) => (h ? `${h.meanMs.toFixed(0)} ms mean over ${h.count} (slowest ≤ ${h.maxMsAtMost ?? '∞'} ms)` : '-');
    console.log(`  ${n.url}: block build ${ms(n.build)}; verify and import ${ms(n.import)}`);
  }
  if (r.blockTimes) {
    const { fullest: f, maxBuildMs, maxImportMs } = r.blockTimes;
    console.log(`  fullest block #${f.number} (${f.extrinsics} extrinsics): built in ${f.buildMs} ms, imported by the follower ${f.importMs ?? '-'} ms after the author; slowest build ${maxBuildMs} ms, import ${maxImportMs} ms`);
  }
  for (const m of r.memory) console.log(`  pid ${m.pid}: RSS ${m.rssMiB} MiB at the end, up to ${m.maxRssMiB} MiB in the phase (peak since start ${m.peakMiB} MiB)`);
}

/** Rows comparing two runs' reports (`--json` output) phase by phase: before, after, ratio. */
export function sideBySide (before, after) {
  const rows = [['phase', 'figure', 'before', 'after', 'after/before']];
  for (const b of before) {
    const a = after.find((r) => r.phase === b.phase);
    if (!a || b.phase === 'idle') continue;
    for (const [label, get] of [
      ['included tx/s', (r) => r.tps],
      ['ceiling per block', (r) => r.ceilingPerBlock],
      ['max per block', (r) => r.maxPerBlock],
      ['avg fullness', (r) => r.avgFullness],
      ['refused by the pool', (r) => r.rejected],
      ['dropped by the pool', (r) => r.dropped],
      ['max finality lag (blocks)', (r) => r.maxFinalityLagBlocks],
      ['fullest block: build ms', (r) => r.blockTimes?.fullest?.buildMs],
      ['fullest block: follower import ms', (r) => r.blockTimes?.fullest?.importMs],
      ['latency in block p50 s', (r) => r.latency?.inBlockP50],
      ['latency finalized p50 s', (r) => r.latency?.finalizedP50],
      ['latency probes lost', (r) => r.latency?.lost],
      ['max RSS of a node MiB', (r) => r.memory?.length ? Math.max(...r.memory.map((m) => m.maxRssMiB)) : undefined]
    ]) {
      const [x, y] = [get(b), get(a)];
      // A figure one run lacks (no follower, no latency probes) shows as '-'.
      const show = (v) => (typeof v === 'number' ? +v.toFixed(3) : '-');
      const ratio = typeof x === 'number' && typeof y === 'number' && x > 0 ? (y / x).toFixed(2) : '-';
      rows.push([b.phase, label, show(x), show(y), ratio]);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--side-by-side') {
  const [before, after] = process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, 'utf8')));
  for (const row of sideBySide(before, after)) console.log(row.join(' | '));
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const reports = await measure(args);
  if (args.json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(print);
  const b = reports.find((r) => r.phase === 'balances');
  const m = reports.find((r) => r.phase === 'mst');
  if (b && m) {
    // With --json, stdout is the JSON alone (scripts/throughput.sh --compare parses it).
    (args.json ? console.error : console.log)(`Mst.transfer/Balances.transfer_keep_alive: ${(m.tps / b.tps).toFixed(2)} of the included rate, ${(m.ceilingTps / b.ceilingTps).toFixed(2)} of the ceiling`);
  }
  process.exit(0);
}
