/** One record exported by the engine, as the projector reads it from `engine_records`. */
export interface EngineRecord {
  partitionId: number;
  position: number;
  /** int64 key as a string. */
  key: string;
  valueType: string;
  intent: string;
  /** Engine time of the record, epoch milliseconds. */
  timestamp: number;
  value: Record<string, unknown>;
}

/**
 * Parses `record::text` from Postgres. Engine keys are 64-bit and may exceed what a JS number
 * holds exactly, so every integer of 16 or more digits is read as a string.
 */
export function parseRecordJson(text: string): Record<string, unknown> {
  const safe = text.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"');
  const parsed: unknown = JSON.parse(safe);
  if (!parsed || typeof parsed !== 'object')
    throw new Error('An engine record is not a JSON object');
  return parsed as Record<string, unknown>;
}

/** Builds an EngineRecord from the exporter's JSON of a Zeebe record. */
export function toEngineRecord(json: Record<string, unknown>): EngineRecord {
  const value = json.value;
  return {
    partitionId: Number(json.partitionId),
    position: Number(json.position),
    key: String(json.key),
    valueType: String(json.valueType),
    intent: String(json.intent),
    timestamp: Number(json.timestamp),
    value: value && typeof value === 'object' ? (value as Record<string, unknown>) : {},
  };
}

/** A string field of a record value, or undefined when absent or empty. */
export function str(value: Record<string, unknown>, field: string): string | undefined {
  const v = value[field];
  if (v === undefined || v === null || v === '') return undefined;
  return String(v);
}

/** An engine key field (int64) as a string; undefined for absent or negative (-1 = none) keys. */
export function keyOf(value: Record<string, unknown>, field: string): string | undefined {
  const v = str(value, field);
  return v === undefined || v.startsWith('-') ? undefined : v;
}

/**
 * Parses an engine date-time such as `2026-11-23T23:46:13.194Z[Etc/UTC]` (Zeebe appends the
 * zone id) into a Date; undefined for empty or unparsable values.
 */
export function engineDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value.replace(/\[[^\]]*\]$/, ''));
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
