/** @module Reading Authentication-Results headers as providers write them (RFC 8601, and the variations seen in the wild). */
import { describe, expect, it } from 'vitest';
import { readAuthenticationResults } from '../../src/core/email/authentication-results.ts';

describe('readAuthenticationResults', () => {
  it('reads Gmail\'s header: authserv-id, comments dropped, header.i for DKIM', () => {
    const read = readAuthenticationResults(
      'mx.google.com;\r\n       dkim=pass header.i=@binance.com header.s=s1 header.b=Qx7m;\r\n       spf=pass (google.com: domain of bounce@post.binance.com designates 203.0.113.7 as permitted sender) smtp.mailfrom=bounce@post.binance.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=binance.com',
    );
    expect(read).toEqual({
      authservId: 'mx.google.com',
      results: [
        { method: 'dkim', result: 'pass', properties: { 'header.i': '@binance.com', 'header.s': 's1', 'header.b': 'Qx7m' } },
        { method: 'spf', result: 'pass', properties: { 'smtp.mailfrom': 'bounce@post.binance.com' } },
        { method: 'dmarc', result: 'pass', properties: { 'header.from': 'binance.com' } },
      ],
    });
  });

  it('reads Microsoft 365\'s header, which has no authserv-id', () => {
    const read = readAuthenticationResults(
      'spf=pass (sender IP is 203.0.113.7) smtp.mailfrom=post.binance.com; dkim=pass (signature was verified) header.d=binance.com;dmarc=pass action=none header.from=binance.com;compauth=pass reason=100',
    );
    expect(read.authservId).toBeNull();
    expect(read.results).toEqual([
      { method: 'spf', result: 'pass', properties: { 'smtp.mailfrom': 'post.binance.com' } },
      { method: 'dkim', result: 'pass', properties: { 'header.d': 'binance.com' } },
      { method: 'dmarc', result: 'pass', properties: { action: 'none', 'header.from': 'binance.com' } },
      { method: 'compauth', result: 'pass', reason: '100', properties: {} },
    ]);
  });

  it('reads a version number, a result in the authserv-id clause, quoted values and spaces around = and .', () => {
    expect(readAuthenticationResults('mx.example.net 1; dkim = pass header . d = example.com reason="good; signature (really)"')).toEqual({
      authservId: 'mx.example.net',
      results: [{ method: 'dkim', result: 'pass', reason: 'good; signature (really)', properties: { 'header.d': 'example.com' } }],
    });
    expect(readAuthenticationResults('atlas.yahoo.com dkim=pass header.i=@example.com; dmarc=fail header.from=example.com').results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'dmarc=fail']);
  });

  it('drops nested comments and keeps method versions out of the method name', () => {
    expect(readAuthenticationResults('mx.example.net; (a (nested) comment) dkim/1=fail (bad (very bad) signature) header.d=example.com').results).toEqual([
      { method: 'dkim', result: 'fail', properties: { 'header.d': 'example.com' } },
    ]);
  });

  it('reads "none" and garbage as no results, never throwing', () => {
    expect(readAuthenticationResults('mx.example.net; none')).toEqual({ authservId: 'mx.example.net', results: [] });
    for (const value of ['', ';;;', '(((', '"unterminated', '=;=;=', 'x'.repeat(10_000), 'a=b=c; ==; dmarc=']) {
      expect(() => readAuthenticationResults(value)).not.toThrow();
    }
    expect(readAuthenticationResults('').results).toEqual([]);
  });
});
