import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { fontFaceCss, preloadFonts } from '@/lib/site/fonts';
import { site, withBase } from '@/lib/site/paths';
import { themeScript } from '@/lib/site/theme-script';
import './styles/site.css';

export const metadata: Metadata = {
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.promise,
  metadataBase: new URL(site.url),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f2' },
    { media: '(prefers-color-scheme: dark)', color: '#141b24' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script id="theme-script" dangerouslySetInnerHTML={{ __html: themeScript }} />
        <style dangerouslySetInnerHTML={{ __html: fontFaceCss() }} />
        {preloadFonts.map((f) => (
          <link
            key={f}
            rel="preload"
            href={withBase(`/fonts/${f}`)}
            as="font"
            type="font/woff2"
            crossOrigin="anonymous"
          />
        ))}
      </head>
      <body>{children}</body>
    </html>
  );
}
