// Headers on every response. The tab may be framed only by Microsoft's own hosts (the list in Microsoft's
// "tab requirements": Teams, Microsoft 365, Outlook, and the newer *.cloud.microsoft) and by this server.
import type { Next, Request, Response, Server } from 'restify';

const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.skype.com',
];

/**
 * Scripts only from this origin. Fluent UI (Griffel) inserts its styles at run time, hence inline styles;
 * avatars may be data: URLs or TeamFlame's https images.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  // teams-js reads the current list of Teams host origins from Microsoft's CDN (falling back to the list
  // it was built with): a host added since then is still accepted.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

export function useSecurityHeaders(server: Server): void {
  // `pre` runs before routing, so unknown routes and restify's own errors carry the headers too.
  server.pre((_req: Request, res: Response, next: Next) => {
    res.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    return next();
  });
}
