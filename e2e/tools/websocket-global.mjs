// Preloaded (`node --import`) where Node.js has no global WebSocket (before Node 22), so tools
// that expect one, such as polkadot-api's `papi` CLI, run on Node 18 and 20 too.
import { WebSocket } from 'ws';

globalThis.WebSocket ??= WebSocket;
