const store = new Map<string, unknown>();

/**
 * `factory()` once per server process in production. Next bundles each route on its own, so a module-level cache
 * would load the corpus and build the index once per route (slower first requests, several copies in memory); the
 * global registry shares one. In development a module-level map is used instead, so that an edit reloads content.
 */
export function processMemo<T>(key: string, factory: () => T): T {
  const registry: Map<string, unknown> =
    process.env.NODE_ENV === 'production' ? globalRegistry() : store;
  if (!registry.has(key)) registry.set(key, factory());
  // The key names one factory's value; callers never share a key across types.
  return registry.get(key) as T;
}

function globalRegistry(): Map<string, unknown> {
  const symbol = Symbol.for('lessons-from-failure.process-memo');
  const holder: Record<symbol, Map<string, unknown> | undefined> = globalThis;
  return (holder[symbol] ??= new Map());
}
