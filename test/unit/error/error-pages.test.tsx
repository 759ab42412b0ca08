import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/error';
import GlobalError from '@/app/global-error';
import { ErrorPanel } from '@/app/_components/error/error-panel';

/** An error whose message and stack carry what a reader must never see. */
function leakyError(): Error & { digest: string } {
  const error = new Error('ECONNREFUSED reading /srv/secrets/db.sqlite as admin:hunter2');
  return Object.assign(error, { digest: '2718281828' });
}

const noop = () => {};

function expectSafe(html: string, error: Error): void {
  expect(html).toContain('Something went wrong');
  expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
  expect(html).toContain('href="/"');
  expect(html).toContain('href="/search"');
  expect(html).toContain('2718281828'); // the digest, to quote in a bug report
  for (const secret of ['ECONNREFUSED', '/srv/secrets', 'hunter2', error.name + ':', 'error-pages.test']) {
    expect(html).not.toContain(secret);
  }
}

/** Every element in a rendered tree, depth first (the panel has no hooks, so it can be called as a function). */
function* elements(node: ReactNode): Generator<{ type: unknown; props: Record<string, unknown> }> {
  if (Array.isArray(node)) for (const child of node) yield* elements(child);
  if (!isValidElement<Record<string, unknown>>(node)) return;
  yield { type: node.type, props: node.props };
  const children: unknown = node.props.children;
  if (Array.isArray(children) || isValidElement(children)) yield* elements(children);
}

describe('the error page (app/error.tsx)', () => {
  it('says what happened and offers a retry and a way on, without the error message or stack', () => {
    const error = leakyError();
    const html = renderToStaticMarkup(<ErrorPage error={error} reset={noop} />);
    expectSafe(html, error);
    expect(html).toContain('<title>Something went wrong — Lessons from Failure</title>');
  });

  it('wires "Try again" to the reset it was given', () => {
    const reset = () => {};
    const buttons = [...elements(ErrorPanel({ onRetry: reset }))].filter((element) => element.type === 'button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.props.onClick).toBe(reset);
  });

  it('shows no reference line when the error has no digest (a browser-side error)', () => {
    const html = renderToStaticMarkup(<ErrorPage error={new Error('TypeError: x is undefined')} reset={noop} />);
    expect(html).not.toContain('Reference');
    expect(html).not.toContain('x is undefined');
  });
});

describe('the global error page (app/global-error.tsx)', () => {
  it('brings its own document, in the site language, and is as careful with the error', () => {
    const error = leakyError();
    const html = renderToStaticMarkup(<GlobalError error={error} reset={noop} />);
    expect(html).toMatch(/^<html lang="en"><head><title>Something went wrong — Lessons from Failure<\/title><\/head><body/);
    expect(html).toContain('Lessons from Failure');
    expectSafe(html, error);
  });
});
