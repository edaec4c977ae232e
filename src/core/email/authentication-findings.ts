/** @module What the provider's authentication results mean for this sender: proof for an official one, a forgery, or no record at all. */
import type { AuthenticationView } from './authentication.ts';
import type { FindingList } from './findings.ts';
import type { SenderJudgement } from './sender.ts';

const MISSING =
  'The message has no Authentication-Results header: there is no record from your mail provider of SPF, DKIM or DMARC checks, so nothing proves who sent it. ' +
  'Use the original message as your provider delivered it, not a forwarded copy.';

export function judgeAuthentication(auth: AuthenticationView, sender: SenderJudgement, findings: FindingList): void {
  const org = sender.official;
  const domain = sender.fromDomain ?? 'the From domain';
  const about = org ? { organization: org } : {};
  if (auth.ignored) {
    const claim = auth.ignoredClaimPass ? ' One of them claims a DMARC or DKIM pass that your provider did not find: a forgery.' : '';
    findings.add({
      code: 'authentication_results_ignored', severity: auth.ignoredClaimPass ? 'warning' : 'info', argues: null,
      explanation: `${auth.ignored} lower Authentication-Results header${auth.ignored > 1 ? 's were' : ' was'} ignored: only the topmost is written by your own mail provider; lower ones were in the message before it arrived, and a sender can forge them.${claim}`,
    });
  }
  const trusted = auth.trusted;
  if (!trusted) return findings.add({ code: 'authentication_missing', severity: 'warning', argues: 'not_official', explanation: MISSING });
  const by = trusted.authservId ? ` (${trusted.authservId})` : '';
  const { dmarc } = trusted;
  if (dmarc?.result === 'pass' && dmarc.domain && dmarc.domain !== sender.fromDomain) {
    findings.add({
      code: 'dmarc_other_domain', severity: 'warning', argues: 'not_official', subject: dmarc.domain,
      explanation: `Your mail provider${by} recorded a DMARC pass for ${dmarc.domain}, not for ${domain}, the From domain shown: the check was about another sender.`,
    });
  } else if (dmarc?.result === 'pass') {
    findings.add({
      code: 'dmarc_pass', severity: org ? 'ok' : 'info', argues: org ? 'official' : null, ...about, subject: domain,
      explanation: org
        ? `Your mail provider${by} checked DMARC for ${domain} and it passed: ${domain}'s own servers sent this message.`
        : `Your mail provider${by} checked DMARC for ${domain} and it passed: the message really comes from ${domain}, which is not an official sender in this registry.`,
    });
  } else if (dmarc?.result === 'fail') {
    findings.add({
      code: 'dmarc_fail', severity: org ? 'danger' : 'warning', argues: 'not_official', ...about, subject: domain,
      explanation: `Your mail provider${by} checked DMARC for ${domain} and it failed: ${domain} did not send this message${org ? `, whatever the From address says. It is not from ${org.name}` : ''}.`,
    });
  } else if (dmarc) {
    findings.add({
      code: 'dmarc_not_pass', severity: org ? 'warning' : 'info', argues: org ? 'not_official' : null, ...about, subject: domain,
      explanation: `Your mail provider${by} recorded DMARC "${dmarc.result}" for ${domain}: it neither passed nor failed.`,
    });
  }
  for (const dkim of trusted.dkim.filter((d) => d.aligned)) {
    if (dkim.result === 'pass' && org) {
      findings.add({
        code: 'dkim_aligned_pass', severity: 'ok', argues: 'official', organization: org, subject: dkim.domain!,
        explanation: `A DKIM signature of ${dkim.domain} passed your mail provider's check${by}; ${dkim.domain} is ${org.name}'s domain, the From address's.`,
      });
    } else if (dkim.result === 'fail' || dkim.result === 'permerror') {
      findings.add({
        code: 'dkim_fail', severity: 'warning', argues: 'not_official', ...about, subject: dkim.domain!,
        explanation: `A DKIM signature claiming ${dkim.domain} failed your mail provider's check${by}: the message was changed on the way or the signature is forged.`,
      });
    }
  }
  const spf = trusted.spf;
  if (spf && (spf.result === 'fail' || spf.result === 'softfail')) {
    findings.add({
      code: 'spf_fail', severity: spf.aligned ? 'warning' : 'info', argues: null, subject: spf.domain ?? domain,
      explanation: `SPF ${spf.result} for ${spf.domain ?? 'the bounce domain'}: the server that delivered the message is not one ${spf.domain ?? 'that domain'} lists as its own.`,
    });
  }
  if (org && !auth.fromDomainVerified && dmarc?.result !== 'fail') {
    findings.add({
      code: 'authentication_not_aligned', severity: 'warning', argues: 'not_official', organization: org, subject: domain,
      explanation: `Your mail provider's results${by} do not show that ${domain} sent this: no DMARC pass and no passing DKIM signature of ${domain}. Anyone can write ${org.name}'s address in From.`,
    });
  }
}
