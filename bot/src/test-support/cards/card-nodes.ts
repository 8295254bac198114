// Reading a rendered card in tests: its nodes, its actions and its inputs.
export type CardNode = Record<string, unknown>;

/** Every object in the card for which `match` holds, depth first. */
export function findNodes(node: unknown, match: (n: CardNode) => boolean, out: CardNode[] = []): CardNode[] {
  if (Array.isArray(node)) for (const child of node) findNodes(child, match, out);
  else if (node && typeof node === 'object') {
    const record = node as CardNode;
    if (match(record)) out.push(record);
    for (const value of Object.values(record)) findNodes(value, match, out);
  }
  return out;
}

export const executeActions = (card: unknown) => findNodes(card, (n) => n.type === 'Action.Execute');

export const inputs = (card: unknown) =>
  findNodes(
    card,
    (n) => typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string',
  );
