import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'chai';
import {
  checkDiagram,
  validateDiagram,
  type DiagramFinding,
  type DiagramFindingCode,
} from '../../../server/processes/validate-diagram.ts';

const bpmnDir = new URL('../../fixtures/bpmn/', import.meta.url);
const formsDir = new URL('../../fixtures/forms/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, bpmnDir), 'utf8');
}

/** The form ids the platform would deploy: every fixture form's `id`. */
function fixtureFormIds(): string[] {
  return readdirSync(formsDir)
    .filter((file) => file.endsWith('.form'))
    .map((file) => {
      const form: unknown = JSON.parse(readFileSync(new URL(file, formsDir), 'utf8'));
      if (
        typeof form !== 'object' ||
        form === null ||
        !('id' in form) ||
        typeof form.id !== 'string'
      ) {
        throw new Error(`${file} has no string id`);
      }
      return form.id;
    });
}

const KNOWN_JOB_TYPES = ['itsm:test.echo:1', 'itsm:test.may-fail:1', 'itsm:test.notify:1'];

function codes(findings: DiagramFinding[]): DiagramFindingCode[] {
  return findings.map((f) => f.code);
}

describe('validateDiagram', () => {
  describe('valid fixtures', () => {
    const valid = [
      'fixture-service-user.bpmn',
      'fixture-error-boundary.bpmn',
      'fixture-timer.bpmn',
      'fixture-message-events.bpmn',
    ];
    for (const file of valid) {
      const processId = file.replace(/\.bpmn$/, '');

      it(`when ${file} is checked with its job types and forms known, finds nothing`, async () => {
        // given
        const xml = fixture(file);

        // when
        const check = await checkDiagram(xml, {
          expectedProcessId: processId,
          knownJobTypes: KNOWN_JOB_TYPES,
          knownFormIds: fixtureFormIds(),
        });

        // then
        expect(check.errors).to.deep.equal([]);
        expect(check.warnings).to.deep.equal([]);
      });
    }
  });

  describe('invalid fixtures', () => {
    const cases: {
      scenario: string;
      file: string;
      code: DiagramFindingCode;
      elementId: string;
      rule?: string;
    }[] = [
      {
        scenario: 'a user task is a job-worker user task',
        file: 'invalid-job-worker-user-task.bpmn',
        code: 'NOT_A_ZEEBE_USER_TASK',
        elementId: 'Task_Review',
      },
      {
        scenario: 'a gateway has no outgoing flow',
        file: 'invalid-lint-gateway.bpmn',
        code: 'LINT',
        elementId: 'Gateway_Approved',
        rule: 'no-implicit-end',
      },
      {
        scenario: 'the only process is not executable',
        file: 'invalid-not-executable.bpmn',
        code: 'NO_EXECUTABLE_PROCESS',
        elementId: 'invalid-not-executable',
      },
      {
        scenario: 'the diagram has two executable processes',
        file: 'invalid-two-processes.bpmn',
        code: 'MULTIPLE_PROCESSES',
        elementId: 'invalid-two-processes-second',
      },
      {
        scenario: 'the diagram declares Camunda 8.8 and uses a task listener, which 8.5 lacks',
        file: 'invalid-unsupported-feature.bpmn',
        code: 'LINT',
        elementId: 'Task_Review',
        rule: 'camunda-compat/no-task-listeners',
      },
    ];
    for (const { scenario, file, code, elementId, rule } of cases) {
      it(`when ${scenario}, reports ${code}${rule ? ` (${rule})` : ''} on ${elementId}`, async () => {
        // given
        const xml = fixture(file);

        // when
        const findings = await validateDiagram(xml, {
          expectedProcessId: file.replace(/\.bpmn$/, ''),
          knownJobTypes: KNOWN_JOB_TYPES,
          knownFormIds: fixtureFormIds(),
        });

        // then
        const finding = findings.find((f) => f.code === code && f.elementId === elementId);
        expect(finding, JSON.stringify(findings, null, 2)).to.not.equal(undefined);
        expect(finding?.message).to.include(elementId);
        if (rule) expect(finding?.rule).to.equal(rule);
      });
    }
  });

  it('when a job type has no worker, reports UNKNOWN_JOB_TYPE naming the type and the task', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn');

    // when
    const findings = await validateDiagram(xml, { knownJobTypes: new Set(['itsm:test.other:1']) });

    // then
    expect(findings).to.deep.equal([
      {
        code: 'UNKNOWN_JOB_TYPE',
        message:
          'Service task "Echo" (Task_Echo) has job type "itsm:test.echo:1", which no registered worker serves',
        elementId: 'Task_Echo',
      },
    ]);
  });

  it('when a message end event has a job type with no worker, reports UNKNOWN_JOB_TYPE on the event', async () => {
    // given
    const xml = fixture('fixture-message-events.bpmn');

    // when
    const findings = await validateDiagram(xml, { knownJobTypes: ['itsm:test.may-fail:1'] });

    // then
    expect(findings.map((f) => [f.code, f.elementId])).to.deep.equal([
      ['UNKNOWN_JOB_TYPE', 'EndEvent_FailureNotified'],
    ]);
  });

  it('when the job type is a FEEL expression, reports UNKNOWN_JOB_TYPE asking for a static type', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace('type="itsm:test.echo:1"', 'type="=jobType"');

    // when
    const findings = await validateDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(codes(findings)).to.deep.equal(['UNKNOWN_JOB_TYPE']);
    expect(findings[0]?.message).to.include('"=jobType"').and.include('static job type');
  });

  it('when the process id differs from the expected one, reports PROCESS_ID_MISMATCH naming both ids', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn');

    // when
    const findings = await validateDiagram(xml, {
      expectedProcessId: 'incident-management',
      knownJobTypes: KNOWN_JOB_TYPES,
    });

    // then
    expect(codes(findings)).to.deep.equal(['PROCESS_ID_MISMATCH']);
    expect(findings[0]).to.include({ elementId: 'fixture-service-user' });
    expect(findings[0]?.message)
      .to.include('"fixture-service-user"')
      .and.include('"incident-management"');
  });

  it('when a user task links a form that is not known, reports UNKNOWN_FORM naming the form and the task', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn');

    // when
    const findings = await validateDiagram(xml, {
      knownJobTypes: KNOWN_JOB_TYPES,
      knownFormIds: ['another.form'],
    });

    // then
    expect(findings).to.deep.equal([
      {
        code: 'UNKNOWN_FORM',
        message:
          'User task "Review" (Task_Review) links form "fixture-service-user.review", which is not among the known forms',
        elementId: 'Task_Review',
      },
    ]);
  });

  it('when known forms are not given, does not check form links', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn');

    // when
    const findings = await validateDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(findings).to.deep.equal([]);
  });

  it('when the XML is malformed, reports only INVALID_XML with line and column', async () => {
    // given
    const xml = fixture('fixture-service-user.bpmn').replace('</bpmn:userTask>', '');

    // when
    const check = await checkDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(codes(check.errors)).to.deep.equal(['INVALID_XML']);
    expect(check.errors[0]?.message).to.match(
      /^The diagram's XML cannot be read as BPMN: line \d+, column \d+: closing tag mismatch/,
    );
    expect(check.facts).to.equal(undefined);
  });

  it('when a sequence flow points to a missing element, reports INVALID_XML on the flow', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn').replace(
      'sourceRef="Task_Echo" targetRef="EndEvent_Done"',
      'sourceRef="Task_Echo" targetRef="EndEvent_Gone"',
    );

    // when
    const findings = await validateDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(findings.map((f) => [f.code, f.elementId])).to.deep.include([
      'INVALID_XML',
      'Flow_ToDone',
    ]);
  });

  it('when a lint rule only warns, returns the warning from checkDiagram and nothing from validateDiagram', async () => {
    // given: the user task's shape drawn over the service task's
    const xml = fixture('fixture-service-user.bpmn').replace('x="400" y="80"', 'x="300" y="80"');

    // when
    const check = await checkDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });
    const findings = await validateDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(findings).to.deep.equal([]);
    expect(check.errors).to.deep.equal([]);
    expect(check.warnings.map((w) => [w.code, w.rule])).to.deep.include([
      'LINT_WARNING',
      'no-overlapping-elements',
    ]);
  });

  it('when the same diagram is validated twice, finds the same (bpmnlint rules keep state per linter)', async () => {
    // given
    const xml = fixture('fixture-error-boundary.bpmn');
    const opts = { knownJobTypes: KNOWN_JOB_TYPES };

    // when
    const first = await validateDiagram(xml, opts);
    const second = await validateDiagram(xml, opts);

    // then
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal([]);
  });

  it('when the diagram is valid, returns its facts with the check', async () => {
    // given
    const xml = fixture('fixture-timer.bpmn');

    // when
    const check = await checkDiagram(xml, { knownJobTypes: KNOWN_JOB_TYPES });

    // then
    expect(check.facts?.processes.map((p) => p.id)).to.deep.equal(['fixture-timer']);
  });
});

describe('workflows/.bpmnlintrc', () => {
  it('when read, extends the recommended rules and the Camunda 8.5 compatibility rules', () => {
    // given
    const path = new URL('../../../workflows/.bpmnlintrc', import.meta.url);

    // when
    const config: unknown = JSON.parse(readFileSync(path, 'utf8'));

    // then
    expect(config)
      .to.have.property('extends')
      .that.deep.equals(['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-5']);
  });
});
