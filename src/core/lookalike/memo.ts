/** @module A bounded cache for pure functions of a string: one lookup works on the same few pieces many times. */

/**
 * `fn` with its recent answers kept. When the cache is full it is emptied rather than aged: pieces
 * repeat within one lookup and rarely across lookups, so recency bookkeeping would cost more than it saves.
 */
export function memoize<T>(fn: (text: string) => T, size = 4_096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const held = cache.get(text);
    if (held !== undefined) return held;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, value);
    return value;
  };
}
