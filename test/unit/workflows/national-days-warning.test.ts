import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../lib/paths.ts';
import { systemClock } from '../../../lib/clock.ts';
import { loadBpmn } from '../../../server/processes/bpmn-model.ts';
import { checkDiagram } from '../../../server/processes/validate-diagram.ts';
import { createCheckNationalDaysWorker } from '../../../workers/calendar/check-national-days.worker.ts';

const FILE = path.join(projectRoot, 'workflows', 'national-days-warning.bpmn');
const xml = readFileSync(FILE, 'utf8');

/** The job types the diagram needs: the check worker's and the notification worker's. */
const JOB_TYPES = [
  createCheckNationalDaysWorker({ loadedNationalYears: async () => [], clock: systemClock }).type,
  'itsm:notify.send:1',
];

/** The parts of a moddle element this test reads. */
interface Element {
  $type: string;
  id: string;
  name?: string;
  default?: { id: string };
  conditionExpression?: { body: string };
  eventDefinitions?: { $type: string; timeCycle?: { body: string } }[];
  extensionElements?: {
    values: {
      $type: string;
      type?: string;
      properties?: { name: string; value: string }[];
      inputParameters?: { source: string; target: string }[];
    }[];
  };
}

async function processElements(): Promise<{ process: Element; elements: Map<string, Element> }> {
  const { definitions } = await loadBpmn(xml);
  const process = (
    definitions.rootElements as unknown as (Element & { flowElements: Element[] })[]
  ).find((e) => e.$type === 'bpmn:Process')!;
  return { process, elements: new Map(process.flowElements.map((e) => [e.id, e])) };
}

const extension = (e: Element, type: string) =>
  e.extensionElements?.values.find((v) => v.$type === type);

describe('workflows/national-days-warning.bpmn', () => {
  it('when checked as the deploy route checks it (bpmnlint + camunda-compat 8.5), has no error and no warning', async () => {
    // given / when
    const check = await checkDiagram(xml, {
      expectedProcessId: 'national-days-warning',
      knownJobTypes: JOB_TYPES,
      knownFormIds: [],
    });
    // then
    expect(check.errors, JSON.stringify(check.errors)).to.deep.equal([]);
    expect(check.warnings, JSON.stringify(check.warnings)).to.deep.equal([]);
    expect(check.facts?.processes).to.deep.include({
      id: 'national-days-warning',
      name: 'National days warning',
      isExecutable: true,
    });
  });

  it('when read, starts daily at 09:00 Shanghai time, checks, and notifies admins only when warn = true', async () => {
    // given
    const { elements } = await processElements();
    // when
    const start = elements.get('StartEvent_Daily')!;
    const gateway = elements.get('Gateway_Missing')!;
    const check = elements.get('Task_CheckNationalDays')!;
    const notify = elements.get('Task_NotifyAdmins')!;
    const missing = elements.get('Flow_Missing') as Element & { targetRef: { id: string } };
    // then
    expect(start.eventDefinitions?.[0]?.timeCycle?.body).to.equal(
      'R/2026-01-01T09:00:00+08:00/P1D',
    );
    expect(extension(check, 'zeebe:TaskDefinition')?.type).to.equal(
      'itsm:calendar.check-national-days:1',
    );
    expect(gateway.default?.id).to.equal('Flow_NothingMissing');
    expect(missing.conditionExpression?.body).to.equal('=warn = true');
    expect(missing.targetRef.id).to.equal('Task_NotifyAdmins');
    expect(extension(notify, 'zeebe:TaskDefinition')?.type).to.equal('itsm:notify.send:1');
    const inputs = extension(notify, 'zeebe:IoMapping')?.inputParameters ?? [];
    expect(inputs.map((i) => ({ source: i.source, target: i.target }))).to.deep.equal([
      { source: '="calendar.national-days-missing"', target: 'template' },
      { source: '=["role:admin"]', target: 'recipients' },
      { source: '={missingYears: missingYears}', target: 'data' },
    ]);
  });

  it('when read, every element has an English name and a label.zh-CN', async () => {
    // given
    const { process, elements } = await processElements();
    const unlabelled: string[] = [];
    // when
    for (const e of [process, ...elements.values()]) {
      const isPlainFlow = e.$type === 'bpmn:SequenceFlow' && !e.name;
      if (isPlainFlow) continue;
      const zh = extension(e, 'zeebe:Properties')?.properties?.find(
        (p) => p.name === 'label.zh-CN',
      );
      if (!e.name || !zh?.value) unlabelled.push(e.id);
    }
    // then
    expect(elements.size).to.equal(11);
    expect(unlabelled).to.deep.equal([]);
  });
});
