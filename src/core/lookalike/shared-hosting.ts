/** @module Domains where anyone can publish a site under a name of their choosing: a lookalike there costs nothing. */
import { getPublicSuffix } from 'tldts';
import { memoize } from './memo.ts';

/**
 * Site builders whose free sites live at NAME.PLATFORM but which are not in the Public Suffix List's
 * private section: each one's default address for a customer's site, as the platform documents it
 * (GoDaddy Websites + Marketing, WordPress.com, Weebly and Square Online, Glitch, 000webhost, Jimdo,
 * Strikingly, Webnode, SITE123, Tilda; Daftpage, Zapier Interfaces, Adobe Portfolio, Mailchimp's and
 * HubSpot's free sites, Softr, Tiiny Host, Mobirise, Odoo; Webcindario's free hosting, STUDIO, Joomla's
 * free sites, Create's apps, Versoly, and InfinityFree's free subdomains; Brizy Cloud, Squarespace's
 * built-in addresses, W3Schools Spaces, Google's Business Profile sites, Glide, uKit, Weblium, Ucraft and
 * Site.pro; the temporary addresses of hosts' new sites: Hostinger, Bluehost, WordPress.com staging, cPanel,
 * Namecheap's EasyWP, SiteGround and Cloud Clusters; Serv00's free accounts and fortrabbit's apps; the
 * sites of Framer's AI builder, Wasmer Edge, Plasmic, Tencent EdgeOne Pages, Deno Deploy and Yola), Read
 * the Docs' former address, where its projects' documentation still lives at NAME.readthedocs.org, and
 * Fandom's wikis at NAME.fandom.com.
 */
const SITE_BUILDERS = new Set([
  'godaddysites.com', 'wordpress.com', 'weebly.com', 'weeblysite.com', 'glitch.me', '000webhostapp.com',
  'jimdosite.com', 'jimdofree.com', 'mystrikingly.com', 'webnode.page', 'site123.me', 'tilda.ws',
  'daftpage.com', 'zapier.app', 'myportfolio.com', 'mailchimpsites.com', 'hs-sites.com', 'softr.app',
  'tiiny.site', 'mobirisesite.com', 'odoo.com', 'readthedocs.org', 'fandom.com',
  'webcindario.com', 'studio.site', 'joomla.com', 'created.app', 'versoly.page',
  'epizy.com', 'rf.gd', '42web.io', 'infinityfreeapp.com', 'great-site.net', 'wuaze.com', 'free.nf', 'lovestoblog.com', 'kesug.com',
  'brizy.site', 'squarespace.com', 'w3spaces.com', 'business.site', 'glide.page', 'ukit.me', 'weblium.site', 'ucraft.site', 'site.pro',
  'hostingersite.com', 'mybluehost.me', 'wpcomstaging.com', 'cprapid.com', 'easywp.com', 'serv00.net', 'frb.io',
  'framer.ai', 'wasmer.app', 'plasmic.run', 'edgeone.dev', 'deno.net', 'yolasite.com', 'sg-host.com', 'cloudclusters.net',
]);

/**
 * The platform a host is published on, when anyone can get a name there: a suffix from the Public
 * Suffix List's private section, where the list's maintainers record domains whose subdomains belong
 * to different people (github.io, pages.dev, vercel.app, web.app, webflow.io, azurewebsites.net,
 * gitbook.io…), or one of the site builders above. Null for a domain of its own.
 * `registrable` counts private suffixes ("x.webflow.io"); `suffix` is what follows its first label.
 */
export function sharedPlatform(host: string, registrable: string, suffix: string): string | null {
  if (SITE_BUILDERS.has(registrable)) return host === registrable ? null : registrable;
  return isPrivateSuffix(suffix) ? suffix : null;
}

/** Whether a public suffix comes from the list's private section: few suffixes, asked about again and again. */
const isPrivateSuffix = memoize((suffix: string): boolean => getPublicSuffix(`x.${suffix}`) !== suffix, 1_024);

/**
 * Platforms that publish documentation of a subject, and nothing else: software projects' docs, built
 * from each project's repository (Read the Docs, and Read the Docs for Business), where a project's name
 * is what its code works with ("python-binance", "pyicloud", "instagram-private-api"), not who wrote it;
 * and fans' wikis (Fandom), named after the show, game or product they cover ("dark-netflix"). The fresh
 * samples hold 66 legitimate names on readthedocs.io and 5 on fandom.com, and no phishing on either.
 */
const DOCUMENTATION_HOSTS = new Set(['readthedocs.io', 'readthedocs-hosted.com', 'readthedocs.org', 'fandom.com']);

export const isDocumentationHost = (platform: string | null): boolean => platform !== null && DOCUMENTATION_HOSTS.has(platform);

/**
 * Platforms that publish the pages of code repositories, where an organization's own projects are named
 * after it ("google-gemini.github.io", "google-research.github.io"): a coined name beside another word
 * there is as often the organization's as anyone's (see `reportEmbedded`).
 */
const CODE_HOSTS = new Set(['github.io', 'gitlab.io']);

export const isCodeHost = (platform: string | null): boolean => platform !== null && CODE_HOSTS.has(platform);

/** Where a name on a platform anyone can publish on stands, as explanations tell it. */
export const publishedOn = (platform: string): string => `on ${platform}, where anyone can publish a site`;

/**
 * The tags platforms add to a project's name when another project already holds it: Cloudflare Pages'
 * three random letters and digits ("amazon-6pc.pages.dev"), Vercel a Greek letter's or a number's name
 * ("phantom-phi.vercel.app", "amazon-login-nine.vercel.app"). In the fresh samples 28 sites on pages.dev
 * are a brand's name with such a tag and none is honest: the name was wanted because it is the brand's.
 */
const TAKEN_NAME_TAGS = new Map<string, { shape: RegExp; random: boolean }>([
  ['pages.dev', { shape: /^[a-z0-9]{3}$/, random: true }],
  ['vercel.app', { shape: /^(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|one|two|three|four|five|six|seven|eight|nine|ten)$/, random: false }],
]);

/**
 * The tag ending a site's name on `platform` that the platform adds to a name already taken (see
 * `TAKEN_NAME_TAGS`), where the name is one word and the tag: "6pc" of "amazon-6pc.pages.dev". Null
 * elsewhere: a longer name is its own project's, whatever it ends with ("pancake-swap-eta"), and where
 * tags are random letters, a word (`isWord`) is the name's own second word ("ledger-dev").
 */
export function takenNameTag(host: string, platform: string, isWord: (word: string) => boolean): string | null {
  const tags = TAKEN_NAME_TAGS.get(platform);
  if (!tags || !host.endsWith(`.${platform}`)) return null;
  const site = host.slice(0, -platform.length - 1);
  const parts = site.slice(site.lastIndexOf('.') + 1).split('-');
  const tag = parts.length === 2 && parts[0]!.length > 0 ? parts[1]! : '';
  return tags.shape.test(tag) && !(tags.random && isWord(tag)) ? tag : null;
}
