import type { Knex } from 'knex';

/** An in-app (or other channel) notification to a user, group or role. */
export interface NotificationInput {
  idempotencyKey: string;
  channel: 'in-app' | 'email';
  recipientType: 'user' | 'group' | 'role';
  recipient: string;
  template: string;
  recordNumber?: string;
  data?: Record<string, unknown>;
  at: Date;
}

/** The `notifications` log; writes are idempotent by key, because a job can run twice. */
export function createNotificationRepository(db: Knex | Knex.Transaction) {
  return {
    /** Inserts unless a notification with the same key exists; true when inserted. */
    async add(n: NotificationInput): Promise<boolean> {
      const rows = await db('notifications')
        .insert({
          idempotency_key: n.idempotencyKey,
          channel: n.channel,
          recipient_type: n.recipientType,
          recipient: n.recipient,
          template: n.template,
          record_number: n.recordNumber ?? null,
          data: JSON.stringify(n.data ?? {}),
          created_at: n.at,
        })
        .onConflict('idempotency_key')
        .ignore()
        .returning('id');
      return rows.length > 0;
    },
    /** Notifications addressed to a user directly or to any of their groups. */
    async forUser(username: string, groups: string[], limit = 50) {
      return db('notifications')
        .where((q) => {
          q.where({ recipient_type: 'user', recipient: username });
          if (groups.length)
            q.orWhere((g) =>
              g.whereIn('recipient_type', ['group', 'role']).whereIn('recipient', groups),
            );
        })
        .orderBy('created_at', 'desc')
        .limit(limit);
    },
    async forRecord(recordNumber: string) {
      return db('notifications').where({ record_number: recordNumber }).orderBy('created_at');
    },
  };
}
export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
