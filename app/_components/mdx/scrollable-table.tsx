import type { TableHTMLAttributes } from 'react';

/** Wide tables scroll sideways inside the text column instead of squeezing or widening the page on a phone. */
export function ScrollableTable(props: TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="overflow-x-auto [&_td]:whitespace-nowrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table {...props} />
    </div>
  );
}
