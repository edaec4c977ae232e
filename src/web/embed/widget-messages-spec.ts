/** @module The contract of GET /api/v1/widget-messages: what the widget needs to speak a language, and for which organization. */
import { createRoute, z } from '@hono/zod-openapi';
import { badRequestResponse, errorResponse } from '../../openapi/responses.ts';

const EXAMPLE = {
  lang: 'ar',
  dir: 'rtl',
  messages: { 'verdict.official': 'رسمي', 'form.submit': 'تحقّق', 'widget.notOurs': 'هذه ليست قناة رسمية لـ {org}.' },
  platforms: { x: 'X', telegram: 'Telegram' },
  organization: { slug: 'binance', name: 'Binance' },
};

export const widgetMessagesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Widget'],
  summary: 'The widget\'s messages in one language',
  description:
    'What `<verify-widget>` (served at `/widget.js`) shows, in the offered language closest to `lang` (another variant or region of ' +
    'a language gets the one offered; any other language gets English): verdicts, sentences, labels and error texts with `{name}` ' +
    'placeholders, platform names, and with `org` that organization\'s name. Any origin may read it (CORS); cached for 10 minutes.',
  request: {
    query: z.object({
      lang: z.string().max(35).regex(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/, 'not a language tag such as pt-BR').optional()
        .openapi({ param: { name: 'lang', in: 'query' }, description: 'A BCP 47 language tag: the widget\'s `lang`, the page\'s, or the browser\'s.', example: 'ar' }),
      org: z.string().min(1).max(100).optional()
        .openapi({ param: { name: 'org', in: 'query' }, description: 'The widget\'s `org`: its name is returned for the messages\' `{org}`.', example: 'binance' }),
    }),
  },
  responses: {
    200: {
      description: 'The messages (abridged in this example).',
      content: {
        'application/json': {
          schema: z.object({
            lang: z.string(),
            dir: z.enum(['ltr', 'rtl']),
            messages: z.record(z.string(), z.string()),
            platforms: z.record(z.string(), z.string()),
            organization: z.object({ slug: z.string(), name: z.string() }).optional(),
          }).openapi('WidgetMessages'),
          example: EXAMPLE,
        },
      },
    },
    400: badRequestResponse('invalid_request', 'lang: not a language tag such as pt-BR'),
    404: errorResponse('`org` names no organization in the registry.', 'organization_not_found', 'No organization "acme" in this registry.'),
  },
});
