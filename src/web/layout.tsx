/** @module The document every page shares: language and direction, styles, the nonce'd script, header, switcher, footer. */
import type { Child } from 'hono/jsx';
import type { Translator } from './i18n/index.ts';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { PageHead } from './components/page-head.tsx';
import { href } from './links.ts';

export interface LayoutProps {
  t: Translator;
  title: string;
  /** This response's CSP nonce: the only script that runs is the one that carries it. */
  nonce: string;
  /** The switcher's links lead to this path, with these parameters, in each language. */
  path: string;
  params?: Record<string, string | undefined>;
  children: Child;
}

export function Layout({ t, title, nonce, path, params, children }: LayoutProps) {
  return (
    <html lang={t.lang} dir={t.dir}>
      <PageHead title={title}>
        <script type="module" src="/verify.js" nonce={nonce}></script>
      </PageHead>
      <body>
        <a class="skip-link" href="#main">{t.t('nav.skip')}</a>
        <header class="site-header">
          <a class="brand" href={href('/', t.lang)}>
            Verify<span class="tagline"> · {t.t('site.tagline')}</span>
          </a>
          <LanguageSwitcher t={t} path={path} params={params} />
        </header>
        <main id="main" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          <p>{t.t('footer.about')}</p>
          <p><a href="/docs">{t.t('footer.api')}</a></p>
        </footer>
      </body>
    </html>
  );
}
