/** @module What the person's own mail provider recorded: the topmost Authentication-Results header, with each domain's alignment to the From domain. */
import { readAuthenticationResults, type MethodResult } from './authentication-results.ts';
import { domainOf, sameOrganization } from './domains.ts';
import type { ParsedEmail } from './parse-message.ts';

export interface MethodView {
  result: string;
  /** The domain the method vouched for: DKIM `header.d` (or `header.i`'s), SPF `smtp.mailfrom`'s (or `smtp.helo`), DMARC `header.from`. */
  domain: string | null;
  /** Relaxed alignment (RFC 7489): the domain shares its registrable domain with the From address's. */
  aligned: boolean;
}

export interface TrustedResults {
  authservId: string | null;
  spf: MethodView | null;
  dkim: Array<MethodView & { selector: string | null }>;
  dmarc: MethodView | null;
}

export interface AuthenticationView {
  /** Authentication-Results headers in the message. */
  headers: number;
  /** The topmost header: the one the receiving provider added last, on delivery. Null when there is none. */
  trusted: TrustedResults | null;
  /** Lower headers, not trusted: they were in the message before it reached the provider, so the sender can write them. */
  ignored: number;
  /** Whether an ignored header claims a DMARC or DKIM pass that the trusted one does not show. */
  ignoredClaimPass: boolean;
  /** DMARC passed for the From domain itself, or, with no DMARC failure, a DKIM signature aligned with it passed. */
  fromDomainVerified: boolean;
}

function trustedView(results: MethodResult[], fromDomain: string | null): Omit<TrustedResults, 'authservId'> {
  const view = (r: MethodResult, domain: string | null): MethodView => ({ result: r.result, domain, aligned: sameOrganization(domain, fromDomain) });
  const spf = results.find((r) => r.method === 'spf');
  const dmarc = results.find((r) => r.method === 'dmarc');
  return {
    spf: spf ? view(spf, domainOf(spf.properties['smtp.mailfrom'] ?? spf.properties['smtp.helo'])) : null,
    dkim: results
      .filter((r) => r.method === 'dkim')
      .map((r) => ({ ...view(r, domainOf(r.properties['header.d'] ?? r.properties['header.i'])), selector: r.properties['header.s'] ?? null })),
    dmarc: dmarc ? view(dmarc, domainOf(dmarc.properties['header.from'])) : null,
  };
}

const claimsPass = (results: MethodResult[]): boolean => results.some((r) => (r.method === 'dmarc' || r.method === 'dkim') && r.result === 'pass');

/** Whether DMARC passed for the From domain, or DKIM aligned with it passed while DMARC did not fail. */
function verifies(trusted: Omit<TrustedResults, 'authservId'>, fromDomain: string | null): boolean {
  const { dmarc } = trusted;
  // A result without header.from is about the From the provider read, which is the one shown unless there are several (a finding of its own).
  const forFrom = !dmarc?.domain || dmarc.domain === fromDomain;
  if (dmarc?.result === 'pass') return forFrom;
  if (dmarc?.result === 'fail') return false;
  return trusted.dkim.some((d) => d.result === 'pass' && d.aligned);
}

/** Reads the headers top down; only the first is trusted (README, Checking an email). */
export function readAuthentication(email: ParsedEmail, fromDomain: string | null): AuthenticationView {
  const values = email.headers.filter((h) => h.key === 'authentication-results').map((h) => readAuthenticationResults(h.value));
  const [top, ...lower] = values;
  if (!top) return { headers: 0, trusted: null, ignored: 0, ignoredClaimPass: false, fromDomainVerified: false };
  const trusted = { authservId: top.authservId, ...trustedView(top.results, fromDomain) };
  const fromDomainVerified = fromDomain !== null && verifies(trusted, fromDomain);
  return {
    headers: values.length,
    trusted,
    ignored: lower.length,
    ignoredClaimPass: !fromDomainVerified && lower.some((h) => claimsPass(h.results)),
    fromDomainVerified,
  };
}
