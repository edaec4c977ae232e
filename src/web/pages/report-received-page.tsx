/** @module The confirmation of a report: thanks, the channel recorded and its number, what is stored, what happens next, and the ways back. */
import type { ReportReceipt } from '../../routes/submit-report.ts';
import { kindName, Value } from '../components/channel.tsx';
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

export interface ReportReceivedProps {
  t: Translator;
  receipt: ReportReceipt;
  /** The result the report was made from, as a link. */
  result: string;
}

/**
 * The receipt block is what the page's script lifts into the result card: it carries its own heading,
 * the sentence to announce, and takes the focus (tabindex -1) once it is in place.
 */
export function ReceiptBlock({ t, receipt }: Omit<ReportReceivedProps, 'result'>) {
  return (
    <section class="report-receipt" data-report-id={String(receipt.id)} tabindex={-1} aria-labelledby="report-received"
      data-announce={`${t.t('report.thanks')} ${t.t('report.review')}`}>
      <h2 id="report-received">{t.t('report.thanks')}</h2>
      <dl class="facts">
        <dt>{t.t('report.reported')}</dt>
        <dd>{kindName(t, receipt.channel)}: <Value>{receipt.channel.value}</Value></dd>
        <dt>{t.t('report.number')}</dt>
        <dd>{receipt.id}</dd>
      </dl>
      <p>{t.t('report.review')}</p>
      <p class="privacy">{t.t('report.privacy')}</p>
    </section>
  );
}

export function ReportReceivedPage({ t, receipt, result }: ReportReceivedProps) {
  return (
    <>
      <h1>{t.t('report.title')}</h1>
      <ReceiptBlock t={t} receipt={receipt} />
      <p><a href={result}>{t.t('report.backToResult')}</a></p>
      <p><a href={href('/', t.lang)}>{t.t('report.checkAnother')}</a></p>
    </>
  );
}
