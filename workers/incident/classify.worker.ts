import type { JSONSchemaType } from 'ajv';
import type { IncidentAnalysisRepository } from '../../db/repositories/incident-analysis.repository.ts';
import {
  chooseAssignmentGroup,
  classifyPriority,
  functionalLevelOf,
  IncidentConfigError,
  INCIDENT_TYPES,
  type IncidentType,
} from '../../lib/incident/classification.ts';
import { transitionProblem } from '../../lib/incident/closure.ts';
import { assessAtTriage, parseMajorIncidentCriteria } from '../../lib/incident/major.ts';
import { parseSecurityFloor } from '../../lib/incident/settings.ts';
import { DEFAULT_MAJOR_INCIDENT_CRITERIA } from '../../lib/sla/major-incident.ts';
import { isLevel, isPriority, type Priority } from '../../lib/sla/priority.ts';
import { defineWorker } from '../lib/define-worker.ts';
import { IncidentError } from '../../lib/errors.ts';
import {
  notifyCustomer,
  requireIncident,
  settingOf,
  type IncidentWorkerPorts,
  type ReferenceDataPort,
} from './ports.ts';
import { priorityMatrixOf } from './record.worker.ts';

export interface ClassifyInput {
  recordId: string;
  category: string;
  type: IncidentType;
  impact: number;
  urgency: number;
  serviceId?: string;
  ciIds?: string[];
  knownErrorId?: string;
  isSecurity: boolean;
  firstLineResolvable: boolean;
  assignmentGroup?: string;
  customerUpdate?: string;
}

export type ClassifyOutput = {
  priority: Priority;
  isMajor: boolean;
  majorCriteria: string[];
  assignmentGroup: string;
  assignee: string;
  functionalLevel: string;
};

const input: JSONSchemaType<ClassifyInput> = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    category: { type: 'string', minLength: 1, maxLength: 200 },
    type: { type: 'string', enum: [...INCIDENT_TYPES] },
    impact: { type: 'integer', minimum: 1, maximum: 3 },
    urgency: { type: 'integer', minimum: 1, maximum: 3 },
    serviceId: { type: 'string', nullable: true, format: 'uuid' },
    ciIds: { type: 'array', nullable: true, items: { type: 'string', minLength: 1 } },
    knownErrorId: { type: 'string', nullable: true, maxLength: 100 },
    isSecurity: { type: 'boolean', default: false },
    firstLineResolvable: { type: 'boolean', default: false },
    assignmentGroup: { type: 'string', nullable: true, maxLength: 200 },
    customerUpdate: { type: 'string', nullable: true, maxLength: 20000 },
  },
  required: ['recordId', 'category', 'type', 'impact', 'urgency'],
  additionalProperties: true,
};

const output: JSONSchemaType<ClassifyOutput> = {
  type: 'object',
  properties: {
    priority: { type: 'string', enum: ['P1', 'P2', 'P3', 'P4'] },
    isMajor: { type: 'boolean' },
    majorCriteria: { type: 'array', items: { type: 'string' } },
    assignmentGroup: { type: 'string', minLength: 1 },
    assignee: { type: 'string' },
    functionalLevel: { type: 'string', enum: ['L1', 'L2', 'L3'] },
  },
  required: [
    'priority',
    'isMajor',
    'majorCriteria',
    'assignmentGroup',
    'assignee',
    'functionalLevel',
  ],
  additionalProperties: false,
};

/**
 * `Task_Classify`: applies the triage form — priority (matrix, security floor, kept
 * override), the major-incident definition, routing and functional level, CIs — and sends
 * the customer update.
 */
