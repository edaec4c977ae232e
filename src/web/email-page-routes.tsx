/** @module The email mode of the pages: GET /email (the form) and POST /email (a pasted or uploaded message) answered as a page in the reader's language. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_MESSAGE_BYTES } from '../core/email/index.ts';
import { checkEmailQuietly, isTooLarge } from '../http/email-message.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { errorText } from './components/result-card.tsx';
import { checkEmailPageRoute, emailPageRoute } from './email-page-spec.ts';
import { messageLimit } from './format-size.ts';
import { detectLanguage } from './i18n/detect-language.ts';
import { EmailPage } from './pages/email-page.tsx';
import { render, translatorOf } from './render-page.tsx';
import { pageSecurityHeaders } from './security-headers.ts';

export interface EmailPageDeps {
  registry: RegistryHolder;
  now: () => Date;
  /** The public per-address limit: a message checked from the page costs what one checked through the API costs. */
  limitLookups: MiddlewareHandler;
}

/** Room for the multipart envelope and the field left empty beside the message. */
const FORM_ALLOWANCE = 64 * 1024;
/** Titles show the start of a long subject only. */
const TITLE_SUBJECT = 60;

/** The form again, with what went wrong where the answer would be; pasted text comes back so it can be fixed. */
function showProblem(c: Context, status: 400 | 413, problem: string, pasted = ''): Promise<Response> {
  const t = translatorOf(c);
  return render(c, t, <EmailPage t={t} problem={problem} pasted={pasted} />, { title: t.t('verdict.invalid'), status });
}

const showTooLarge = (c: Context) => showProblem(c, 413, translatorOf(c).t('email.tooLarge', { size: messageLimit(translatorOf(c).lang) }));

/** The chosen file when it has bytes (kept as bytes: its charset is the message's business), else the pasted text; null for a body that is not a form. */
async function readMessage(c: Context): Promise<{ raw: string | ArrayBuffer; pasted: string } | null> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    return null;
  }
  if (form.file instanceof Blob && form.file.size > 0) return { raw: await form.file.arrayBuffer(), pasted: '' };
  const pasted = typeof form.raw === 'string' ? form.raw : '';
  return { raw: pasted, pasted };
}

export function emailPageRoutes({ registry, now, limitLookups }: EmailPageDeps): OpenAPIHono {
  const router = new OpenAPIHono();
  for (const route of [emailPageRoute, checkEmailPageRoute]) router.openAPIRegistry.registerPath(route);
  router.use('/email', pageSecurityHeaders(), detectLanguage);

  router.get('/email', (c) => {
    const t = translatorOf(c);
    return render(c, t, <EmailPage t={t} />, { title: t.t('email.title') });
  });

  // A body past the limit is refused before it is read, as the API does, and answered with the form and the limit in the reader's words.
  const limitForm = bodyLimit({ maxSize: MAX_MESSAGE_BYTES + FORM_ALLOWANCE, onError: showTooLarge });
  router.post('/email', limitForm, limitLookups, async (c) => {
    const t = translatorOf(c);
    const message = await readMessage(c);
    if (!message) return showProblem(c, 400, t.t('error.invalid_request'));
    if (isTooLarge(message.raw)) return showTooLarge(c);
    const result = await checkEmailQuietly(registry.index, message.raw, {}, now());
    if (!result.ok) return showProblem(c, 400, errorText(t, result.problem.code, result.problem.message), message.pasted);
    const answer = result.value;
    const subject = answer.email.subject ?? '';
    const shown = subject.length > TITLE_SUBJECT ? `${subject.slice(0, TITLE_SUBJECT)}…` : subject;
    return render(c, t, <EmailPage t={t} answer={answer} />, { title: [t.t(`verdict.${answer.verdict}`), shown].filter(Boolean).join(': ') });
  });
  return router;
}
