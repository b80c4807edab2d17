import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
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
  // React hoists these into <head> once; a <link rel="preload"> element here was sent twice.
  for (const f of preloadFonts)
    preload(withBase(`/fonts/${f}`), { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script id="theme-script" dangerouslySetInnerHTML={{ __html: themeScript }} />
        <style dangerouslySetInnerHTML={{ __html: fontFaceCss() }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
