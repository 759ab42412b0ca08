import type { HTMLAttributes } from 'react';

/** Code blocks scroll sideways on narrow screens; a scrolling region must be reachable by keyboard. */
export function FocusablePre(props: HTMLAttributes<HTMLPreElement>) {
  return <pre tabIndex={0} {...props} />;
}
