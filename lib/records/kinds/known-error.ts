/**
 * Known errors (processes.md §3 step 8): a problem's root cause or workaround, published at
 * once to incident and request handling. Created by `problem-management`; no process of its own.
 */
import type { RecordKind } from '../kind.ts';
import { PROBLEM_READERS } from './problem.ts';

const level = (en: string, zh: string) => ({ en, 'zh-CN': zh });

export const knownErrorKind = {
  type: 'known-error',
  prefix: 'KE',
  table: 'known_errors',
  labels: { singular: level('Known error', '已知错误'), plural: level('Known errors', '已知错误') },
  processIds: [],
  fields: {
    title: {
      type: 'string',
      labels: level('Title', '标题'),
      minLength: 1,
      maxLength: 200,
      column: true,
    },
    problemNumber: {
      type: 'string',
      labels: level('Problem', '问题'),
      refersTo: 'problem',
      column: true,
    },
    symptom: { type: 'string', labels: level('Symptom', '症状'), maxLength: 10_000 },
    rootCause: { type: 'string', labels: level('Root cause', '根本原因'), maxLength: 10_000 },
    workaround: { type: 'string', labels: level('Workaround', '临时解决方案'), maxLength: 10_000 },
    category: { type: 'string', labels: level('Category', '分类'), column: true },
    ciId: {
      type: 'string',
      format: 'uuid',
      labels: level('Configuration item', '配置项'),
      column: true,
    },
    affectedCiIds: {
      type: 'array',
      items: { type: 'string', format: 'uuid' },
      maxItems: 100,
      labels: level('Affected configuration items', '受影响的配置项'),
    },
    publishedAt: {
      type: 'string',
      format: 'date-time',
      labels: level('Published at', '发布时间'),
      column: true,
    },
  },
  create: {
    fields: ['title', 'problemNumber', 'symptom', 'rootCause', 'workaround', 'category', 'ciId'],
    required: ['title', 'symptom'],
    roles: ['problem-manager'],
  },
  statuses: {
    initial: 'active',
    labels: {
      active: level('Active', '有效'),
      resolved: level('Resolved', '已解决'),
      retired: level('Retired', '已废止'),
    },
    final: ['retired'],
    transitions: { active: ['resolved', 'retired'], resolved: ['retired', 'active'] },
  },
  read: { roles: PROBLEM_READERS, scopes: ['staff'] },
  commands: {
    retire: {
      labels: level('Retire', '废止'),
      roles: ['problem-manager'],
      from: ['active', 'resolved'],
      to: 'retired',
      fields: ['comment'],
      required: ['comment'],
    },
  },
  list: {
    columns: ['number', 'title', 'status', 'problemNumber', 'category', 'publishedAt'],
    filters: ['status', 'category', 'ciId', 'problemNumber'],
  },
} as const satisfies RecordKind;
