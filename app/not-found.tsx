import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. Try the <Link href="/cases" className="underline underline-offset-4">list of case studies</Link>{' '}
        or <Link href="/causes" className="underline underline-offset-4">browse by cause</Link>.
      </p>
    </>
  );
}
