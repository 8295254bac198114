// Handlers are registered, not switched: a feature module adds itself with one `on(...)` call.
export class Router<Key extends string, Handler> {
  private readonly handlers = new Map<Key, Handler>();

  on(key: Key, handler: Handler): this {
    if (this.handlers.has(key)) throw new Error(`A handler for "${key}" is already registered`);
    this.handlers.set(key, handler);
    return this;
  }

  find(key: string): Handler | undefined {
    return this.handlers.get(key as Key);
  }

  keys(): Key[] {
    return [...this.handlers.keys()];
  }
}
