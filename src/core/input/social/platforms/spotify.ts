/** @module Spotify: artist, show, user, playlist and album pages on open.spotify.com, and spotify: URIs. */
import type { Outcome } from '../../../types.ts';
import { nameRule, shown, toContact } from '../name-rule.ts';
import { splitPath } from '../path.ts';
import { invalid, notProfile, shortLink, social, type Found, type SocialRule, type UrlParts } from '../rule.ts';

// Catalogue IDs are 22 base62 characters and case-sensitive; user IDs are lower-case names or IDs.
const BASE62 = /^[A-Za-z0-9]{22}$/;
const USER = nameRule('A Spotify user ID', 'A-Za-z0-9._-', 1, 64, "letters, digits, '.', '-' and '_'");
const KINDS = new Set(['artist', 'show', 'playlist', 'album']);
// open.spotify.com/intl-de/artist/ID and /embed/artist/ID show the same page.
const PREFIX = /^(intl-[a-z]{2}(-[a-z]{2,4})?|embed)$/i;
const FORMS = 'artist/ID, show/ID, user/ID, playlist/ID or album/ID';

function path(segments: string[]): Outcome<Found> {
  let start = 0;
  while (start < 2 && PREFIX.test(segments[start] ?? '')) start += 1;
  const kind = (segments[start] ?? '').toLowerCase();
  const id = segments[start + 1] ?? '';
  if (kind === 'user' && id) return toContact('spotify', USER, id, (n) => `user/${n}`);
  if (KINDS.has(kind) && id) {
    if (!BASE62.test(id)) return invalid(`A Spotify ${kind} ID has 22 letters and digits; "${shown(id)}" does not.`);
    return social('spotify', `${kind}/${id}`);
  }
  return notProfile(
    'This Spotify page is not an artist, show, user, playlist or album. A profile link looks like open.spotify.com/artist/ID.',
  );
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base !== 'spotify.com') return shortLink(parts.base, 'open.spotify.com address');
  return parts.sub === 'open' || parts.sub === 'play' ? path(parts.segments) : null;
}

export const spotify: SocialRule = {
  platform: 'spotify',
  name: 'Spotify',
  hosts: ['spotify.com', 'spotify.link', 'spoti.fi'],
  schemes: ['spotify:'],
  fromUrl,
  fromPath: path,
  // A bare ID does not say what it is: the same ID could be an artist or a playlist.
  fromName: (token) => invalid(`"${shown(token)}" does not say what it is on Spotify: write ${FORMS}.`),
  // spotify:artist:ID puts everything after the scheme in the path, separated by colons.
  fromScheme: (url) => path(splitPath(url.pathname, ':')),
};
