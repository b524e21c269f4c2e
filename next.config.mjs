/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403
  experimental: { authInterrupts: true },
  // The embedded PostgreSQL and the Meilisearch binary are run by scripts/start.ts, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "happy-dom"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
