import type { Knex } from 'knex';

/** A group of the provider and the roles its members get. */
export interface GroupRoles {
  group: string;
  roles: string[];
}

/** A sign-in under way, as the callback needs it. */
export interface PendingSignIn {
  bindingHash: string;
  codeVerifier: string | null;
  nonce: string | null;
  userId: string | null;
  expiresAt: Date;
}

/**
 * OpenID Connect sign-in: provider identities of users, the group → role mapping the admin
 * edits, and the sign-ins under way (secrets of a sign-in are stored as hashes where only
 * a comparison is needed: the state and the browser binding).
 */
export function createOidcRepository(db: Knex | Knex.Transaction) {
  return {
    /** The user id linked to a provider identity, if any. */
    async userOfIdentity(issuer: string, subject: string): Promise<string | undefined> {
      const row: { user_id: string } | undefined = await db('user_identities')
        .where({ issuer, subject })
        .first('user_id');
      return row?.user_id;
    },
    /** Links a provider identity to a user; false when it is already linked (to anyone). */
    async link(l: {
      userId: string;
      issuer: string;
      subject: string;
      linkedBy: string;
      at: Date;
    }): Promise<boolean> {
      const rows = await db('user_identities')
        .insert({
          user_id: l.userId,
          issuer: l.issuer,
          subject: l.subject,
          linked_by: l.linkedBy,
          created_at: l.at,
        })
        .onConflict(['issuer', 'subject'])
        .ignore()
        .returning('user_id');
      return rows.length > 0;
    },
    /** The identities linked to a user. */
    async identitiesOf(userId: string): Promise<{ issuer: string; subject: string }[]> {
      return db('user_identities')
        .where({ user_id: userId })
        .orderBy(['issuer', 'subject'])
        .select('issuer', 'subject');
    },
    /** The mapping table, one entry per group, sorted. */
    async groupRoles(): Promise<GroupRoles[]> {
      const rows: { group_name: string; role: string }[] = await db('oidc_group_roles')
        .orderBy(['group_name', 'role'])
        .select('group_name', 'role');
      const byGroup = new Map<string, string[]>();
      for (const r of rows)
        byGroup.set(r.group_name, [...(byGroup.get(r.group_name) ?? []), r.role]);
      return [...byGroup].map(([group, roles]) => ({ group, roles }));
    },
    /** Replaces the whole mapping table. */
    async replaceGroupRoles(items: readonly GroupRoles[]): Promise<void> {
      await db('oidc_group_roles').delete();
      const rows = items.flatMap((i) => i.roles.map((role) => ({ group_name: i.group, role })));
      if (rows.length) await db('oidc_group_roles').insert(rows).onConflict().ignore();
    },
    /** The codes of the assignment groups (roles that are queues), for checking the table. */
    async assignmentGroupCodes(): Promise<string[]> {
      const rows: { code: string }[] = await db('assignment_groups').select('code');
      return rows.map((r) => r.code);
    },
    /** Records a sign-in just sent to the provider. */
    async savePending(p: {
      stateHash: string;
      bindingHash: string;
      codeVerifier: string;
      nonce: string;
      expiresAt: Date;
    }): Promise<void> {
      await db('oidc_sign_ins').insert({
        state_hash: p.stateHash,
        binding_hash: p.bindingHash,
        code_verifier: p.codeVerifier,
        nonce: p.nonce,
        expires_at: p.expiresAt,
      });
    },
    /**
     * Takes (and deletes) the sign-in of a state for the callback: a state is used once.
     */
    async takePending(stateHash: string): Promise<PendingSignIn | undefined> {
      const rows: {
        binding_hash: string;
        code_verifier: string | null;
        nonce: string | null;
        user_id: string | null;
        expires_at: Date | string;
      }[] = await db('oidc_sign_ins')
        .where({ state_hash: stateHash })
        .whereNull('user_id')
        .delete()
        .returning(['binding_hash', 'code_verifier', 'nonce', 'user_id', 'expires_at']);
      const row = rows[0];
      return (
        row && {
          bindingHash: row.binding_hash,
          codeVerifier: row.code_verifier,
          nonce: row.nonce,
          userId: row.user_id,
          expiresAt: new Date(row.expires_at),
        }
      );
    },
    /** Records that a browser's sign-in was accepted for a user, until `expiresAt`. */
    async saveAccepted(a: {
      stateHash: string;
      bindingHash: string;
      userId: string;
      expiresAt: Date;
    }): Promise<void> {
      await db('oidc_sign_ins').insert({
        state_hash: a.stateHash,
        binding_hash: a.bindingHash,
        user_id: a.userId,
        expires_at: a.expiresAt,
      });
    },
    /** Takes (and deletes) the accepted sign-in of a browser binding, if it has one. */
    async takeAccepted(bindingHash: string, now: Date): Promise<{ userId: string } | undefined> {
      const rows: { user_id: string }[] = await db('oidc_sign_ins')
        .where({ binding_hash: bindingHash })
        .whereNotNull('user_id')
        .where('expires_at', '>', now)
        .delete()
        .returning('user_id');
      return rows[0] ? { userId: rows[0].user_id } : undefined;
    },
    /** Deletes sign-ins past their time. */
    async deleteExpired(now: Date): Promise<number> {
      return db('oidc_sign_ins').where('expires_at', '<', now).delete();
    },
  };
}
export type OidcRepository = ReturnType<typeof createOidcRepository>;
