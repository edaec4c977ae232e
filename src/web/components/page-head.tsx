/** @module The <head> every document of the site shares: charset, viewport, a light colour scheme, the title, the icon and the stylesheets. */
import type { Child } from 'hono/jsx';

export function PageHead({ title, stylesheets = ['/verify.css'], children }: { title: string; stylesheets?: string[]; children?: Child }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light" />
      <title>{title}</title>
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {stylesheets.map((href) => <link rel="stylesheet" href={href} />)}
      {children}
    </head>
  );
}
