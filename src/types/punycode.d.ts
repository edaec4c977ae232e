/** @module Types for the userland punycode.js (the `punycode/` import path avoids Node's deprecated built-in). */
declare module 'punycode/punycode.js' {
  const punycode: { toUnicode(domain: string): string; toASCII(domain: string): string };
  export default punycode;
}
