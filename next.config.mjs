/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets parallel builds (e.g. two developers' test runs on one machine) keep apart.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // mdx-bundler drives esbuild, a native binary: keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
