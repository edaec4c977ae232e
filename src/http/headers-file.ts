/** @module Reading a `_headers` file (the Workers static-assets format) so Node serves static files with the same headers as a Worker. */

/**
 * Headers per path from a `_headers` text: a path line, then indented `Name: value` lines; `#` starts a comment.
 * Only exact paths are read (no `*` or `:placeholder` rules), which is all public/_headers uses.
 * @example parseHeadersFile('/widget.js\n  Cache-Control: no-cache').get('/widget.js') // [['Cache-Control', 'no-cache']]
 */
export function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}
