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

/** Whether names under this public suffix ("gov.uk", "edu", "ac.jp") are given only to public bodies or academia. */
export function isRestrictedSuffix(suffix: string): boolean {
  const labels = suffix.split('.');
  // "gov", "edu": a TLD of its own; "gouv.fr", "ac.jp": a country's second level (not "go.com", a name).
  if (labels.length === 1) return labels[0] === 'gov' || labels[0] === 'edu' || labels[0] === 'mil' || labels[0] === 'int';
  return labels.length === 2 && labels[1]!.length === 2 && RESERVED_LABELS.has(labels[0]!);
}
