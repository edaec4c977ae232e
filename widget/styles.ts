/** @module The widget's styles, themed only through --verify-* custom properties and ::part(), and how they reach its shadow root under any CSP. */

/** Defaults match the check page's colours (white text on each verdict colour passes WCAG AA). */
const CSS = `
:host{display:block;max-inline-size:var(--verify-max-width,36rem);color:var(--verify-ink,#1a1a1a);font-family:var(--verify-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans SC",sans-serif);font-size:var(--verify-font-size,1rem);line-height:1.45}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:border-box}
.root{container-type:inline-size;background:var(--verify-paper,#fff);border:1px solid var(--verify-line,#c9c9c9);border-radius:var(--verify-radius,.6rem);padding:.8rem}
form{display:grid;gap:.35rem}
label{font-weight:650}
.row{display:flex;flex-wrap:wrap;gap:.4rem}
input{flex:1 1 12rem;min-inline-size:0;font:inherit;font-size:1.05em;padding:.55rem .65rem;border:2px solid var(--verify-field-border,#6b6b6b);border-radius:.4rem;color:inherit;background:var(--verify-paper,#fff)}
button{flex:none;font:inherit;font-weight:700;min-block-size:2.75rem;padding:.5rem 1.2rem;border:0;border-radius:.4rem;background:var(--verify-accent,#1d4ed8);color:var(--verify-on-accent,#fff);cursor:pointer}
form[aria-busy=true] button{background:#4b5563;cursor:progress}
:focus-visible{outline:3px solid var(--verify-focus,#1d4ed8);outline-offset:2px}
a{color:var(--verify-accent,#1d4ed8);font-weight:600;text-underline-offset:.15em}
.answer{--tone:var(--verify-invalid,#4b5563);margin-block-start:.8rem;border:3px solid var(--tone);border-radius:var(--verify-radius,.6rem);overflow:hidden}
[data-verdict=official]{--tone:var(--verify-official,#146c2e)}
[data-verdict=revoked]{--tone:var(--verify-revoked,#9a3412)}
[data-verdict=known_scam]{--tone:var(--verify-known-scam,#8f1d16)}
[data-verdict=lookalike]{--tone:var(--verify-lookalike,#b3261e)}
[data-verdict=not_official]{--tone:var(--verify-not-official,#6f5200)}
.verdict{display:flex;align-items:center;gap:.55rem;margin:0;padding:.6rem .9rem;background:var(--tone);color:#fff;font-size:1.45em;font-weight:700;line-height:1.15}
.verdict svg{flex:none;inline-size:2.1rem;block-size:2.1rem}
.body{padding:.1rem .9rem .8rem}
.summary{font-weight:600;font-size:1.08em;margin:.6rem 0}
dl{display:grid;gap:.4rem;margin:0 0 .4rem}
dt{font-size:.85em;font-weight:600;color:var(--verify-muted,#4a4a4a)}
dd{margin:0;overflow-wrap:anywhere}
ul{margin:.3rem 0;padding-inline-start:1.3rem}
.value{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-weight:600;overflow-wrap:anywhere}
mark{background:#ffd84d;color:#000;text-decoration:underline 3px;text-underline-offset:.2em;outline:1px solid #8a6d00;border-radius:.15em;padding:0 .08em}
.legend::before{content:"";display:inline-block;inline-size:.9em;block-size:.9em;margin-inline-end:.35em;vertical-align:-.1em;background:#ffd84d;outline:1px solid #8a6d00}
.legend,.explanation,.problem{font-size:.9em;color:var(--verify-muted,#4a4a4a)}
details summary{cursor:pointer;color:var(--verify-accent,#1d4ed8);margin-block:.3rem}
.sr-only{position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
:host([compact]) .root{padding:.55rem}
:host([compact]) .verdict{font-size:1.2em;padding:.45rem .7rem}
:host([compact]) .verdict svg{inline-size:1.6rem;block-size:1.6rem}
:host([compact]) .body{padding:0 .7rem .6rem}
@container (min-width:32rem){dl div{display:grid;grid-template-columns:10rem 1fr;gap:.8rem}}
`;

let sheet: CSSStyleSheet | undefined;

/**
 * A constructable stylesheet where the browser has them: built by script, it is not subject to the host
 * page's style-src, so it needs no nonce and is shared by every widget. Elsewhere a <style> carrying the
 * element's `nonce`, which a strict host CSP allows when it is the page's nonce.
 */
export function applyStyles(root: ShadowRoot, nonce: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = CSS;
  root.prepend(style);
}
