'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchIndex, SearchResult } from '@/lib/search/search-index';
import { LabelledSnippet } from './highlighted-text';
import { retryAfterFailure, type RetryAfterFailure } from './retry-after-failure';
import { isSerializedSearchIndex } from './search-index-shape';

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';
const DEBOUNCE_MS = 120;
const RESULT_LIMIT = 6;
// After a failed load, keystrokes retry no sooner than this, doubling up to the maximum.
const RETRY = { firstDelayMs: 2_000, maxDelayMs: 30_000 };

/** Loads the engine and the index only on first use, so pages that never search never pay for them. */
async function loadIndex(): Promise<SearchIndex> {
  const [{ SearchIndex }, response] = await Promise.all([import('@/lib/search/search-index'), fetch('/search-index.json')]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const data: unknown = JSON.parse(await response.text());
  if (!isSerializedSearchIndex(data)) throw new Error('search index: not an index this version can read');
  return new SearchIndex(data);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function SearchBox() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const indexRef = useRef<RetryAfterFailure<SearchIndex> | null>(null);
  // Closing on blur waits a moment so a click on a result lands; refocusing must cancel it.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [found, setResults] = useState<SearchResult[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<LoadState>('idle');

  /** The index, loading it if needed; null while backing off after a failure (the failure notice stays up). */
  const ensureIndex = useCallback(() => {
    indexRef.current ??= retryAfterFailure(loadIndex, RETRY);
    const pending = indexRef.current.get();
    if (!pending) return null;
    // A retry keeps the failure notice up until it succeeds, rather than flickering to "Loading…".
    setState((current) => (current === 'ready' || current === 'failed' ? current : 'loading'));
    pending.then(
      () => setState('ready'),
      () => setState('failed'),
    );
    return pending;
  }, []);

  // "/" and Ctrl/⌘-K jump to the search box from anywhere on the page.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !isTypingTarget(event.target);
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (slash || commandK) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      ensureIndex()?.then(
        (index) => {
          if (cancelled) return;
          try {
            setResults(index.search(query, { limit: RESULT_LIMIT, typing: true }));
          } catch {
            // An index that passed the shape check but still breaks the engine: offer the search page instead.
            setResults([]);
            setState('failed');
            return;
          }
          setState('ready');
          setActive(-1);
        },
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, ensureIndex]);

  const results = query.trim() ? found : [];

  const go = (url: string) => {
    setOpen(false);
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      const chosen = results[active] ?? (active === -1 && results.length > 0 ? results[0] : undefined);
      if (chosen) {
        event.preventDefault();
        go(chosen.url);
      }
      // Otherwise the form submits to /search, which also works without JavaScript.
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const showList = open && query.trim() !== '';
  const searchPage = `/search?q=${encodeURIComponent(query)}`;

  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="relative w-full sm:w-72"
      // Focus moving within the box (Tab to a link in the list) keeps it open; leaving the box closes it.
      onBlur={(event) => {
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        closeTimer.current = setTimeout(() => setOpen(false), 150);
      }}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        maxLength={200}
        placeholder="Search (press /)"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closeTimer.current);
          void ensureIndex()?.catch(() => undefined);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded border border-stone-300 bg-white px-3 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      <div
        className={`${showList ? '' : 'hidden'} absolute right-0 z-20 mt-1 w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white shadow-lg dark:border-stone-700 dark:bg-stone-900`}
      >
        <p className="sr-only" aria-live="polite">
          {state === 'ready' && query.trim() ? `${results.length} results` : ''}
        </p>
        {/* Static text (the query is only in the link), so the alert is announced once, not on every keystroke. */}
        {state === 'failed' && (
          <p className="p-3 text-sm" role="alert">
            Search could not load its index.{' '}
            <a href={searchPage} className="font-medium underline underline-offset-4 hover:text-amber-700 dark:hover:text-amber-400">
              Run this search on the search page
            </a>{' '}
            instead (or press Enter).
          </p>
        )}
        {state === 'loading' && <p className="p-3 text-sm text-stone-600 dark:text-stone-400">Loading search…</p>}
        {state === 'ready' && results.length === 0 && (
          <p className="p-3 text-sm text-stone-600 dark:text-stone-400">No case study matches.</p>
        )}
        <ul id={`${listId}-list`} role="listbox" aria-label="Search results" className="max-h-[70vh] overflow-y-auto">
          {results.map((result, i) => (
            <li
              key={result.slug}
              id={`${listId}-option-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                go(result.url);
              }}
              // Move, not enter: a list that opens under a resting pointer must not steal the keyboard selection.
              onMouseMove={() => setActive(i)}
              className={`cursor-pointer border-b border-stone-100 px-3 py-2 last:border-0 dark:border-stone-800 ${i === active ? 'bg-amber-50 dark:bg-stone-800' : ''}`}
            >
              <span className="block font-semibold">{result.title}</span>
              <span className="block text-sm text-stone-700 dark:text-stone-300">
                <LabelledSnippet snippet={result.snippet} />
              </span>
            </li>
          ))}
        </ul>
        {query.trim() !== '' && state !== 'failed' && (
          <a href={searchPage} className="block border-t border-stone-200 px-3 py-2 text-sm underline dark:border-stone-700">
            All results and filters
          </a>
        )}
      </div>
    </form>
  );
}
