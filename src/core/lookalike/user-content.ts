/** @module Pages anyone can publish on a company's own host: being on its domain says nothing of who made them. */
import type { DomainContact } from '../types.ts';

/**
 * Hosts where every page past the home page is a user's (a site, form, document, file, app or
 * extension listing), by the product's name, as each product documents its addresses: Google Sites,
 * Docs and Forms, Drive, Apps Script, Cloud and Firebase Storage, Groups, the Chrome Web Store, Google
 * Play, OneDrive, Microsoft Forms, the App Store, Firefox Add-ons. Phishers put pages there because the
 * address is the company's.
 */
const USER_CONTENT_HOSTS = new Map([
  ['sites.google.com', 'Google Sites'],
  ['docs.google.com', 'Google Docs'],
  ['forms.gle', 'Google Forms'],
  ['drive.google.com', 'Google Drive'],
  ['script.google.com', 'Google Apps Script'],
  ['storage.googleapis.com', 'Google Cloud Storage'],
  ['firebasestorage.googleapis.com', 'Firebase Storage'],
  ['groups.google.com', 'Google Groups'],
  ['chromewebstore.google.com', 'the Chrome Web Store'],
  ['chrome.google.com', 'the Chrome Web Store'],
  ['play.google.com', 'Google Play'],
  ['onedrive.live.com', 'OneDrive'],
  ['1drv.ms', 'OneDrive'],
  ['forms.office.com', 'Microsoft Forms'],
  ['forms.microsoft.com', 'Microsoft Forms'],
  ['apps.apple.com', 'the App Store'],
  ['addons.mozilla.org', 'Firefox Add-ons'],
]);

/** Parents whose every subdomain is a customer's own (contoso.sharepoint.com): any page there is theirs. */
const CUSTOMER_SUBDOMAINS = new Map([['sharepoint.com', 'SharePoint']]);

/** A page anyone published: the product it was published with, and that product's host. */
export interface UserContentPage {
  product: string;
  host: string;
}

/** Where a link's page was published by anyone; null for a site's own pages. */
export function userContentPage(contact: DomainContact): UserContentPage | null {
  if (contact.path === undefined) return null;
  const product = USER_CONTENT_HOSTS.get(contact.value);
  if (product) return { product, host: contact.value };
  const parent = contact.value.slice(contact.value.indexOf('.') + 1);
  const customers = CUSTOMER_SUBDOMAINS.get(parent);
  return customers && contact.value !== parent ? { product: customers, host: parent } : null;
}
