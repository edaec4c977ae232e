/** @module GET /api/v1/widget-messages: the page catalogues' verdicts, sentences and errors plus the widget's own messages, for the widget to render with. */
import { platformName } from '../../core/input/social/index.ts';
import { PLATFORMS } from '../../core/types.ts';
import { ApiError } from '../../http/api-error.ts';
import { createRouter } from '../../openapi/router.ts';
import type { RegistryHolder } from '../../registry-holder.ts';
import { EMBED_MESSAGES, matchLanguage } from '../i18n/embed/index.ts';
import { LANGUAGES, type Language } from '../i18n/index.ts';
import { widgetMessagesRoute } from './widget-messages-spec.ts';

/** The page messages a widget shows; the rest (the form's hints, organization pages, next steps) stay on the site. */
const PAGE_KEY = /^(verdict|summary|result|reason|kind|error)\.|^form\.(label|submit|checking|networkError)$/;

/** Messages change with a deployment, an organization's name with a publish: ten minutes is fresh enough for both. */
const CACHE_CONTROL = 'public, max-age=600';

const PLATFORM_NAMES = Object.fromEntries(PLATFORMS.map((p) => [p, platformName(p)]));

function messagesOf(lang: Language): Record<string, string> {
  const page = LANGUAGES.find((l) => l.code === lang)!.messages;
  const picked = Object.entries(page).filter(([key]) => PAGE_KEY.test(key));
  const widget = Object.entries(EMBED_MESSAGES[lang]).filter(([key]) => key.startsWith('widget.'));
  return Object.fromEntries([...picked, ...widget]);
}

/** Built once per language: the answer is the same for every request. */
const bundles = new Map(LANGUAGES.map((l) => [l.code, { lang: l.code, dir: l.dir, messages: messagesOf(l.code), platforms: PLATFORM_NAMES }]));

export function widgetMessagesRoutes(registry: RegistryHolder) {
  const router = createRouter();
  router.openapi(widgetMessagesRoute, (c) => {
    const { lang, org } = c.req.valid('query');
    const organization = org === undefined ? undefined : registry.index.organizations.get(org);
    if (org !== undefined && !organization) throw new ApiError(404, 'organization_not_found', `No organization "${org}" in this registry.`);
    c.header('Cache-Control', CACHE_CONTROL);
    const bundle = bundles.get(matchLanguage(lang))!;
    return c.json(organization ? { ...bundle, organization: { slug: organization.slug, name: organization.name } } : bundle, 200);
  });
  return router;
}
