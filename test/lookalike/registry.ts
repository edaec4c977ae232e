/** @module The registries the lookalike tests imitate: the sample plus brands that are common words, short names and aliases; and the evaluation's 40 real brands. */
import { readFileSync } from 'node:fs';
import { SAMPLE_PATH } from '../support/context.ts';

const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));

export const LOOKALIKE_REGISTRY = {
  ...sample,
  organizations: [
    ...sample.organizations,
    { slug: 'ledger', name: 'Ledger', channels: [{ kind: 'domain', value: 'ledger.com' }, { kind: 'social', platform: 'x', value: 'Ledger' }] },
    {
      slug: 'metamask', name: 'MetaMask', channels: [{ kind: 'domain', value: 'metamask.io' }],
      legitimateLookalikes: [{ kind: 'domain', value: 'metamask-docs.example' }],
    },
    { slug: 'paypal', name: 'PayPal', channels: [{ kind: 'domain', value: 'paypal.com' }, { kind: 'email', value: '@paypal.com' }] },
    { slug: 'myetherwallet', name: 'MyEtherWallet', channels: [{ kind: 'domain', value: 'myetherwallet.com' }] },
    { slug: 'facebook', name: 'Facebook', channels: [{ kind: 'domain', value: 'facebook.com' }, { kind: 'domain', value: 'fb.com' }] },
    { slug: 'instagram', name: 'Instagram', aliases: ['ig', 'insta'], channels: [{ kind: 'domain', value: 'instagram.com' }] },
    { slug: 'whatsapp', name: 'WhatsApp', channels: [{ kind: 'domain', value: 'whatsapp.com' }] },
    { slug: 'apple', name: 'Apple', aliases: ['iforgot'], channels: [{ kind: 'domain', value: 'apple.com' }] },
    { slug: 'mexc', name: 'MEXC', channels: [{ kind: 'domain', value: 'mexc.com' }] },
    { slug: 'google', name: 'Google', channels: [{ kind: 'domain', value: 'google.com' }, { kind: 'domain', value: 'gmail.com' }] },
    { slug: 'pancakeswap', name: 'PancakeSwap', channels: [{ kind: 'domain', value: 'pancakeswap.finance' }] },
  ],
};

/** An organization of the evaluation's registry, as its file holds it. */
export interface EvalOrganization {
  slug: string;
  channels?: Array<{ kind: string; value: string }>;
}

/** The evaluation's registry (test/lookalike/eval/registry.json): 40 real brands, which the evaluation and the per-brand sweeps imitate. */
export const EVAL_REGISTRY: { organizations: EvalOrganization[] } = JSON.parse(readFileSync(new URL('./eval/registry.json', import.meta.url), 'utf8'));
