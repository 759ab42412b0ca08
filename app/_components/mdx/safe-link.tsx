import type { AnchorHTMLAttributes } from 'react';

/** Links in contributors' MDX: external ones open normally but leak no referrer or opener. */
export function SafeLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const external = /^https?:/i.test(href);
  return (
    <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
