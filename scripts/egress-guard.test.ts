import net from 'node:net';
import { describe, expect, it } from 'vitest';

function tryConnect(host: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: 9 });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.message));
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
  });
}

describe('egress guard', () => {
  it('refuses a connection to a non-loopback address', async () => {
    expect(await tryConnect('203.0.113.7')).toMatch(/egress guard/);
  });

  it('lets loopback through (refused only by the closed port)', async () => {
    expect(await tryConnect('127.0.0.1')).not.toMatch(/egress guard/);
  });
});
