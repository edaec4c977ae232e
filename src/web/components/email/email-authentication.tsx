/**
 * @module What the reader's own mail provider recorded (the topmost Authentication-Results header): whether it
 * verified the sender, each method's result and domain, and plainly when there is nothing, or lower headers were ignored.
 */
import type { EmailAnswer } from '../../../core/email/index.ts';
import type { Translator } from '../../i18n/index.ts';
import { Value } from '../channel.tsx';

type Authentication = EmailAnswer['authentication'];
type Method = { result: string; domain: string | null; aligned: boolean };

/** A host name inside a sentence keeps its own direction (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), as <bdi> would. */
const isolated = (text: string) => `\u2068${text}\u2069`;

function MethodItem({ t, name, method }: { t: Translator; name: string; method: Method }) {
  return (
    <li data-method={name.toLowerCase()} data-result={method.result}>
      <span class="method">{name}</span>
      <span class="auth-result">{t.maybe(`email.auth.result.${method.result}`, method.result)}</span>
      {method.domain ? <Value>{method.domain}</Value> : null}
      {method.domain ? <span class="aligned">{t.t(method.aligned ? 'email.auth.aligned' : 'email.auth.notAligned')}</span> : null}
    </li>
  );
}

function TrustedResults({ t, authentication }: { t: Translator; authentication: Authentication }) {
  const trusted = authentication.trusted!;
  return (
    <>
      <p class="auth-verdict" data-auth={authentication.fromDomainVerified ? 'verified' : 'not-verified'}>
        {t.t(authentication.fromDomainVerified ? 'email.auth.verified' : 'email.auth.notVerified')}
      </p>
      <ul class="auth-methods">
        {trusted.dmarc ? <MethodItem t={t} name="DMARC" method={trusted.dmarc} /> : null}
        {trusted.dkim.map((dkim) => <MethodItem t={t} name="DKIM" method={dkim} />)}
        {trusted.spf ? <MethodItem t={t} name="SPF" method={trusted.spf} /> : null}
      </ul>
      <p class="auth-by">{trusted.authservId ? t.t('email.auth.by', { server: isolated(trusted.authservId) }) : t.t('email.auth.byUnnamed')}</p>
    </>
  );
}

export function EmailAuthentication({ t, authentication }: { t: Translator; authentication: Authentication }) {
  return (
    <section class="email-auth" aria-labelledby="auth-title">
      <h3 id="auth-title">{t.t('email.auth.title')}</h3>
      {authentication.trusted ? <TrustedResults t={t} authentication={authentication} /> : <p class="auth-warning" data-auth="none">{t.t('email.auth.none')}</p>}
      {authentication.ignored ? (
        <p class="auth-warning" data-auth="ignored">
          {t.t('email.auth.ignored', { count: String(authentication.ignored) })}
          {authentication.ignoredClaimPass ? ` ${t.t('email.auth.ignoredClaimPass')}` : ''}
        </p>
      ) : null}
    </section>
  );
}
