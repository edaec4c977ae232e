/** @module Admin roles and what each may do: cumulative, publisher ⊇ editor ⊇ viewer. */

export const ADMIN_ROLES = ['viewer', 'editor', 'publisher'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Whether a token of role `held` may do what needs `needed`. */
export const roleAllows = (held: AdminRole, needed: AdminRole): boolean => ADMIN_ROLES.indexOf(held) >= ADMIN_ROLES.indexOf(needed);

/** Who did an admin action, as the audit log records it: a token, or the CLI on the database's host. */
export interface AdminActor {
  /** The token's id; null for the CLI. */
  id: string | null;
  name: string;
  role: AdminRole;
}

export const CLI_ACTOR: AdminActor = { id: null, name: 'cli', role: 'publisher' };
