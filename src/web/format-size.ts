/** @module Sizes in the reader's language ("5 MB", "5 МБ"), through Intl's units rather than a table of our own. */
import { MAX_MESSAGE_BYTES } from '../core/email/index.ts';

const MB = 1024 * 1024;

/** @example megabytes('ru', 5 * 1024 * 1024) is '5 МБ'. */
export function megabytes(lang: string, bytes: number): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / MB);
}

/** The email check's limit as the form and its errors state it. */
export const messageLimit = (lang: string): string => megabytes(lang, MAX_MESSAGE_BYTES);
