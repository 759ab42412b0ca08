import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/**
 * The Content-Security-Policy, one directive per entry; the README's "Security" section gives each one's reason.
 * Pages are prerendered once and served as static files, so they cannot carry a per-request nonce, and Next's
 * inline bootstrap scripts (`self.__next_f.push(…)`, the RSC payload) differ per page and per build, so one header
 * cannot list their hashes: script-src allows inline scripts. It never allows eval outside `next dev`, which needs
 * eval for React's dev tooling (call stacks, fast refresh) and injects its styles inline. The switch is Next's
 * phase, not NODE_ENV: a production server started by the test runner sees NODE_ENV=test.
 */
function contentSecurityPolicy(development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    // One Tailwind stylesheet; no page renders a style attribute or <style> element (the browser tests prove it).
    `style-src 'self'${development ? " 'unsafe-inline'" : ''}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent with every response: pages, static assets, API answers and 404s. */
const securityHeaders = (development) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    // Only features Chromium recognises: an unknown one is a console warning on every page.
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), display-capture=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Next 16 answers a dynamic segment that is not valid percent-encoded UTF-8 (/cases/%ff, /cases/%) with a bare
 * "500 Internal Server Error" and none of the headers above (vercel/next.js#92527). Every slug and cause id is
 * ASCII kebab-case, so a segment with a stray "%" or an escaped non-ASCII byte names no page: send it to a path
 * that does not exist, so the reader gets the site's 404 page. Custom routes match the raw path without decoding
 * it, so this rule itself cannot fail the same way.
 */
const UNDECODABLE_SLUG_REWRITE = {
  source: '/:section(cases|causes|timeline)/:slug(.*%(?![0-7][0-9A-Fa-f]).*)',
  destination: '/_not-a-page',
};

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // NEXT_DIST_DIR lets parallel builds (e.g. two developers' test runs on one machine) keep apart.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // mdx-bundler drives esbuild, a native binary: keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
  async rewrites() {
    return { beforeFiles: [UNDECODABLE_SLUG_REWRITE], afterFiles: [], fallback: [] };
  },
  // HSTS is left to the TLS-terminating reverse proxy: `npm start` serves plain http on localhost.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) }];
  },
});

export default nextConfig;
