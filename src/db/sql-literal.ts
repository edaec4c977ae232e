/** @module SQL literals for the statements the CLI prints for databases it cannot open (a deployed D1). */

/** A value as an SQLite literal: NULL, a number as written, or a string in single quotes with quotes doubled. */
export const sqlLiteral = (value: string | number | null): string =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;
