import type { Knex } from 'knex';

/** Who a notification row is addressed to. */
export type NotificationRecipientType = 'user' | 'group' | 'role' | 'email';

/** An in-app (or other channel) notification to a user, group or role. */
export interface NotificationInput {
  idempotencyKey: string;
  channel: 'in-app' | 'email';
  recipientType: NotificationRecipientType;
  recipient: string;
  template: string;
  recordNumber?: string;
  data?: Record<string, unknown>;
  at: Date;
}

/** An e-mail about to be sent: the row that makes its delivery happen at most once. */
export interface EmailDeliveryInput extends Omit<NotificationInput, 'channel'> {
  address: string;
}

/** Delivery outcome of one e-mail row. */
export type EmailOutcome = { status: 'sent' } | { status: 'failed' | 'rejected'; error: string };

/** A user as the notifier needs them: where mail goes. */
export interface NotifiableUser {
  username: string;
  email: string | null;
  active: boolean;
}

/**
 * How long a row stays `sending` before another attempt may take it over (a crashed sender).
 * Longer than one SMTP attempt can last (domain/smtp.ts: 10 s to connect, 10 s for the
 * greeting, 30 s per socket wait), so a live attempt is never doubled; a mail the crashed
 * attempt did hand over goes out again with the same Message-ID.
 */
export const EMAIL_CLAIM_LEASE_MS = 2 * 60_000;

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

    /**
     * Records an e-mail (status `pending`) unless it exists, then takes it for sending:
     * `claimed` when this caller may send it now; `done` when it was sent (or refused for
     * good); `busy` while another attempt holds it and its lease has not run out.
     */
    async claimEmail(e: EmailDeliveryInput): Promise<'claimed' | 'done' | 'busy'> {
      await db('notifications')
        .insert({
          idempotency_key: e.idempotencyKey,
          channel: 'email',
          recipient_type: e.recipientType,
          recipient: e.recipient,
          address: e.address,
          status: 'pending',
          template: e.template,
          record_number: e.recordNumber ?? null,
          data: JSON.stringify(e.data ?? {}),
          created_at: e.at,
        })
        .onConflict('idempotency_key')
        .ignore();
      const leaseEnd = new Date(e.at.getTime() - EMAIL_CLAIM_LEASE_MS);
      const taken = await db('notifications')
        .where({ idempotency_key: e.idempotencyKey, channel: 'email' })
        .where((w) =>
          w
            .whereIn('status', ['pending', 'failed'])
            .orWhere((s) => s.where('status', 'sending').where('claimed_at', '<', leaseEnd)),
        )
        .update({ status: 'sending', claimed_at: e.at, attempts: db.raw('attempts + 1') })
        .returning('id');
      if (taken.length > 0) return 'claimed';
      const row: { status: string } | undefined = await db('notifications')
        .where({ idempotency_key: e.idempotencyKey, channel: 'email' })
        .first('status');
      return row?.status === 'sent' || row?.status === 'rejected' ? 'done' : 'busy';
    },

    /** Stores how sending an e-mail row ended. */
    async finishEmail(idempotencyKey: string, outcome: EmailOutcome, at: Date): Promise<void> {
      await db('notifications')
        .where({ idempotency_key: idempotencyKey, channel: 'email' })
        .update(
          outcome.status === 'sent'
            ? { status: 'sent', sent_at: at, last_error: null }
            : { status: outcome.status, last_error: outcome.error.slice(0, 1000) },
        );
    },

    /** The users of these usernames (unknown names are left out). */
    async usersByUsername(usernames: readonly string[]): Promise<NotifiableUser[]> {
      if (usernames.length === 0) return [];
      return db('users')
        .whereIn('username', [...usernames])
        .select('username', 'email', 'active');
    },

    /** Active contact users of a customer: users linked to it that hold `customer-contact`. */
    async customerContacts(customerId: string): Promise<NotifiableUser[]> {
      return db('users')
        .join('user_roles', 'users.id', 'user_roles.user_id')
        .where({ 'users.customer_id': customerId, 'user_roles.role': 'customer-contact' })
        .where('users.active', true)
        .orderBy('users.username')
        .select('users.username', 'users.email', 'users.active');
    },

    /** The customer's own contact address (customers.contact_email), if any. */
    async customerContactEmail(customerId: string): Promise<string | undefined> {
      const row: { contact_email: string | null } | undefined = await db('customers')
        .where({ id: customerId })
        .first('contact_email');
      return row?.contact_email ?? undefined;
    },

    /** In-app notifications addressed to a user directly or to any of their groups. */
    async forUser(username: string, groups: string[], limit = 50) {
      return db('notifications')
        .where({ channel: 'in-app' })
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
