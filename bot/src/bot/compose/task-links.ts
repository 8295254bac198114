// Which pasted links name a task. Two kinds: the tab's own task links, what "Open in tab" gives
// (PUBLIC_URL/#/board/<boardId>/task/<taskId>, older ones PUBLIC_URL/#/board/<boardId>?task=<taskId>), and
// TeamFlame's web links (on TEAMFLAME_WEB_URL's host or a subdomain of it) that name the task as the path
// segment after "task" or "tasks" (…/task/<taskId>) or as a "task" or "taskId" query parameter. The README
// documents both.

/** TeamFlame ids are 24 hex characters; anything else in a link is not a task id. */
const TASK_ID = /^[0-9a-f]{24}$/i;

function parse(url: string): URL | undefined {
  try {
    return new URL(url.trim());
  } catch {
    return undefined; // TypeError: not a URL at all, so not a task link
  }
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // URIError: a "%" that is part of the text itself
  }
}

function tabTaskId(link: URL, publicUrl: URL): string | undefined {
  const base = publicUrl.pathname.replace(/\/$/, '');
  if (link.origin !== publicUrl.origin || link.pathname.replace(/\/$/, '') !== base) return undefined;
  const hash = /^#\/board\/([^/?#]+)(?:\/task\/([^/?#]+)|\?(.*))$/.exec(link.hash);
  if (!hash) return undefined;
  return hash[2] ? decoded(hash[2]) : (new URLSearchParams(hash[3]).get('task') ?? undefined);
}

function webTaskId(link: URL, webUrl: URL): string | undefined {
  const host = webUrl.hostname;
  if (link.hostname !== host && !link.hostname.endsWith(`.${host}`)) return undefined;
  if (link.protocol !== 'https:' && link.protocol !== webUrl.protocol) return undefined;
  const segments = link.pathname.split('/').map(decoded);
  const after = segments.findIndex((s, i) => /^tasks?$/i.test(s) && i + 1 < segments.length);
  const inPath = after >= 0 ? segments[after + 1] : undefined;
  // Single-page apps often keep their route in the hash: read it like a path.
  const hashLink = link.hash.startsWith('#/') ? parse(`${link.origin}${link.hash.slice(1)}`) : undefined;
  return (
    inPath ??
    link.searchParams.get('taskId') ??
    link.searchParams.get('task') ??
    (hashLink ? webTaskId(hashLink, webUrl) : undefined)
  );
}

/** The id of the task a link names, or undefined when it names none. */
export function taskIdOfLink(
  url: string,
  where: { publicUrl: string; teamflameWebUrl: string },
): string | undefined {
  const link = parse(url);
  const publicUrl = parse(where.publicUrl);
  const webUrl = parse(where.teamflameWebUrl);
  if (!link || !publicUrl || !webUrl) return undefined;
  const id = tabTaskId(link, publicUrl) ?? webTaskId(link, webUrl);
  return id && TASK_ID.test(id) ? id : undefined;
}
