import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

/** Every unknown address, including unknown case slugs and cause ids; it never repeats the address it was given. */
export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. Try the <Link href="/cases" className="underline underline-offset-4">list of case studies</Link>,{' '}
        <Link href="/causes" className="underline underline-offset-4">browse by cause</Link> or{' '}
        <Link href="/search" className="underline underline-offset-4">search</Link>.
      </p>
    </>
  );
}
