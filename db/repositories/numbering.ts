import type { Knex } from 'knex';

/** The time zone whose calendar year numbers records (§0.3). */
export const NUMBERING_TIME_ZONE = 'Asia/Shanghai';

/** The year of an instant in Asia/Shanghai: 2026-12-31T16:30Z is 2027 there. */
export function numberingYear(at: Date): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: NUMBERING_TIME_ZONE, year: 'numeric' }).format(at),
  );
}

/** `INC-2026-000123`: six digits, more after 999999, never wrapping. */
export function formatRecordNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Allocates the next number of a prefix and year. Call it inside the transaction that inserts
 * the record: the upsert holds the sequence row's lock until commit, so numbers are gap-free
 * (a rolled-back insert gives its number back) and never reused.
 */
export async function allocateRecordNumber(
  trx: Knex.Transaction,
  prefix: string,
  at: Date,
): Promise<string> {
  if (!/^[A-Z]{2,4}$/.test(prefix)) throw new Error(`Invalid record prefix ${prefix}`);
  const year = numberingYear(at);
  const [row] = await trx('record_sequences')
    .insert({ prefix, year, last_value: 1 })
    .onConflict(['prefix', 'year'])
    .merge({ last_value: trx.raw('record_sequences.last_value + 1') })
    .returning('last_value');
  return formatRecordNumber(prefix, year, Number(row.last_value));
}
