/** @module Public suffixes only governments, universities and their like may register under: no phisher chooses a name there. */

/**
 * Suffix labels reserved for public bodies and academia, as a TLD of their own (gov, edu, mil, int) or
 * as the second level of a country's domain (gov.uk, gouv.fr, gob.mx, go.jp, gv.at, ac.uk, ac.jp,
 * edu.au, mil.br): registries hand out names there only to the bodies they name, so a name that
 * resembles a brand ("tresor.economie.gouv.fr", France's treasury; "kaken.nii.ac.jp", a research
 * database) is the body's own word, not a lookalike. Pages phishers plant on a hacked site of one sit
 * in its paths, which this check does not read.
 */
const RESERVED_LABELS = new Set(['gov', 'govt', 'gouv', 'gob', 'go', 'gv', 'edu', 'ac', 'mil', 'int']);
/** The same as TLDs of their own ("ac" alone is Ascension Island's, "go" no TLD). */
const RESERVED_TLDS = new Set(['gov', 'edu', 'mil', 'int']);

/** Whether names under this public suffix ("gov.uk", "edu", "ac.jp") are given only to public bodies or academia. */
export function isRestrictedSuffix(suffix: string): boolean {
  // Asked of every domain checked: no split, and most suffixes ("com") are one label.
  const dot = suffix.lastIndexOf('.');
  if (dot < 0) return RESERVED_TLDS.has(suffix);
  // A country's second level ("gouv.fr", "ac.jp"), not a name under a TLD ("go.com"), also under a
  // state's or province's label ("wa.gov.au").
  return suffix.length - dot === 3 && RESERVED_LABELS.has(suffix.slice(suffix.lastIndexOf('.', dot - 1) + 1, dot));
}
