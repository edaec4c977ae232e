/** @module The facts under a verdict: what was checked, the official channel it is or imitates, the organization, the reason on record. */
import type { ChannelView, CheckAnswer } from '../../core/verdict.ts';
import type { Translator } from '../i18n/index.ts';
import { orgHref } from '../links.ts';
import { kindName, Value } from './channel.tsx';
import { Highlighted } from './comparison.tsx';

function Channel({ t, channel }: { t: Translator; channel: ChannelView }) {
  return (
    <>
      {kindName(t, channel)}: <Value>{channel.value}</Value>
      {channel.label ? <> (<bdi class="label">{channel.label}</bdi>)</> : null}
    </>
  );
}

/** One term and its value in a `dl.facts` list. */
export function Fact({ term, children }: { term: string; children: unknown }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `target="_blank"` where the facts are shown inside a frame, whose own page must stay where it is. */
export function ChannelFacts({ t, answer, target }: { t: Translator; answer: CheckAnswer; target?: '_blank' }) {
  if (answer.verdict === 'invalid') return null;
  const top = answer.verdict === 'lookalike' ? answer.matches[0] : undefined;
  const channels = answer.channels ?? (answer.channel ? [answer.channel] : []);
  const reason = answer.scam?.reason ?? answer.channel?.reason;
  // A redirect link is answered for where it ends (see `Redirected`): the pages it goes through come first.
  const redirects = (answer.normalized?.redirects as string[] | undefined) ?? [];
  return (
    <>
      <dl class="facts">
        <Fact term={t.t('result.checked')}>{top?.comparison ? <Highlighted segments={top.comparison.contact} /> : <Value>{answer.input}</Value>}</Fact>
        {redirects.length ? <Fact term={t.t('result.redirects')}>{redirects.map((host, k) => <>{k ? ' → ' : ''}<Value>{host}</Value></>)}</Fact> : null}
        {channels.length ? (
          <Fact term={t.t(answer.verdict === 'revoked' ? 'result.formerly' : 'result.matched')}>
            {channels.length === 1 ? <Channel t={t} channel={channels[0]!} /> : <ul>{channels.map((c) => <li><Channel t={t} channel={c} /></li>)}</ul>}
          </Fact>
        ) : null}
        {top ? (
          <Fact term={t.t('result.imitates')}>
            {kindName(t, top.channel)}: {top.comparison ? <Highlighted segments={top.comparison.official} /> : <Value>{top.channel.value}</Value>}
          </Fact>
        ) : null}
        {answer.organization ? (
          <Fact term={t.t('result.organization')}>
            <a href={orgHref(answer.organization.slug, t.lang)} target={target}>{answer.organization.name}</a>
          </Fact>
        ) : null}
        {reason ? <Fact term={t.t('result.reason')}><bdi>{reason}</bdi></Fact> : null}
      </dl>
      {top?.comparison ? <p class="legend">{t.t('result.legend')}</p> : null}
    </>
  );
}
