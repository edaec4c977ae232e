/** @module The embedding pages: /embed (snippets and a live preview) and /embed/frame (the widget for an iframe), in the reader's language. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { parseContact } from '../../core/input/index.ts';
import { checkContact, invalidAnswer, type CheckAnswer } from '../../core/verdict.ts';
import type { RegistryHolder } from '../../registry-holder.ts';
import { detectLanguage } from '../i18n/detect-language.ts';
import { embedTranslator, type EmbedTranslator } from '../i18n/embed/index.ts';
import type { Language } from '../i18n/index.ts';
import { Layout } from '../layout.tsx';
import { describePageError } from '../page-errors.tsx';
import { pageSecurityHeaders } from '../security-headers.ts';
import { EmbedPage } from './embed-page.tsx';
import { embedFrameRoute, embedPageRoute } from './embed-spec.ts';
import { FramePage, type FramePageProps } from './frame-page.tsx';
import type { EmbedOptions } from './snippets.ts';

export interface EmbedDeps {
  registry: RegistryHolder;
  now: () => Date;
  /** The public per-address limit: a lookup in the frame costs what an API lookup costs. */
  limitLookups: MiddlewareHandler;
}

const FRAME = '/embed/frame';
/** Titles show the start of a long input only. */
const TITLE_INPUT = 60;

const translatorOf = (c: Context): EmbedTranslator => embedTranslator((c.get('language') as Language | undefined) ?? 'en');

async function html(c: Context, page: HtmlEscapedString | Promise<HtmlEscapedString>, status: ContentfulStatusCode = 200): Promise<Response> {
  return c.html(`<!doctype html>${await page.toString()}`, status);
}

function optionsOf(c: Context, t: EmbedTranslator): EmbedOptions {
  return { org: c.req.query('org') || undefined, lang: t.lang, compact: c.req.query('compact') === '1' };
}

/** The answer for the frame's input, for one organization when it asks for one. */
function answerFor(registry: RegistryHolder, input: string, org: string | undefined, now: Date): CheckAnswer {
  const contact = parseContact(input);
  return contact.ok ? checkContact(registry.index, input, contact.value, now, org) : invalidAnswer(registry.index, input, contact.problem, now);
}

export function embedRoutes({ registry, now, limitLookups }: EmbedDeps): OpenAPIHono {
  const router = new OpenAPIHono();
  for (const route of [embedPageRoute, embedFrameRoute]) router.openAPIRegistry.registerPath(route);
  // The page previews the frame (frame-src) and the widget, whose fallback <style> carries the nonce.
  router.use('/embed', pageSecurityHeaders({ frameSrc: ["'self'"], styleNonce: true }), detectLanguage);
  // Any site may frame the frame: it holds no account and no cookie, so there is nothing to trick a reader into.
  router.use(FRAME, pageSecurityHeaders({ frameAncestors: ['*'] }), detectLanguage);

  const renderFrame = (c: Context, props: Omit<FramePageProps, 'title'>, status: ContentfulStatusCode = 200) => {
    const { t, answer } = props;
    const shown = answer && answer.input.length > TITLE_INPUT ? `${answer.input.slice(0, TITLE_INPUT)}…` : answer?.input;
    const title = answer ? `${t.t(`verdict.${answer.verdict}`)}: ${shown}` : t.embed('embed.frameLabel');
    return html(c, <FramePage {...props} title={`${title} — Verify`} />, status);
  };

  router.get('/embed', (c) => {
    const t = translatorOf(c);
    const options = optionsOf(c, t);
    // An organization the registry does not hold is left out rather than put in a snippet that would fail.
    if (options.org && !registry.index.organizations.has(options.org)) options.org = undefined;
    const nonce = c.get('secureHeadersNonce') ?? '';
    const organizations = [...registry.index.organizations.values()].sort((a, b) => a.name.localeCompare(b.name, t.lang));
    const page = <EmbedPage t={t} origin={new URL(c.req.url).origin} options={options} organizations={organizations} nonce={nonce} />;
    return html(c, <Layout t={t} title={`${t.embed('embed.title')} — Verify`} nonce={nonce} path="/embed" params={{ org: options.org, compact: options.compact ? '1' : undefined }}>{page}</Layout>);
  });

  const limitIfLookup: MiddlewareHandler = (c, next) => (c.req.query('q') ? limitLookups(c, next) : next());
  router.get(FRAME, limitIfLookup, (c) => {
    const t = translatorOf(c);
    const { org: slug, compact } = optionsOf(c, t);
    const organization = slug ? registry.index.organizations.get(slug) : undefined;
    if (slug && !organization) return renderFrame(c, { t, compact, error: t.t('error.organization_not_found') }, 404);
    const org = organization ? { slug: organization.slug, name: organization.name } : undefined;
    const input = c.req.query('q') ?? '';
    const answer = input ? answerFor(registry, input, org?.slug, now()) : undefined;
    return renderFrame(c, { t, org, compact, input, answer }, answer?.verdict === 'invalid' ? 400 : 200);
  });

  router.onError((error, c) => {
    // Past the per-address limit the frame says so in its own language; anything else is ours to log.
    const { status, message } = describePageError(c, translatorOf(c), error);
    return renderFrame(c, { t: translatorOf(c), compact: false, error: message }, status);
  });
  return router;
}
