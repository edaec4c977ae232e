/** @module Which webhook URLs Verify will call: https only, and never a host that resolves to a private or special address. */
import { lookup } from 'node:dns/promises';
import { addressClass, isIpLiteral } from '../core/net/ip-address.ts';

export interface EndpointPolicy {
  /** TESTS ONLY (WEBHOOKS_ALLOW_LOOPBACK): loopback addresses, and plain http to them, are allowed. */
  allowLoopback: boolean;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Checks one resolved address against the policy. */
export function addressAllowed(address: string, policy: EndpointPolicy): Verdict {
  const kind = addressClass(address);
  if (kind === null || (kind === 'loopback' && policy.allowLoopback)) return { ok: true };
  return { ok: false, reason: `${address}, a ${kind} address` };
}

/** The URL's form: https (http only to a loopback host under the test switch), no credentials, a host name. */
export function urlAllowed(text: string, policy: EndpointPolicy): Verdict & { url?: URL } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `${JSON.stringify(text)} is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'the URL must not contain credentials' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopbackHost = host === 'localhost' || (isIpLiteral(host) && addressClass(host) === 'loopback');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowLoopback && loopbackHost)) {
    return { ok: false, reason: 'webhook URLs must use https' };
  }
  return { ok: true, url };
}

/**
 * Resolves the host and checks every address it has: one private address among public ones is enough
 * to refuse, since the connection may pick any of them.
 */
async function resolveAllowed(hostname: string, policy: EndpointPolicy): Promise<Verdict & { addresses?: string[] }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIpLiteral(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    return { ok: false, reason: `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  for (const address of addresses) {
    const verdict = addressAllowed(address, policy);
    if (!verdict.ok) return { ok: false, reason: isIpLiteral(host) ? `${host} is a ${addressClass(host)} address` : `${host} resolves to ${verdict.reason}` };
  }
  return { ok: true, addresses };
}

/** The whole check, at registration and again before each delivery (DNS can change in between). */
export async function endpointAllowed(text: string, policy: EndpointPolicy): Promise<Verdict> {
  const form = urlAllowed(text, policy);
  if (!form.ok) return form;
  return resolveAllowed(form.url!.hostname, policy);
}
