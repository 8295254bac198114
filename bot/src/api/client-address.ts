// The address a tab API request came from, for throttling sign-in per client.
import type { Request } from 'restify';

/**
 * Behind Azure App Service (how this app is deployed, infra/) every request arrives from the front end, which
 * appends the caller's address to X-Forwarded-For; a caller can forge entries only to the left of it, so the
 * rightmost entry is taken. Without the header, the socket's peer.
 */
export function clientAddress(req: Request): string {
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return withoutPort(last ?? req.socket.remoteAddress ?? 'unknown');
}

/** App Service writes "203.0.113.7:51234" or "[2001:db8::1]:51234"; a bare IPv6 address has colons too. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1]! : address;
}
