/**
 * Fields that several kinds declare alike, so their labels and values stay the same on every
 * record (the §0.6 priority).
 */
import type { FieldSpec } from '../kind.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** The §0.6 priority, P1 (critical) to P4 (low), a column for lists and filters. */
export const PRIORITY_FIELD = {
  type: 'string',
  labels: level('Priority', '优先级'),
  enum: ['P1', 'P2', 'P3', 'P4'],
  enumLabels: {
    P1: level('P1 critical', 'P1 紧急'),
    P2: level('P2 high', 'P2 高'),
    P3: level('P3 medium', 'P3 中'),
    P4: level('P4 low', 'P4 低'),
  },
  column: true,
} as const satisfies FieldSpec;
