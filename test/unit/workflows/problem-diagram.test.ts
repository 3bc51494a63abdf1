import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../../../lib/paths.ts';
import { deriveFormSchema } from '../../../server/forms/form-schema.ts';
import { loadBpmn } from '../../../server/processes/bpmn-model.ts';
import { checkDiagram } from '../../../server/processes/validate-diagram.ts';

// Structural checks of workflows/problem-management.bpmn and its forms against processes.md §3.

const WORKFLOWS = path.join(projectRoot, 'workflows');

interface Ext {
  $type: string;
  [key: string]: unknown;
}

interface El {
  $type: string;
  id: string;
  name?: string;
  flowElements?: El[];
  extensionElements?: { values?: Ext[] };
  outgoing?: El[];
  targetRef?: El;
  default?: El;
  conditionExpression?: { body?: string };
  eventDefinitions?: (El & { messageRef?: El & { extensionElements?: { values?: Ext[] } } })[];
  attachedToRef?: El;
  cancelActivity?: boolean;
  isInterrupting?: boolean;
  triggeredByEvent?: boolean;
  timeDate?: { body?: string };
}

const xml = readFileSync(path.join(WORKFLOWS, 'problem-management.bpmn'), 'utf8');

async function elements(): Promise<Map<string, El>> {
  const { definitions } = await loadBpmn(xml);
  const process = (definitions as unknown as { rootElements: El[] }).rootElements.find(
    (e) => e.$type === 'bpmn:Process',
  )!;
  const byId = new Map<string, El>();
  const visit = (c: El) => {
    for (const e of c.flowElements ?? []) {
      byId.set(e.id, e);
      visit(e);
    }
  };
  visit(process);
  return byId;
}

const ext = (e: El, type: string) => e.extensionElements?.values?.find((v) => v.$type === type);
const jobType = (e: El) => ext(e, 'zeebe:TaskDefinition')?.type as string | undefined;
const zh = (e: El) =>
  (ext(e, 'zeebe:Properties')?.properties as { name: string; value: string }[] | undefined)?.find(
    (p) => p.name === 'label.zh-CN',
  )?.value;

