// Preloaded with `--require` into every process of the demo and the tests: refuses any outbound
// TCP connection that is not to loopback, so nothing (the Agents Playground's Azure metadata and
// telemetry probes included) ever leaves this machine.
'use strict';
const net = require('node:net');

const LOOPBACK_NAMES = new Set(['localhost', 'ip6-localhost', 'ip6-loopback']);

function isLoopback(host) {
  if (!host) return true; // net.connect with no host means localhost
  const h = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return LOOPBACK_NAMES.has(h) || h === '::1' || h.startsWith('127.') || h === '::ffff:127.0.0.1';
}

function targetOf(args) {
  const first = args[0];
  if (Array.isArray(first)) return targetOf(first); // internal normalized form
  if (first && typeof first === 'object') {
    if (first.path) return { local: true };
    return { host: first.host ?? first.hostname, port: first.port };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { local: true }; // IPC path
  return { host: typeof args[1] === 'string' ? args[1] : undefined, port: first };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = targetOf(args);
  if (!target.local && !isLoopback(target.host)) {
    const error = new Error(`egress guard: outbound connection to ${target.host}:${target.port} refused`);
    error.code = 'ECONNREFUSED';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};