export function createClassifyWorker(
  deps: IncidentWorkerPorts & {
    analysis: IncidentAnalysisRepository;
    referenceData: ReferenceDataPort;
  },
) {
  return defineWorker<ClassifyInput, ClassifyOutput>({
    type: 'itsm:incident.classify:1',
    description: 'Classify a triaged incident: priority, major assessment, routing, CIs',
    input,
    output,
    async handle(i, ctx) {
      const at = deps.clock.now();
      const current = await requireIncident(deps.incidents, i.recordId);
      const problem = transitionProblem('classify', current.status);
      if (problem) throw new IncidentError(`${current.number}: ${problem}`);
      if (!isLevel(i.impact) || !isLevel(i.urgency)) throw new IncidentError('impact or urgency');
      const serviceId = i.serviceId ?? current.serviceId;

      const ciIds = i.ciIds ?? current.ciIds;
      const cis = await deps.incidents.configurationItems(ciIds);
      const unknownCis = ciIds.filter((x) => !cis.some((c) => c.id === x || c.number === x));

      const priority = classifyPriority({
        matrix: await priorityMatrixOf(deps.referenceData),
        impact: i.impact,
        urgency: i.urgency,
        isSecurity: i.isSecurity,
        current: isPriority(current.priority) ? current.priority : null,
        overridden: await deps.analysis.hasPriorityOverride(current.id),
        securityFloor: await settingOf(
          deps.referenceData,
          'security-priority-floor',
          parseSecurityFloor,
        ),
      });

      const customer = current.customerId
        ? await deps.referenceData.customer(current.customerId)
        : undefined;
      const service = serviceId ? await deps.referenceData.service(serviceId) : undefined;
      let criteria;
      try {
        criteria =
          parseMajorIncidentCriteria(
            customer?.majorIncidentCriteria,
            `customer ${current.customerId} major-incident criteria`,
          ) ??
          parseMajorIncidentCriteria(
            await deps.referenceData.getSetting('major-incident-criteria'),
            'setting major-incident-criteria',
          ) ??
          DEFAULT_MAJOR_INCIDENT_CRITERIA;
      } catch (err) {
        if (err instanceof IncidentConfigError) throw new IncidentError(err.message);
        throw err;
      }
      const major = assessAtTriage(criteria, {
        priority,
        type: i.type,
        hasCustomer: current.customerId !== null,
        serviceCritical: service?.critical ?? false,
      });

      // `assignmentGroup` is also the process variable the record started with (the service
      // desk): only a different group is a choice the triage made.
      const requestedGroup =
        i.assignmentGroup && i.assignmentGroup !== current.assignmentGroup
          ? i.assignmentGroup
          : undefined;
      const routed =
        i.firstLineResolvable || requestedGroup
          ? undefined
          : await deps.referenceData.routeFor({
              categoryCode: i.category,
              serviceId: serviceId ?? null,
              ciType: cis[0]?.type ?? null,
            });
      const group = chooseAssignmentGroup({
        firstLineResolvable: i.firstLineResolvable,
        requested: requestedGroup,
        routed,
      });
      const groupData = await deps.referenceData.group(group);
      const functionalLevel =
        functionalLevelOf(group, groupData?.functionalLevel) ??
        (group === current.assignmentGroup ? current.functionalLevel : 'L2');
      const assignee = group === current.assignmentGroup ? (current.assignee ?? '') : '';

      const result = await deps.incidents.transition(current.id, {
        key: `${ctx.jobKey}:classify`,
        actor: ctx.actor,
        at,
        action: 'classify',
        // Absolute values: a second run writes the same ones.
        once: false,
        activity: () => ({
          kind: 'status',
          text: `Classified ${priority}${major.major ? ', major' : ''}, assigned to ${group}`,
          data: {
            status: 'in_progress',
            priority,
            isMajor: major.major,
            majorCriteria: major.matched,
            assignmentGroup: group,
            unknownCis,
          },
        }),
        apply: async (row, w) => {
          await w.update({
            category: i.category,
            type: i.type,
            impact: i.impact,
            urgency: i.urgency,
            service_id: serviceId,
            known_error_id: i.knownErrorId?.trim() || row.knownErrorId,
            is_security: i.isSecurity,
            status: 'in_progress',
            priority,
            is_major: row.isMajor || major.major,
            assignment_group: group,
            functional_level: functionalLevel,
            assignee: assignee === '' ? null : assignee,
            responded_at: row.respondedAt ?? at,
          });
          await w.setCis(cis.map((c) => c.id));
        },
      });
      if (!result) throw new IncidentError(`incident ${i.recordId} does not exist`);

      const update = i.customerUpdate?.trim();
      if (update) {
        await deps.incidents.transition(current.id, {
          key: `${ctx.jobKey}:customer-update`,
          actor: ctx.actor,
          at,
          action: 'customer-update',
          activity: () => ({ kind: 'customer_update', text: update, customerVisible: true }),
          apply: async () => undefined,
        });
        await notifyCustomer(deps.notifier, result.row, {
          template: 'incident.customer-update',
          data: { text: update, status: result.row.status, priority },
          idempotencyKey: `${ctx.jobKey}:customer-update`,
          at,
        });
      }
      return {
        priority,
        isMajor: major.major,
        majorCriteria: [...major.matched],
        assignmentGroup: group,
        assignee,
        functionalLevel,
      };
    },
  });
}
