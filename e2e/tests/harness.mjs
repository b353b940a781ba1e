// Starts a real `minix-node --dev` on free loopback ports in a temp dir for the JS tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The node binary: $MINIX_NODE, else the release build in the shared cargo target dir. */
export function nodeBinary () {
  if (process.env.MINIX_NODE) return process.env.MINIX_NODE;
  const target = process.env.CARGO_TARGET_DIR ||
    join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'target-minix');
  return join(target, 'release', 'minix-node');
}

/** Where scripts/build-contracts.sh puts the example contracts: $MINIX_CONTRACTS_DIR, else
 * `contracts/` in the shared cargo target dir. */
export function contractsDir () {
  if (process.env.MINIX_CONTRACTS_DIR) return process.env.MINIX_CONTRACTS_DIR;
  return join(dirname(dirname(nodeBinary())), 'contracts');
}

/** A loopback port that was free a moment ago. */
export function freePort () {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs `binary` with `args(dir)` in a fresh temp dir (`prefix`), stderr to `logName` in it;
 * `stop` sends SIGTERM, waits up to 10 s and removes the dir.
 */
function spawnInTempDir (prefix, logName, binary, args) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const logFile = join(dir, logName);
  const child = spawn(binary, args(dir), { stdio: ['ignore', 'ignore', openSync(logFile, 'w')], cwd: root });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { child, stop, logFile };
}

/**
 * Starts a dev node (`--dev`, or Alice alone authoring a `chainSpec` file); resolves once its RPC
 * answers, with { api, url, pid, stop, log }.
 */
export async function startDevNode ({ chainSpec } = {}) {
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const chain = chainSpec
    ? ['--chain', chainSpec, '--alice', '--force-authoring', '--unsafe-force-node-key-generation']
    : ['--dev'];
  const { child, stop, logFile } = spawnInTempDir('minix-js-', 'node.log', nodeBinary(), (dir) => [
    ...chain, '--base-path', dir, '--rpc-port', String(rpcPort), '--port', String(p2pPort),
    '--no-telemetry', '--no-prometheus', '--no-mdns'
  ]);
  const url = `ws://127.0.0.1:${rpcPort}`;
  const deadline = Date.now() + 180000; // a loaded CI machine can take minutes
  for (;;) {
    try {
      const provider = new WsProvider(url, false);
      await provider.connect();
      const api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
      return { api, url, pid: child.pid, stop, log: () => readFileSync(logFile, 'utf8') };
    } catch (e) {
      if (Date.now() > deadline || child.exitCode !== null) {
        await stop();
        throw new Error(`minix-node did not serve RPC at ${url}: ${e.message}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * One dev node for a whole test file: registers `before`/`after` hooks and returns a holder whose
 * `node` ({ api, stop, log }) and sr25519 `keyring` are set once the node serves RPC.
 */
export function devNodeForFile () {
  const ctx = {};
  before(async () => {
    await cryptoWaitReady();
    ctx.keyring = new Keyring({ type: 'sr25519' });
    ctx.node = await startDevNode();
  });
  after(async () => {
    await ctx.node?.api.disconnect();
    await ctx.node?.stop();
  });
  return ctx;
}

/**
 * Signs and sends `tx` (with signer `options` such as `{ nonce }`); resolves when it is in a block
 * with its events and the module error, if any.
 */
export function send (api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, options, ({ status, events, dispatchError }) => {
      if (!status.isInBlock) return;
      let error = null;
      if (dispatchError?.isModule) {
        const { section, name } = api.registry.findMetaError(dispatchError.asModule);
        error = `${section}.${name}`;
      } else if (dispatchError) {
        error = dispatchError.toString();
      }
      resolve({ blockHash: status.asInBlock, events, error });
    }).catch(reject);
  });
}

/** polkadot-sdk's `eth-rpc` server, as scripts/init.sh installs it: $MINIX_ETH_RPC, else
 * `minix-tools/bin/eth-rpc` under the cargo home. */
export function ethRpcBinary () {
  if (process.env.MINIX_ETH_RPC) return process.env.MINIX_ETH_RPC;
  const tools = process.env.MINIX_TOOLS ||
    join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'minix-tools');
  return join(tools, 'bin', 'eth-rpc');
}

/**
 * Starts `eth-rpc` against the node at `nodeUrl` on a free loopback port, as
 * scripts/eth-rpc.sh does; resolves once it answers `eth_chainId`, with { url, stop, log }.
 */
export async function startEthRpc (nodeUrl) {
  const [rpcPort, promPort] = [await freePort(), await freePort()];
  const { child, stop, logFile } = spawnInTempDir('minix-eth-', 'eth-rpc.log', ethRpcBinary(), (dir) => [
    '--node-rpc-url', nodeUrl, '--rpc-port', String(rpcPort), '--prometheus-port',
    String(promPort), '--eth-pruning', '256', '--base-path', dir
  ]);
  const url = `http://127.0.0.1:${rpcPort}`;
  const deadline = Date.now() + 120000;
  for (;;) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] })
      });
      if (res.ok) return { url, stop, log: () => readFileSync(logFile, 'utf8') };
    } catch (e) {
      if (Date.now() > deadline || child.exitCode !== null) {
        const log = readFileSync(logFile, 'utf8');
        await stop();
        throw new Error(`eth-rpc did not serve ${url}: ${e.message}\n${log.slice(-2000)}`);
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
