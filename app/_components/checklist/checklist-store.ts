import { checkedFrom, checklistPath, filterInputFrom, filterSearchParams } from '@/lib/checklist/checklist-url';
import { NO_FILTER, sanitizeFilter, type ChecklistFilter } from '@/lib/checklist/filter';
import type { Checklist } from '@/lib/checklist/types';

export interface BoardState {
  /** False on the server and until the browser state (address, storage) has been read. */
  ready: boolean;
  filter: ChecklistFilter;
  checked: ReadonlySet<string>;
}

const INITIAL: BoardState = { ready: false, filter: NO_FILTER, checked: new Set() };
const STORAGE_PREFIX = 'lessons-from-failure:checklist:';

/** Ticks are kept per selection: the review of a testing-only checklist does not tick items of the full one. */
export function storageKey(filter: ChecklistFilter): string {
  return STORAGE_PREFIX + (filterSearchParams(filter).toString() || 'all');
}

// Storage can be missing or refuse writes (private windows, quotas); the checklist then simply does not persist.
function readTicks(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function writeTicks(key: string, ids: readonly string[]): void {
  try {
    if (ids.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // not persisted; see readTicks
  }
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;

/**
 * The board's state outside React, for useSyncExternalStore: the server and the first browser render see the blank
 * checklist; on subscription the store reads the selection and ticks from the address (a share link) or from
 * localStorage, and from then on mirrors every change into both, so the address bar is always a share link.
 */
export function createChecklistStore(checklist: Checklist) {
  const order = checklist.items.map((item) => item.id);
  const known = new Set(order);
  const inOrder = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return order.filter((id) => wanted.has(id));
  };
  const storedTicks = (filter: ChecklistFilter) => new Set(readTicks(storageKey(filter)).filter((id) => known.has(id)));

  let state = INITIAL;
  const listeners = new Set<() => void>();

  function publish(next: BoardState) {
    state = next;
    window.history.replaceState(null, '', checklistPath(state.filter, inOrder(state.checked)));
    for (const listener of listeners) listener();
  }

  function start() {
    const params = new URLSearchParams(window.location.search);
    const filter = sanitizeFilter(checklist, filterInputFrom(params));
    const shared = checkedFrom(params);
    const checked = shared ? new Set(shared.filter((id) => known.has(id))) : storedTicks(filter);
    if (shared) writeTicks(storageKey(filter), inOrder(checked));
    publish({ ready: true, filter, checked });
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (!state.ready) start();
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => state,
    getServerSnapshot: () => INITIAL,
    setFilter(filter: ChecklistFilter) {
      publish({ ...state, filter, checked: storedTicks(filter) });
    },
    toggle(id: string, ticked: boolean) {
      const checked = new Set(state.checked);
      if (ticked) checked.add(id);
      else checked.delete(id);
      writeTicks(storageKey(state.filter), inOrder(checked));
      publish({ ...state, checked });
    },
    reset() {
      writeTicks(storageKey(state.filter), []);
      publish({ ...state, checked: new Set() });
    },
    /** Site-relative link that reopens this selection with these ticks. */
    sharePath: (current: BoardState) => checklistPath(current.filter, inOrder(current.checked)),
  };
}
