/** @module /embed/frame: a whole document small enough for another site's iframe, working without JavaScript; the answer comes first, so a short frame shows it. */
import type { CheckAnswer } from '../../core/verdict.ts';
import { PageHead } from '../components/page-head.tsx';
import type { EmbedTranslator } from '../i18n/embed/index.ts';
import { FrameAnswer } from './frame-answer.tsx';

export interface FramePageProps {
  t: EmbedTranslator;
  title: string;
  /** The organization asked for, when the frame answers for one. */
  org?: { slug: string; name: string };
  compact: boolean;
  input?: string;
  answer?: CheckAnswer;
  /** Instead of the form: why the frame cannot be shown (an unknown organization, too many checks). */
  error?: string;
}

/** A GET form: the answer is a link like the check page's, and the frame needs no script. */
function FrameForm({ t, org, compact, input }: Pick<FramePageProps, 't' | 'org' | 'compact' | 'input'>) {
  return (
    <form class="frame-form" method="get" action="/embed/frame">
      {org ? <input type="hidden" name="org" value={org.slug} /> : null}
      <input type="hidden" name="lang" value={t.lang} />
      {compact ? <input type="hidden" name="compact" value="1" /> : null}
      <label for="q">{org ? t.embed('widget.labelOrg', { org: org.name }) : t.t('form.label')}</label>
      <div class="frame-row">
        <input id="q" name="q" type="text" value={input} maxlength={2048} autocomplete="off" autocapitalize="off" spellcheck={false} dir="auto" />
        <button type="submit">{t.t('form.submit')}</button>
      </div>
    </form>
  );
}

export function FramePage({ t, title, org, compact, input, answer, error }: FramePageProps) {
  return (
    <html lang={t.lang} dir={t.dir}>
      <PageHead title={title} stylesheets={['/verify.css', '/embed.css']} />
      <body class="frame">
        <main>
          {answer ? <FrameAnswer t={t} answer={answer} compact={compact} /> : null}
          {error ? <p class="error-message" role="alert">{error}</p> : <FrameForm t={t} org={org} compact={compact} input={input} />}
        </main>
      </body>
    </html>
  );
}
