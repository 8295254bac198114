// The URLs a configured channel tab saves: the tab itself at a board, relative to where it is served.

/** What Teams loads in the tab: told it runs in Teams. */
export function contentUrlFor(boardId: string, pageUrl: string): string {
  return new URL(`./?inTeams=true#/board/${encodeURIComponent(boardId)}`, pageUrl).href;
}

/** "Open in browser": the plain web page. */
export function websiteUrlFor(boardId: string, pageUrl: string): string {
  return new URL(`./#/board/${encodeURIComponent(boardId)}`, pageUrl).href;
}
