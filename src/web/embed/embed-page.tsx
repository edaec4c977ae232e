/** @module /embed: choose the options, copy the script-and-element or the iframe snippet, and see both live. */
import type { OrganizationEntry } from '../../core/registry/entries.ts';
import type { EmbedTranslator } from '../i18n/embed/index.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { FRAME_HEIGHT, frameSnippet, frameUrl, widgetSnippet, type EmbedOptions } from './snippets.ts';

export interface EmbedPageProps {
  t: EmbedTranslator;
  /** This site's origin, as the snippets must name it. */
  origin: string;
  options: EmbedOptions;
  organizations: OrganizationEntry[];
  /** This response's CSP nonce, for the preview's module script. */
  nonce: string;
}

/** The options as a GET form: the page answers with the snippets and the preview for them, no script needed. */
function OptionsForm({ t, options, organizations }: Pick<EmbedPageProps, 't' | 'options' | 'organizations'>) {
  return (
    <form class="embed-options" method="get" action="/embed">
      <fieldset>
        <legend>{t.embed('embed.options')}</legend>
        <label for="org">{t.embed('embed.org')}</label>
        <select id="org" name="org" aria-describedby="org-hint">
          <option value="">{t.embed('embed.orgAny')}</option>
          {organizations.map((o) => <option value={o.slug} selected={o.slug === options.org}>{o.name}</option>)}
        </select>
        <p id="org-hint" class="hint">{t.embed('embed.orgHint')}</p>
        <label for="lang">{t.embed('embed.lang')}</label>
        <select id="lang" name="lang">
          {LANGUAGES.map((l) => <option value={l.code} lang={l.code} selected={l.code === options.lang}>{l.name}</option>)}
        </select>
        <label class="checkbox"><input type="checkbox" name="compact" value="1" checked={options.compact} /> {t.embed('embed.compact')}</label>
        <button type="submit">{t.embed('embed.update')}</button>
      </fieldset>
    </form>
  );
}

/** Snippets wrap instead of scrolling, so every line can be read and selected without a scrollable box. */
const Snippet = ({ id, text }: { id: string; text: string }) => <pre class="snippet"><code id={id} dir="ltr">{text}</code></pre>;

export function EmbedPage({ t, origin, options, organizations, nonce }: EmbedPageProps) {
  const languages = LANGUAGES.map((l) => l.code).join(', ');
  const frameTitle = t.embed('embed.frameLabel');
  return (
    <>
      <link rel="stylesheet" href="/embed.css" />
      <h1>{t.embed('embed.title')}</h1>
      <p class="intro">{t.embed('embed.intro')}</p>
      <OptionsForm t={t} options={options} organizations={organizations} />

      <section aria-labelledby="script-title">
        <h2 id="script-title">{t.embed('embed.scriptTitle')}</h2>
        <p>{t.embed('embed.scriptHelp', { origin })}</p>
        <Snippet id="script-snippet" text={widgetSnippet(origin, options)} />
        <h3>{t.embed('embed.attributes')}</h3>
        <dl class="attributes">
          <dt><code>org</code></dt><dd>{t.embed('embed.attr.org')}</dd>
          <dt><code>lang</code></dt><dd>{t.embed('embed.attr.lang', { languages })}</dd>
          <dt><code>api</code></dt><dd>{t.embed('embed.attr.api')}</dd>
          <dt><code>compact</code></dt><dd>{t.embed('embed.attr.compact')}</dd>
        </dl>
        <p>{t.embed('embed.events')}</p>
      </section>

      <section aria-labelledby="frame-title">
        <h2 id="frame-title">{t.embed('embed.frameTitle')}</h2>
        <p>{t.embed('embed.frameHelp')}</p>
        <Snippet id="frame-snippet" text={frameSnippet(origin, options, frameTitle)} />
      </section>

      <section aria-labelledby="preview-title" class="preview">
        <h2 id="preview-title">{t.embed('embed.preview')}</h2>
        <h3>{t.embed('embed.scriptTitle')}</h3>
        <verify-widget org={options.org} lang={options.lang} compact={options.compact ? '' : undefined}></verify-widget>
        <h3>{t.embed('embed.frameTitle')}</h3>
        <iframe src={frameUrl('', options)} title={frameTitle} width="100%" height={options.compact ? FRAME_HEIGHT.compact : FRAME_HEIGHT.full} loading="lazy"></iframe>
      </section>
      <script type="module" src="/widget.js" nonce={nonce}></script>
    </>
  );
}
