/** @module One webhook POST over node:http(s), with the address policy applied to the very addresses the socket connects to. */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIpLiteral } from '../core/net/ip-address.ts';
import { addressAllowed, urlAllowed, type EndpointPolicy } from './endpoint-policy.ts';

export interface SendResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * A DNS lookup that refuses disallowed addresses. Checking the name before connecting is not enough:
 * it could resolve differently a moment later (DNS rebinding), so the check sits inside the connection.
 */
function guardedLookup(policy: EndpointPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      for (const { address } of list) {
        const verdict = addressAllowed(address, policy);
        if (!verdict.ok) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${verdict.reason}`), { code: 'EADDRNOTALLOWED' }), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** POSTs `body`; a 2xx answer is success, anything else (or no answer within `timeoutMs`) a failure. */
export function sendWebhook(target: string, body: string, headers: Record<string, string>, policy: EndpointPolicy, timeoutMs: number): Promise<SendResult> {
  const form = urlAllowed(target, policy);
  if (!form.ok) return Promise.resolve({ ok: false, status: null, error: form.reason });
  const url = form.url!;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal never goes through the lookup: check it here.
  if (isIpLiteral(host)) {
    const verdict = addressAllowed(host, policy);
    if (!verdict.ok) return Promise.resolve({ ok: false, status: null, error: `refused: ${verdict.reason}` });
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(policy),
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          resolve({ ok, status, error: ok ? null : `HTTP ${status}` });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ ok: false, status: null, error: error.message }));
    req.end(body);
  });
}
