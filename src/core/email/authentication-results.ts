/**
 * @module Reading one RFC 8601 Authentication-Results header: the authserv-id and each method's result.
 * Written here because the maintained JavaScript implementation (mailauth) also verifies mail, so it needs
 * Node's DNS and crypto; reading the header is a small grammar that must also run in a Worker.
 */

export interface MethodResult {
  /** Lower case: `spf`, `dkim`, `dmarc`, `arc`… */
  method: string;
  /** Lower case: `pass`, `fail`, `softfail`, `none`, `neutral`, `temperror`, `permerror`, `policy`… */
  result: string;
  reason?: string;
  /** `ptype.property` → value, lower-case keys: `header.d`, `header.i`, `smtp.mailfrom`, `header.from`… */
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  /** Who wrote the header (`mx.google.com`); null where a provider leaves it out, as Microsoft 365 does. */
  authservId: string | null;
  results: MethodResult[];
}

/** Drops (comments), nested or not, outside quoted strings; they carry only explanations for people. */
function withoutComments(text: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += ch + (text[i + 1] ?? '');
      i++;
    } else if (quoted) {
      out += ch;
      if (ch === '"') quoted = false;
    } else if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) {
      if (ch === '"') quoted = true;
      out += ch;
    }
  }
  return out;
}

/** Splits on a separator outside quoted strings. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && quoted) {
      current += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (!quoted && separator.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const unquote = (value: string): string => (/^".*"$/s.test(value) ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value);

/** One `method=result reason=… ptype.property=value…` clause, or null when it does not start with `method=result`. */
function readResult(clause: string): MethodResult | null {
  const pairs = splitOutsideQuotes(clause.replace(/\s*([=.])\s*/g, '$1'), /\s/);
  const head = /^([a-z0-9_-]+)(?:\/\d+)?=([a-z0-9_-]+)$/i.exec(pairs[0] ?? '');
  if (!head) return null;
  const result: MethodResult = { method: head[1]!.toLowerCase(), result: head[2]!.toLowerCase(), properties: {} };
  for (const pair of pairs.slice(1)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq).toLowerCase();
    const value = unquote(pair.slice(eq + 1));
    if (key === 'reason') result.reason = value;
    else result.properties[key] = value;
  }
  return result;
}

/**
 * Reads a header's value. Tolerant: unknown clauses are skipped, and a header without an authserv-id
 * (Microsoft 365 starts with `spf=…`) is read as results only.
 * @example readAuthenticationResults('mx.google.com; dkim=pass header.i=@binance.com; dmarc=pass (p=REJECT) header.from=binance.com')
 */
export function readAuthenticationResults(value: string): AuthenticationResults {
  const [first = '', ...clauses] = splitOutsideQuotes(withoutComments(value), /;/);
  let authservId: string | null = null;
  const leading = readResult(first);
  if (!leading) {
    // `authserv-id [version]`; some providers (Yahoo) put a result after it without a semicolon.
    const [id, ...rest] = first.split(/\s+/);
    authservId = id ? id.toLowerCase() : null;
    const inline = rest.length ? readResult(rest.join(' ').replace(/^\d+\s*/, '')) : null;
    if (inline) clauses.unshift(rest.join(' ').replace(/^\d+\s*/, ''));
  } else clauses.unshift(first);
  const results = clauses.map(readResult).filter((r): r is MethodResult => r !== null);
  return { authservId, results };
}
