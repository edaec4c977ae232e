/** @module The pages: the check form (GET, and the form's POST), organization pages, and errors rendered as pages in the reader's language. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { parseContact } from '../core/input/index.ts';
import { PLATFORMS, type Platform } from '../core/types.ts';
import { checkContact, invalidAnswer, viewChannel, type CheckAnswer } from '../core/verdict.ts';
import { limitBody } from '../middleware/body-limit.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { emailPageRoutes } from './email-page-routes.tsx';
import { detectLanguage } from './i18n/detect-language.ts';
import { checkPageRoute, homePageRoute, orgPageRoute } from './page-spec.ts';
import { ErrorPage } from './pages/error-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { OrgPage } from './pages/org-page.tsx';
import { renderPageError } from './page-errors.tsx';
import { render, translatorOf } from './render-page.tsx';
import { pageSecurityHeaders } from './security-headers.ts';

export interface PageDeps {
  registry: RegistryHolder;
  now: () => Date;
  /** The public per-address limit, shared with the API: a page lookup costs what an API lookup costs. */
  limitLookups: MiddlewareHandler;
}

/** A form post holds one input of at most 2 KB; anything far larger is not from our form. */
const FORM_LIMIT = 16 * 1024;
/** Titles show the start of a long input only. */
const TITLE_INPUT = 60;

/** The answer for one input from the form or a link; an unknown platform is a request we do not understand. */
function answerFor(registry: RegistryHolder, input: string, platform: string, now: Date): CheckAnswer {
  const index = registry.index;
  if (platform && !(PLATFORMS as readonly string[]).includes(platform)) {
    return invalidAnswer(index, input, { code: 'invalid_request', message: `platform: not one of ${PLATFORMS.join(', ')}` }, now);
  }
  const contact = parseContact(input, platform ? { platform: platform as Platform } : {});
  return contact.ok ? checkContact(index, input, contact.value, now) : invalidAnswer(index, input, contact.problem, now);
}

export function pageRoutes({ registry, now, limitLookups }: PageDeps): OpenAPIHono {
  const router = new OpenAPIHono();
  for (const route of [homePageRoute, checkPageRoute, orgPageRoute]) router.openAPIRegistry.registerPath(route);
  // Registered per page path, not on '*': this router is mounted at the root, where '*' would reach the API too.
  const headers = pageSecurityHeaders();
  for (const path of ['/', '/org/*']) router.use(path, headers, detectLanguage);
  const limitIfLookup: MiddlewareHandler = (c, next) => (c.req.query('q') ? limitLookups(c, next) : next());

  const showAnswer = (c: Context, input: string, platform: string) => {
    const t = translatorOf(c);
    const answer = answerFor(registry, input, platform, now());
    const shown = input.length > TITLE_INPUT ? `${input.slice(0, TITLE_INPUT)}…` : input;
    return render(c, t, <HomePage t={t} answer={answer} input={input} platform={platform} />, {
      title: `${t.t(`verdict.${answer.verdict}`)}: ${shown}`,
      status: answer.verdict === 'invalid' ? 400 : 200,
      path: '/',
      params: { q: input, platform },
    });
  };

  router.get('/', limitIfLookup, (c) => {
    const input = c.req.query('q');
    if (input) return showAnswer(c, input, c.req.query('platform') ?? '');
    const t = translatorOf(c);
    return render(c, t, <HomePage t={t} />, { title: t.t('home.title') });
  });

  router.post('/', limitBody(FORM_LIMIT), limitLookups, async (c) => {
    const form = await c.req.parseBody();
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return showAnswer(c, text(form.q), text(form.platform));
  });

  router.get('/org/:slug', (c) => {
    const t = translatorOf(c);
    const slug = c.req.param('slug');
    const organization = registry.index.organizations.get(slug);
    if (!organization) {
      const message = t.t('error.organization_not_found');
      return render(c, t, <ErrorPage t={t} message={message} />, { title: message, status: 404 });
    }
    const channels = registry.index.channelsOf(slug).map(viewChannel);
    return render(c, t, <OrgPage t={t} organization={organization} channels={channels} />, { title: t.t('org.title', { org: organization.name }) });
  });

  router.route('/', emailPageRoutes({ registry, now, limitLookups }));

  router.onError((error, c) => renderPageError(c, error));
  return router;
}