describe('workflows/problem-management.bpmn (processes.md §3)', () => {
  it('has the element ids of §3 with their job types', async () => {
    const byId = await elements();
    const expected: Record<string, string | undefined> = {
      StartEvent_ProblemRequested: undefined,
      StartEvent_Manual: undefined,
      Task_RecordOrLink: 'itsm:problem.record:1',
      Gateway_Linked: undefined,
      EndEvent_Linked: undefined,
      UserTask_Classify: undefined,
      Task_StartRcaClock: 'itsm:sla.start-clock:1',
      SubProcess_Investigate: undefined,
      UserTask_Investigate: undefined,
      Task_StopRcaClock: 'itsm:sla.stop-clock:1',
      Gateway_KnownError: undefined,
      Task_PublishKnownError: 'itsm:problem.publish-known-error:1',
      Gateway_NeedsChange: undefined,
      Event_RequestChange: 'itsm:bus.publish:1',
      Event_AwaitChange: undefined,
      Gateway_ChangeOutcome: undefined,
      UserTask_Resolve: undefined,
      UserTask_PostResolution: undefined,
      Task_MarkResolved: 'itsm:problem.resolve:1',
      Event_EffectivenessWindow: undefined,
      Task_CheckEffectiveness: 'itsm:problem.check-effectiveness:1',
      Gateway_Effective: undefined,
      Task_Close: 'itsm:problem.close:1',
      UserTask_ReviewIneffective: undefined,
    };
    for (const [id, type] of Object.entries(expected)) {
      expect(byId.has(id), id).to.equal(true);
      if (type) expect(jobType(byId.get(id)!), id).to.equal(type);
    }
  });

  it('labels every element in English and Chinese, and every exclusive gateway has a default flow', async () => {
    for (const e of (await elements()).values()) {
      if (e.$type === 'bpmn:SequenceFlow') continue;
      expect(e.name, `${e.id} name`).to.be.a('string').and.not.equal('');
      expect(zh(e), `${e.id} label.zh-CN`).to.match(/[\u4e00-\u9fff]/);
      if (e.$type === 'bpmn:ExclusiveGateway' && (e.outgoing?.length ?? 0) > 1)
        expect(e.default?.id, `${e.id} default`).to.be.a('string');
    }
  });

  it('writes its conditions null-safe and waits on the change by the problem number', async () => {
    const byId = await elements();
    const condition = (id: string) => byId.get(id)!.conditionExpression?.body;
    expect(condition('Flow_Linked')).to.equal('=linkedToExisting = true');
    expect(condition('Flow_NeedsChange')).to.equal('=resolutionRequiresChange = true');
    expect(condition('Flow_Effective')).to.equal('=recurrences = 0');
    expect(condition('Flow_Reopen')).to.equal('=reopen = true');
    expect(byId.get('Gateway_ChangeOutcome')!.default!.targetRef!.id).to.equal(
      'Gateway_InvestigateMerge',
    );
    const await_ = byId.get('Event_AwaitChange')!.eventDefinitions![0]!.messageRef!;
    expect(await_.name).to.equal('Msg_ChangeClosed');
    expect(ext(await_, 'zeebe:Subscription')?.correlationKey).to.equal('=recordNumber');
    expect(byId.get('Event_EffectivenessWindow')!.eventDefinitions![0]!.timeDate?.body).to.equal(
      '=effectivenessCheckAt',
    );
  });

  it('watches the RCA clock on the investigation (pattern W) and escalates on request without interrupting', async () => {
    const byId = await elements();
    for (const level of ['75', '100']) {
      const boundary = byId.get(`Boundary_Rca${level}`)!;
      expect(boundary.attachedToRef!.id).to.equal('SubProcess_Investigate');
      expect(boundary.cancelActivity).to.equal(false);
      expect(boundary.eventDefinitions![0]!.timeDate?.body).to.equal(`=slaRca.at${level}`);
      expect(jobType(boundary.outgoing![0]!.targetRef!)).to.equal('itsm:sla.threshold-reached:1');
    }
    const start = byId.get('StartEvent_EscalationRequested')!;
    expect(start.isInterrupting).to.equal(false);
    expect(start.eventDefinitions![0]!.messageRef!.name).to.equal('Msg_EscalationRequested');
    const investigate = ext(byId.get('UserTask_Investigate')!, 'zeebe:AssignmentDefinition');
    expect(investigate?.candidateGroups).to.equal('=[ownerGroup]');
  });

  it('passes the deploy route checks, and every task form exists in both languages', async () => {
    const { facts } = await loadBpmn(xml);
    const check = await checkDiagram(xml, {
      expectedProcessId: 'problem-management',
      knownJobTypes: facts.serviceTasks.flatMap((t) => (t.jobType ? [t.jobType] : [])),
      knownFormIds: readdirSync(path.join(WORKFLOWS, 'forms')).map((f) => f.replace(/\.form$/, '')),
    });
    const describe = (list: { message: string }[]) => list.map((f) => f.message).join('\n');
    expect(check.errors, describe(check.errors)).to.deep.equal([]);
    expect(check.warnings, describe(check.warnings)).to.deep.equal([]);
    for (const suffix of [
      'Classify',
      'Investigate',
      'Resolve',
      'PostResolution',
      'ReviewIneffective',
    ]) {
      const form = JSON.parse(
        readFileSync(path.join(WORKFLOWS, 'forms', `problem-management.${suffix}.form`), 'utf8'),
      ) as { id: string; components: { label: string; properties: Record<string, string> }[] };
      expect(form.id).to.equal(`problem-management.${suffix}`);
      expect(xml).to.contain(`formId="problem-management.${suffix}"`);
      deriveFormSchema(form);
      for (const c of form.components) {
        expect(c.label, `${suffix} label`).to.be.a('string').and.not.equal('');
        expect(c.properties['label.zh-CN'], `${suffix} ${c.label}`).to.match(/[\u4e00-\u9fff]/);
      }
    }
  });
});
