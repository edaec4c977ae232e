/** @module An organization's page: every official channel, grouped by kind, and the retired ones shown as retired. */
import type { OrganizationEntry } from '../../core/registry/entries.ts';
import { CHANNEL_KINDS } from '../../core/types.ts';
import type { ChannelView } from '../../core/verdict.ts';
import { kindName, Value } from '../components/channel.tsx';
import type { Translator } from '../i18n/index.ts';
import { href } from '../links.ts';

export interface OrgPageProps {
  t: Translator;
  organization: OrganizationEntry;
  channels: ChannelView[];
}

/** An organization's website, when the registry gives a web address (anything else is shown as text). */
const isWebAddress = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

function ChannelItem({ t, channel }: { t: Translator; channel: ChannelView }) {
  const revoked = channel.status === 'revoked';
  return (
    <li class="channel" data-status={channel.status}>
      <span class="status">{revoked ? t.t('status.revoked') : t.t('status.active')}</span>
      <span class="kind">{kindName(t, channel)}</span>
      <Value>{channel.value}</Value>
      {channel.label ? <bdi class="label">{channel.label}</bdi> : null}
      {channel.usage?.length ? <span class="usage">{channel.usage.map((u) => t.maybe(`usage.${u}`, u)).join(', ')}</span> : null}
      {revoked ? (
        <span class="revoked-note">
          {channel.revokedAt ? t.t('status.revokedOn', { date: t.date(channel.revokedAt) }) : null}
          {channel.reason ? <> — <bdi>{channel.reason}</bdi></> : null}
        </span>
      ) : null}
    </li>
  );
}

function ChannelGroups({ t, channels }: { t: Translator; channels: ChannelView[] }) {
  if (!channels.length) return <p>{t.t('org.none')}</p>;
  return (
    <>
      {CHANNEL_KINDS.map((kind) => {
        const group = channels.filter((c) => c.kind === kind);
        if (!group.length) return null;
        return (
          <>
            <h3>{t.t(`group.${kind}`)}</h3>
            <ul class="channels">{group.map((c) => <ChannelItem t={t} channel={c} />)}</ul>
          </>
        );
      })}
    </>
  );
}

export function OrgPage({ t, organization: org, channels }: OrgPageProps) {
  const active = channels.filter((c) => c.status === 'active');
  const revoked = channels.filter((c) => c.status === 'revoked');
  return (
    <>
      <h1>{t.t('org.title', { org: org.name })}</h1>
      <p class="intro">{t.t('org.intro', { org: org.name })}</p>
      {org.website ? (
        <p class="website">{t.t('org.website')}: {isWebAddress(org.website) ? <a href={org.website} rel="noopener noreferrer"><Value>{org.website}</Value></a> : <Value>{org.website}</Value>}</p>
      ) : null}
      <section class="org-channels" aria-labelledby="active-title">
        <h2 id="active-title">{t.t('org.active')}</h2>
        <ChannelGroups t={t} channels={active} />
      </section>
      {revoked.length ? (
        <section class="org-channels revoked" aria-labelledby="revoked-title">
          <h2 id="revoked-title">{t.t('org.revoked')}</h2>
          <ChannelGroups t={t} channels={revoked} />
        </section>
      ) : null}
      {org.advice?.length ? (
        <section class="advice" aria-labelledby="advice-title">
          <h2 id="advice-title">{t.t('result.advice', { org: org.name })}</h2>
          <ul>{org.advice.map((line) => <li dir="auto">{line}</li>)}</ul>
        </section>
      ) : null}
      <p><a href={href('/', t.lang)}>{t.t('org.check')}</a></p>
    </>
  );
}
