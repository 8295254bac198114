// The client address sign-in is throttled by: the proxy's rightmost X-Forwarded-For entry, else the peer.
import type { Request } from 'restify';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const request = (forwardedFor: string | string[] | undefined, peer = '10.0.0.1') =>
  ({
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    socket: { remoteAddress: peer },
  }) as unknown as Request;

describe('clientAddress', () => {
  it('takes the entry the nearest proxy appended, not those a caller can forge to its left', () => {
    expect(clientAddress(request('6.6.6.6, 203.0.113.7:51234'))).toBe('203.0.113.7');
    expect(clientAddress(request(['6.6.6.6', '203.0.113.8']))).toBe('203.0.113.8');
  });

  it('drops the port App Service adds, for IPv4 and bracketed IPv6, and keeps a bare IPv6 address whole', () => {
    expect(clientAddress(request('[2001:db8::1]:443'))).toBe('2001:db8::1');
    expect(clientAddress(request('2001:db8::2'))).toBe('2001:db8::2');
  });

  it('falls back to the socket peer without the header or with an empty one', () => {
    expect(clientAddress(request(undefined, '::ffff:127.0.0.1'))).toBe('::ffff:127.0.0.1');
    expect(clientAddress(request(' , '))).toBe('10.0.0.1');
  });
});
