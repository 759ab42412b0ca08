import { checkedFrom, checklistPath, filterInputFrom, filterSearchParams } from '@/lib/checklist/checklist-url';
import { NO_FILTER, sanitizeFilter, type ChecklistFilter } from '@/lib/checklist/filter';
import type { Checklist } from '@/lib/checklist/types';
import { openTickStorage, type StorageProblem, type TickStorage } from './tick-storage';

export interface BoardState {
  /** False on the server and until the browser state (address, storage) has been read. */
  ready: boolean;
  filter: ChecklistFilter;
  checked: ReadonlySet<string>;
  /** Why ticks are not kept after the tab closes; null while the browser stores them. */
  storageProblem: StorageProblem | null;
}

const INITIAL: BoardState = { ready: false, filter: NO_FILTER, checked: new Set(), storageProblem: null };
const STORAGE_PREFIX = 'lessons-from-failure:checklist:';

/** Ticks are kept per selection: the review of a testing-only checklist does not tick items of the full one. */
export function storageKey(filter: ChecklistFilter): string {
  return STORAGE_PREFIX + (filterSearchParams(filter).toString() || 'all');
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;

/**
 * The board's state outside React, for useSyncExternalStore: the server and the first browser render see the blank
 * checklist; on subscription the store reads the selection and ticks from the address (a share link) or from
 * localStorage, and from then on mirrors every change into both, so the address bar is always a share link.
 * When storage is blocked or full, the board works the same in memory and its state says why nothing is kept.
 */
export function createChecklistStore(checklist: Checklist) {
  const order = checklist.items.map((item) => item.id);
  const known = new Set(order);
  const inOrder = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return order.filter((id) => wanted.has(id));
  };
  // Opened on subscription: the server has no storage, and merely reading window.localStorage can throw.
  let storage: TickStorage | null = null;
  // This tab's ticks per selection, so that changing the filter and back keeps them when storage fails.
  const inTab = new Map<string, readonly string[]>();
  const readTicks = (key: string) => (storage?.problem ? inTab.get(key) : undefined) ?? storage?.read(key) ?? [];
  const storedTicks = (filter: ChecklistFilter) => new Set(readTicks(storageKey(filter)).filter((id) => known.has(id)));
  const writeTicks = (key: string, ids: readonly string[]) => {
    inTab.set(key, ids);
    storage?.write(key, ids);
  };

  let state = INITIAL;
  const listeners = new Set<() => void>();

  function publish(next: Omit<BoardState, 'storageProblem'>) {
    state = { ...next, storageProblem: storage?.problem ?? null };
    window.history.replaceState(null, '', checklistPath(state.filter, inOrder(state.checked)));
    for (const listener of listeners) listener();
  }

  function start() {
    storage = openTickStorage(() => window.localStorage);
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
