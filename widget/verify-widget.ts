/** @module <verify-widget>: a form that checks one contact with Verify's API and shows the answer, in an open shadow root, announcing it and sending `verify-result`. */
import { answerView, summaryOf } from './answer-view.ts';
import { el } from './dom.ts';
import { loadSetup, SetupError } from './setup.ts';
import { applyStyles } from './styles.ts';
import { textOf, type Text } from './text.ts';
import type { Answer, Setup } from './types.ts';

/** As the API: a longer contact is refused anyway, and would make a long URL. */
const MAX_INPUT = 2048;

/** The element's answer event: `detail` is /api/v1/check's answer, or `{input, verdict: "invalid", error}`. */
export type VerifyResultEvent = CustomEvent<Answer>;

export class VerifyWidget extends HTMLElement {
  static observedAttributes = ['org', 'lang', 'api', 'compact'];

  /** Registers the element once: importing the module twice, or from two copies, defines it once. */
  static define(tag = 'verify-widget', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  readonly #root = this.attachShadow({ mode: 'open' });
  readonly #box = el('div', { part: 'root', class: 'root', 'aria-busy': 'true' });
  /** Bumped by every (re)build, so an older setup arriving late is dropped. */
  #generation = 0;
  #busy = false;

  connectedCallback(): void {
    // Here, not in the constructor: an element the parser creates has no attributes (its nonce) while constructed.
    if (!this.#box.isConnected) {
      applyStyles(this.#root, this.nonce || this.getAttribute('nonce') || '');
      this.#root.append(this.#box);
    }
    void this.#build();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    // Before the first connection (an upgrade reports every attribute) connectedCallback builds once for all.
    if (this.#box.isConnected && before !== after) void this.#build();
  }

  /** The `api` attribute (an http(s) URL, absolute or relative to the page), else the origin this script came from. */
  get api(): string {
    const given = this.getAttribute('api');
    if (given) {
      try {
        const url = new URL(given, document.baseURI);
        if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
      } catch {
        // Not a URL: the script's own origin serves.
      }
    }
    return new URL(import.meta.url).origin;
  }

  /** `lang` on the element or its nearest ancestor, else the browser's language. */
  get #lang(): string {
    return this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  async #build(): Promise<void> {
    const generation = ++this.#generation;
    const org = this.getAttribute('org');
    this.#box.setAttribute('aria-busy', 'true');
    let setup: Setup;
    try {
      setup = await loadSetup(this.api, this.#lang, org);
    } catch (error) {
      if (generation !== this.#generation) return;
      const message = error instanceof SetupError ? error.message : String(error);
      this.#box.replaceChildren(el('p', { part: 'problem', class: 'problem', role: 'alert' }, message));
      this.#box.removeAttribute('aria-busy');
      return;
    }
    if (generation !== this.#generation) return;
    this.#show(setup, org);
  }

  #show(setup: Setup, org: string | null): void {
    const t = textOf(setup);
    const input = el('input', { part: 'input', id: 'verify-input', name: 'q', type: 'text', maxlength: String(MAX_INPUT), autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', dir: 'auto' });
    const button = el('button', { part: 'button', type: 'submit' }, t('form.submit'));
    const label = setup.organization ? t('widget.labelOrg', { org: setup.organization.name }) : t('form.label');
    const form = el('form', { part: 'form' }, el('label', { part: 'label', for: 'verify-input' }, label), el('div', { class: 'row' }, input, button));
    // Present before any answer, so screen readers announce what is put in it later.
    const status = el('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    const result = el('div', { class: 'result' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#check(t, org, { form, input, button, status, result });
    });
    this.#box.lang = setup.lang;
    this.#box.dir = setup.dir;
    this.#box.replaceChildren(form, status, result);
    this.#box.removeAttribute('aria-busy');
  }

  async #check(t: Text, org: string | null, ui: { form: HTMLFormElement; input: HTMLInputElement; button: HTMLButtonElement; status: HTMLElement; result: HTMLElement }): Promise<void> {
    // The button stays enabled while checking: disabling it would drop the keyboard focus on it.
    if (this.#busy) return;
    this.#busy = true;
    const q = ui.input.value.slice(0, MAX_INPUT);
    ui.form.setAttribute('aria-busy', 'true');
    ui.button.textContent = t('form.checking');
    ui.status.textContent = '';
    try {
      const url = new URL('/api/v1/check', this.api);
      url.searchParams.set('q', q);
      if (org) url.searchParams.set('org', org);
      const response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
      const body = await response.json();
      const answer: Answer = response.ok ? body : { input: q, verdict: 'invalid', error: body.error };
      const link = response.ok ? this.#fullAnswerLink(q, t.lang) : undefined;
      ui.result.replaceChildren(answerView(t, answer, { compact: this.hasAttribute('compact'), link, retryAfter: response.headers.get('Retry-After') ?? undefined }));
      ui.status.textContent = `${t(`verdict.${answer.verdict}`)}. ${summaryOf(t, answer, response.headers.get('Retry-After') ?? undefined)}`;
      this.dispatchEvent(new CustomEvent('verify-result', { detail: answer, bubbles: true, composed: true }));
    } catch {
      // Verify could not be reached, or did not answer JSON: the person can try again.
      ui.result.replaceChildren(el('p', { part: 'problem', class: 'problem' }, t('form.networkError')));
      ui.status.textContent = t('form.networkError');
    } finally {
      this.#busy = false;
      ui.form.removeAttribute('aria-busy');
      ui.button.textContent = t('form.submit');
    }
  }

  /** The check page's answer to the same input, on the Verify server the widget asks. */
  #fullAnswerLink(q: string, lang: string): string {
    const url = new URL('/', this.api);
    url.searchParams.set('lang', lang);
    url.searchParams.set('q', q);
    return url.href;
  }
}
