import { describe, expect, it } from 'vitest';
import { openTickStorage, type TickStore } from '@/app/_components/checklist/tick-storage';

function memoryStore(initial: Record<string, string> = {}): TickStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const domError = (name: string) => new DOMException('refused', name);

describe('openTickStorage', () => {
  it('saves and reads ticks, and removes the entry when none are left', () => {
    const store = memoryStore();
    const storage = openTickStorage(() => store);
    storage.write('k', ['a', 'b']);
    expect(storage.read('k')).toEqual(['a', 'b']);
    storage.write('k', []);
    expect(store.data.has('k')).toBe(false);
    expect(storage.problem).toBeNull();
  });

  it('says storage is blocked when merely opening it throws a SecurityError, and never throws itself', () => {
    const storage = openTickStorage(() => {
      throw domError('SecurityError');
    });
    expect(storage.problem).toBe('blocked');
    expect(storage.read('k')).toEqual([]);
    expect(() => storage.write('k', ['a'])).not.toThrow();
  });

  it('says storage is blocked when the browser hands back no storage at all', () => {
    // What Firefox returns with storage switched off, though the DOM types say it cannot happen.
    const nothing = JSON.parse('null');
    const storage = openTickStorage(() => nothing);
    expect(storage.problem).toBe('blocked');
    expect(storage.read('k')).toEqual([]);
  });

  it('says storage is full when a write throws QuotaExceededError, and keeps saying so after a later write succeeds', () => {
    const store = memoryStore();
    let full = true;
    const storage = openTickStorage(() => ({
      ...store,
      setItem: (key, value) => {
        if (full) throw domError('QuotaExceededError');
        store.setItem(key, value);
      },
    }));
    storage.write('k', ['a']);
    expect(storage.problem).toBe('full');
    full = false;
    storage.write('k', ['a', 'b']);
    expect(storage.problem).toBe('full');
  });

  it('recognises Firefox’s old name for a full storage', () => {
    const storage = openTickStorage(() => ({
      ...memoryStore(),
      setItem: () => {
        throw domError('NS_ERROR_DOM_QUOTA_REACHED');
      },
    }));
    storage.write('k', ['a']);
    expect(storage.problem).toBe('full');
  });

  it('says blocked when reading throws something other than a quota error', () => {
    const storage = openTickStorage(() => ({
      ...memoryStore(),
      getItem: () => {
        throw domError('SecurityError');
      },
    }));
    expect(storage.read('k')).toEqual([]);
    expect(storage.problem).toBe('blocked');
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['an object', '{"ids":["a"]}'],
    ['a string', '"a"'],
    ['null', 'null'],
  ])('ignores %s stored under the key, without calling storage broken', (_, stored) => {
    const storage = openTickStorage(() => memoryStore({ k: stored }));
    expect(storage.read('k')).toEqual([]);
    expect(storage.problem).toBeNull();
  });

  it('keeps only the strings of a stored list', () => {
    const storage = openTickStorage(() => memoryStore({ k: '["a", 1, null, "b", {"c": 1}]' }));
    expect(storage.read('k')).toEqual(['a', 'b']);
  });
});
