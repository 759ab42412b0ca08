/** Why ticks are not being kept: the browser refuses storage to this site, or this site's share of it is full. */
export type StorageProblem = 'blocked' | 'full';

/** The part of the Web Storage API the checklist uses. */
export type TickStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TickStorage {
  /** The ticked ids saved under `key`; [] when none are saved or what is saved is not a list of ids. */
  read(key: string): string[];
  /** Saves the ticked ids under `key` (removes the entry when there are none); never throws. */
  write(key: string, ids: readonly string[]): void;
  /** Set by the first read or write that failed, and kept: a tab whose storage failed once is not trusted again. */
  readonly problem: StorageProblem | null;
}

// Browsers name a full storage differently (Firefox once used its own name; legacy code 22 is the DOM's).
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error ? error.code : undefined;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

function parseIds(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // Anything else (a hand edit, another app's value, a truncated write) is ignored, not a crash.
    return [];
  }
}

/**
 * Ticks in Web Storage that degrade instead of throwing: merely touching `window.localStorage` throws a
 * SecurityError when the browser blocks storage (cookies blocked for the site), and `setItem` throws a
 * QuotaExceededError when the site's storage is full. Either way the checklist keeps working in memory and
 * `problem` says why nothing is kept.
 */
export function openTickStorage(getStore: () => TickStore): TickStorage {
  let problem: StorageProblem | null = null;
  let store: TickStore | null = null;
  try {
    // Typed as always there, but Firefox with storage switched off (dom.storage.enabled) hands back null.
    store = getStore() ?? null;
  } catch {
    // Left null: reported below.
  }
  if (!store) problem = 'blocked';
  const fail = (error: unknown) => {
    problem ??= isQuotaError(error) ? 'full' : 'blocked';
  };

  return {
    read(key) {
      if (!store) return [];
      try {
        return parseIds(store.getItem(key));
      } catch (error) {
        fail(error);
        return [];
      }
    },
    write(key, ids) {
      if (!store) return;
      try {
        if (ids.length === 0) store.removeItem(key);
        else store.setItem(key, JSON.stringify(ids));
      } catch (error) {
        fail(error);
      }
    },
    get problem() {
      return problem;
    },
  };
}
