/** @module The README's partner example, verbatim (a test checks they match and runs it): verifying Verify's signatures with jose. */
import { createLocalJWKSet, flattenedVerify } from 'jose';

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Fetches the registry snapshot and checks its signature, type, digest and expiry; returns the snapshot. */
export async function fetchVerifiedRegistry(base: string, fetchFn: typeof fetch = fetch) {
  const jwks = createLocalJWKSet(await (await fetchFn(`${base}/.well-known/jwks.json`)).json());
  const response = await fetchFn(`${base}/api/v1/registry`);
  const { payload, protectedHeader } = await flattenedVerify(await response.json(), jwks, { algorithms: ['EdDSA'] });
  if (protectedHeader?.typ !== 'verify-registry+json') throw new Error('not a registry snapshot');
  const digest = hex(await crypto.subtle.digest('SHA-256', new Uint8Array(payload)));
  if (response.headers.get('etag') !== `"${digest}"`) throw new Error('the digest does not match the ETag');
  const snapshot = JSON.parse(new TextDecoder().decode(payload));
  if (Date.parse(snapshot.expiresAt) <= Date.now()) throw new Error(`the snapshot expired at ${snapshot.expiresAt}`);
  return { snapshot, digest };
}

/** Asks for a signed verdict and checks it; the payload is the usual answer plus the registry version, digest and expiry. */
export async function checkSigned(base: string, input: string, fetchFn: typeof fetch = fetch) {
  const jwks = createLocalJWKSet(await (await fetchFn(`${base}/.well-known/jwks.json`)).json());
  const response = await fetchFn(`${base}/api/v1/check?q=${encodeURIComponent(input)}`, {
    headers: { Accept: 'application/jose+json' },
  });
  const { payload, protectedHeader } = await flattenedVerify(await response.json(), jwks, { algorithms: ['EdDSA'] });
  if (protectedHeader?.typ !== 'verify-verdict+json') throw new Error('not a verdict');
  const answer = JSON.parse(new TextDecoder().decode(payload));
  if (Date.parse(answer.expiresAt) <= Date.now()) throw new Error(`the verdict expired at ${answer.expiresAt}`);
  return answer;
}
