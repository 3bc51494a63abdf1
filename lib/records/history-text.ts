/**
 * A record's history told as sentences in both languages, with people's display names and
 * the kind's labels: never internal codes, field names or job keys.
 */
import type { Labels, RecordKind } from './kind.ts';

/** A stored history entry (record_activities). */
export interface HistoryInput {
  action: string;
  actor: string;
  details: Record<string, unknown>;
}

/** Names of people by username; a worker's actor (a job type) reads as "the system". */
export type DisplayNames = (username: string) => string | undefined;

const SYSTEM: Labels = { en: 'The system', 'zh-CN': '系统' };

function actorLabels(actor: string, names: DisplayNames): Labels {
  if (actor.startsWith('itsm:') || actor.startsWith('job:')) return SYSTEM;
  const name = names(actor) ?? actor;
  return { en: name, 'zh-CN': name };
}

/** An approval decision as a verb. */
const DECISION_TEXT: Record<string, Labels> = {
  approve: { en: 'approved', 'zh-CN': '批准' },
  reject: { en: 'rejected', 'zh-CN': '驳回' },
  return: { en: 'returned for revision', 'zh-CN': '退回修改' },
};

const statusLabel = (kind: RecordKind, status: unknown): Labels =>
  kind.statuses.labels[String(status)] ?? { en: String(status), 'zh-CN': String(status) };

const ATTRIBUTES_LABEL: Labels = { en: 'Attributes', 'zh-CN': '属性' };

const fieldLabel = (kind: RecordKind, field: string): Labels =>
  kind.fields[field]?.labels ??
  (field === 'attributes' ? ATTRIBUTES_LABEL : { en: field, 'zh-CN': field });

/** One entry as a sentence in each language. */
export function historyText(kind: RecordKind, entry: HistoryInput, names: DisplayNames): Labels {
  const who = actorLabels(entry.actor, names);
  const d = entry.details;
  switch (entry.action) {
    case 'created':
      return {
        en: `${who.en} created ${kind.labels.singular.en.toLowerCase()} ${String(d.number ?? '')}`.trim(),
        'zh-CN':
          `${who['zh-CN']}创建了${kind.labels.singular['zh-CN']} ${String(d.number ?? '')}`.trim(),
      };
    case 'status': {
      const from = statusLabel(kind, d.from);
      const to = statusLabel(kind, d.to);
      return {
        en: `${who.en} changed the status from ${from.en} to ${to.en}`,
        'zh-CN': `${who['zh-CN']}将状态由“${from['zh-CN']}”改为“${to['zh-CN']}”`,
      };
    }
    case 'fields': {
      const fields = Object.keys((d.changed ?? {}) as Record<string, unknown>).map((f) =>
        fieldLabel(kind, f),
      );
      return {
        en: `${who.en} updated ${fields.map((f) => f.en).join(', ')}`,
        'zh-CN': `${who['zh-CN']}更新了${fields.map((f) => f['zh-CN']).join('、')}`,
      };
    }
    case 'linked':
      return {
        en: `${who.en} linked ${String(d.number ?? '')}`,
        'zh-CN': `${who['zh-CN']}关联了 ${String(d.number ?? '')}`,
      };
    case 'approval': {
      const a = (d.data ?? {}) as { step?: number; decision?: string; comment?: string | null };
      const verb = DECISION_TEXT[String(a.decision)] ?? {
        en: String(a.decision),
        'zh-CN': String(a.decision),
      };
      const comment = a.comment ? a.comment : '';
      return {
        en: `${who.en} ${verb.en} at approval step ${a.step ?? ''}${comment ? ` — ${comment}` : ''}`,
        'zh-CN': `${who['zh-CN']}在第 ${a.step ?? ''} 步审批中${verb['zh-CN']}${comment ? `——${comment}` : ''}`,
      };
    }
    default: {
      const command = kind.commands?.[entry.action];
      // A worker's entry carries its own sentence (`text`); a command is named by its labels.
      const told = typeof d.text === 'string' && d.text ? d.text : undefined;
      const what =
        command?.labels ??
        (told ? { en: told, 'zh-CN': told } : { en: entry.action, 'zh-CN': entry.action });
      const comment = typeof d.comment === 'string' && d.comment ? d.comment : '';
      return {
        en: `${who.en}: ${what.en}${comment ? ` — ${comment}` : ''}`,
        'zh-CN': `${who['zh-CN']}：${what['zh-CN']}${comment ? `——${comment}` : ''}`,
      };
    }
  }
}
