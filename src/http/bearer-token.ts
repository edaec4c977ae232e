/** @module Reading `Authorization: Bearer TOKEN`, for admin tokens and partner keys alike. */

/** The token of a Bearer Authorization header, or null when the header is absent or of another scheme. */
export const bearerToken = (authorization: string | undefined): string | null =>
  /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;
