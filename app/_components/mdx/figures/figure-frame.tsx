import type { ReactNode } from 'react';

export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

interface FigureFrameProps {
  /** Prefix for the element ids; each figure appears at most once on a page. */
  id: string;
  title: string;
  /** The figure in words: what a reader who cannot see it needs to know. */
  description: string;
  viewBox: { width: number; height: number };
  caption: ReactNode;
  table: DataTable;
  /** Caps the drawing's width, so a tall figure does not fill a desktop screen. */
  maxWidthClass?: string;
  children: ReactNode;
}

/**
 * A figure drawn as SVG on the server, with an accessible name and description, a visible caption and the
 * plotted values as a table, so the numbers are there for screen readers, search engines and anyone who wants
 * to check them.
 */
export function FigureFrame({ id, title, description, viewBox, caption, table, maxWidthClass = 'max-w-md', children }: FigureFrameProps) {
  return (
    <figure id={id} className="not-prose my-8 sm:rounded-lg sm:border sm:border-stone-200 sm:p-5 dark:sm:border-stone-800">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${viewBox.width} ${viewBox.height}`}
        className={`mx-auto block h-auto w-full ${maxWidthClass} font-sans text-stone-800 dark:text-stone-200`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption className="mt-3 text-sm text-stone-700 dark:text-stone-300">{caption}</figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-stone-700 underline-offset-4 hover:underline dark:text-stone-300">
          The figure’s data as a table
        </summary>
        <p aria-hidden="true" className="mt-2 text-stone-600 dark:text-stone-400">
          {table.caption}
        </p>
        {/* Wide tables scroll inside the figure on a phone rather than squeezing values onto two lines. */}
        <div className="mt-1 overflow-x-auto" tabIndex={0} role="region" aria-label={table.caption}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="border-b border-stone-300 px-2 py-1 align-bottom font-semibold whitespace-nowrap dark:border-stone-700">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className={`border-b border-stone-200 px-2 py-1 font-medium dark:border-stone-800 ${cellWrap(cell)}`}>
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className={`border-b border-stone-200 px-2 py-1 dark:border-stone-800 ${cellWrap(cell)}`}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Short values (numbers with units, times) stay on one line; sentences wrap but keep a readable width. */
function cellWrap(cell: string | number): string {
  return String(cell).length <= 24 ? 'whitespace-nowrap' : 'min-w-40';
}
