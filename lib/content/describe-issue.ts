import type { z } from 'zod';
import { isDiagnosticCode, type DiagnosticCode } from './diagnostic';

export interface IssueMessage {
  path: PropertyKey[];
  message: string;
  /** Point at the key rather than the value (e.g. an unknown field). */
  pointAt?: 'key';
  /** Set when a refinement names the check it implements (`params: { code }`); otherwise a plain schema problem. */
  code?: DiagnosticCode;
}

/** Turns a zod issue into messages a contributor understands, one per offending field. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): IssueMessage[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown field "${key}"`, pointAt: 'key' }));
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return [{ path: issue.path, message: 'is required' }];
  }
  const code: unknown = issue.code === 'custom' ? issue.params?.code : undefined;
  return [isDiagnosticCode(code) ? { path: issue.path, message: issue.message, code } : { path: issue.path, message: issue.message }];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    const next: unknown = Reflect.get(value, key);
    value = next;
  }
  return value;
}
