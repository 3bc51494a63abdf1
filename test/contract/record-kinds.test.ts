import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths.ts';
import { platformKinds } from '../../lib/records/kinds/index.ts';
import { problemKind } from '../../lib/records/kinds/problem.ts';
import { parseBpmn } from '../../server/processes/bpmn-model.ts';
import {
  checkDiagramAgainstKinds,
  checkFormAgainstKind,
  checkFormPickers,
  feelContextKeys,
} from '../../server/processes/kind-check.ts';

const kinds = platformKinds();
const fixture = (name: string) =>
  readFileSync(path.join(projectRoot, 'test', 'fixtures', 'bpmn', `${name}.bpmn`), 'utf8');

/** The repository's diagrams and the valid fixtures. */
function diagrams(): { file: string; xml: string }[] {
  const dirs = [
    path.join(projectRoot, 'workflows'),
    path.join(projectRoot, 'test', 'fixtures', 'bpmn'),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bpmn') && !f.startsWith('invalid-') && !f.startsWith('bench-'))
      .map((f) => ({ file: f, xml: readFileSync(path.join(dir, f), 'utf8') })),
  );
}

describe('contract: diagrams and forms agree with the record kinds', () => {
  it('when every diagram is checked, no generic record task names a status, field or kind that does not exist', async () => {
    for (const { file, xml } of diagrams())
      expect(await checkDiagramAgainstKinds(xml, kinds), file).to.deep.equal([]);
  });

  it("when a kind's process has task forms, each form carries only the kind's fields or its task-only fields", async () => {
    for (const kind of kinds.all()) {
      for (const processId of kind.processIds) {
        const file = path.join(projectRoot, 'workflows', `${processId}.bpmn`);
        if (!existsSync(file)) continue; // the process is not written yet
        const facts = await parseBpmn(readFileSync(file, 'utf8'));
        for (const task of facts.userTasks.filter((t) => t.formId)) {
          const form = JSON.parse(
            readFileSync(
              path.join(projectRoot, 'workflows', 'forms', `${task.formId}.form`),
              'utf8',
            ),
          ) as Parameters<typeof checkFormAgainstKind>[0];
          expect(checkFormAgainstKind(form, kind), task.formId).to.deep.equal([]);
        }
      }
    }
  });

  it('when any form offers records in a picker, it names a kind and statuses of that kind', () => {
    const dirs = [
      path.join(projectRoot, 'workflows', 'forms'),
      path.join(projectRoot, 'test', 'fixtures', 'forms'),
    ];
    for (const dir of dirs)
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.form'))) {
        const form = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Parameters<
          typeof checkFormPickers
        >[0];
        expect(checkFormPickers(form, kinds), file).to.deep.equal([]);
      }
    // and a wrong one is named
    const wrong = {
      id: 'f',
      components: [
        { key: 'ke', type: 'select', properties: { picker: 'records:known-error:published' } },
        { key: 'x', type: 'select', properties: { picker: 'records:widget' } },
      ],
    };
    expect(checkFormPickers(wrong, kinds)).to.deep.equal([
      { where: 'form f field ke', message: '"published" is not a status of known-error' },
      { where: 'form f field x', message: '"widget" is not a record kind' },
    ]);
  });

  it('when an approval task names its step, the step is a whole number from 1', async () => {
    const xml = fixture('fixture-approvals').replace(
      '<zeebe:header key="approval.step" value="2" />',
      '<zeebe:header key="approval.step" value="second" />',
    );
    expect(await checkDiagramAgainstKinds(xml, kinds)).to.deep.equal([
      {
        where: 'UserTask_Approve2 (approval task)',
        message: 'approval.step "second" is not a whole number from 1',
      },
    ]);
  });

  it('when a diagram names an undeclared field, a status or date field the kind lacks, or an unknown kind, says where', async () => {
    // given
    const xml = fixture('fixture-record-workers')
      .replace('={title: title, symptom: symptom}', '={title: title, colour: symptom}')
      .replace('source="resolved" target="status"', 'source="closed" target="status"')
      .replace('source="publishedAt" target="dateField"', 'source="symptom" target="dateField"');
    const unknownKind = fixture('fixture-record-workers').replace(
      'source="known-error" target="recordType"',
      'source="gizmo" target="recordType"',
    );

    // when
    const findings = await checkDiagramAgainstKinds(xml, kinds);

    // then
    expect(await checkDiagramAgainstKinds(unknownKind, kinds)).to.deep.equal([
      { where: 'Task_Create (itsm:record.create:1)', message: '"gizmo" is not a record kind' },
    ]);
    expect(findings).to.deep.equal([
      {
        where: 'Task_Create (itsm:record.create:1)',
        message: '"colour" is not a field of known-error',
      },
      {
        where: 'Task_SetStatus (itsm:record.set-status:1)',
        message: '"closed" is not a status of known-error',
      },
      {
        where: 'Task_SelectDue (itsm:record.select-due:1)',
        message: '"symptom" is not a date-time field of known-error',
      },
    ]);
  });

  it('when a task form carries a field the kind does not declare, names it', () => {
    // given
    const form = {
      id: 'problem-management.Investigate',
      components: [
        { key: 'rootCause', type: 'textarea' },
        { key: 'rootCauseFound', type: 'checkbox' },
        { type: 'group', components: [{ key: 'colour', type: 'textfield' }] },
      ],
    };

    // then
    expect(checkFormAgainstKind(form, problemKind)).to.deep.equal([
      {
        where: 'form problem-management.Investigate field colour',
        message: '"colour" is neither a field of problem nor one of its task-only fields',
      },
    ]);
  });

  it('reads the keys of a FEEL context, not those of nested contexts or strings', () => {
    expect(feelContextKeys('={a: x, b: {c: 1, d: "e: f"}, g: [1, 2]}')).to.deep.equal([
      'a',
      'b',
      'g',
    ]);
    expect(feelContextKeys('=fields')).to.equal(undefined);
  });
});
