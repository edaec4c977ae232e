/** @module The platforms as a person looks for them in a list: by name, in alphabetical order. */
import { platformName } from '../core/input/social/index.ts';
import { PLATFORMS } from '../core/types.ts';

export const PLATFORM_OPTIONS = [...PLATFORMS].map((code) => ({ code, name: platformName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
