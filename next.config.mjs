/** @type {import('next').NextConfig} */
const nextConfig = {
  // mdx-bundler drives esbuild, a native binary: keep both out of the server bundle.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
