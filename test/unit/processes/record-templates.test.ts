import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { incidentKind } from '../../../lib/records/kinds/incident.ts';
import { problemKind } from '../../../lib/records/kinds/problem.ts';
import { recordTemplatesFor } from '../../../server/processes/record-templates.ts';

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

describe('processes/record-templates: the generic workers in the modeler, per kind', () => {
  const templates = recordTemplatesFor(problemKind);
  const byId = (id: string) => templates.find((t) => t.id === id)!;

  it('offers create, set status, set fields, link, approvals and select due for problems', () => {
    expect(templates.map((t) => t.id)).to.deep.equal([
      'itsm.record.create.problem',
      'itsm.record.set-status.problem',
      'itsm.record.set-fields.problem',
      'itsm.record.link.problem',
      'itsm.record.approval.problem',
      'itsm.record.approval-task.problem',
      'itsm.record.select-due.problem',
    ]);
    expect(byId('itsm.record.set-status.problem').name).to.equal('Problem: set status (问题)');
  });

  it('offers cancel only for a kind that declares how it is cancelled (incident, not problem)', () => {
    // given the incident kind declares `cancel`, the problem kind does not
    const incidentCancel = recordTemplatesFor(incidentKind).find(
      (t) => t.id === 'itsm.record.cancel.incident',
    );

    // then
    expect(templates.map((t) => t.id)).to.not.include('itsm.record.cancel.problem');
    expect(incidentCancel?.properties[0]).to.deep.include({ value: 'itsm:record.cancel:1' });
    expect(incidentCancel?.properties.map((p) => p.binding)).to.deep.include({
      type: 'zeebe:input',
      name: 'reason',
    });
  });

  it("fixes the job type and the record type, and offers only the kind's statuses", () => {
    // given
    const t = byId('itsm.record.set-status.problem');

    // then
    expect(t.properties[0]).to.deep.include({
      type: 'Hidden',
      value: 'itsm:record.set-status:1',
    });
    expect(t.properties[1]).to.deep.include({ type: 'Hidden', value: 'problem' });
    const status = t.properties.find((p) => p.label === 'Status')!;
    expect(status.choices).to.deep.equal([
      { name: 'New (新建)', value: 'new' },
      { name: 'Investigating (调查中)', value: 'investigating' },
      { name: 'Known error (已知错误)', value: 'known_error' },
      { name: 'Awaiting change (等待变更)', value: 'awaiting_change' },
      { name: 'Resolved (已解决)', value: 'resolved' },
      { name: 'Closed (已关闭)', value: 'closed' },
    ]);
  });

  it("offers only the kind's date-time fields to a sweep", () => {
    const dateField = byId('itsm.record.select-due.problem').properties.find(
      (p) => p.label === 'Date field',
    )!;
    expect(dateField.choices!.map((c) => c.value)).to.deep.equal([
      'resolvedAt',
      'effectivenessCheckedAt',
      'closedAt',
    ]);
  });

  it('starts a create with the required fields as a FEEL context and lists every field', () => {
    const fields = byId('itsm.record.create.problem').properties.find(
      (p) => p.binding.type === 'zeebe:input' && p.binding.name === 'fields',
    )!;
    expect(fields.value).to.equal('={title: title, category: category}');
    expect(fields.description).to.contain('title* (Title)');
    expect(fields.description).to.contain('rootCause (Root cause)');
  });

  it('makes an approval task a user task with its step and requester as task headers', () => {
    // given
    const t = byId('itsm.record.approval-task.problem');

    // then
    expect(t.elementType.value).to.equal('bpmn:UserTask');
    const bindings = t.properties.map((p) => p.binding);
    expect(bindings).to.deep.include({ type: 'zeebe:userTask' });
    expect(bindings).to.deep.include({ type: 'zeebe:taskHeader', key: 'approval.step' });
    expect(bindings).to.deep.include({ type: 'zeebe:taskHeader', key: 'approval.requester' });
    const form = t.properties.find((p) => p.binding.type === 'zeebe:formDefinition')!;
    expect(form.value).to.equal('problem-management.Approve');
  });

  it('writes every template so that the Camunda element template schema accepts it', () => {
    // given the schema the modeler validates templates against
    const schema = JSON.parse(
      readFileSync(
        'node_modules/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
        'utf8',
      ),
    ) as Record<string, unknown>;
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const validate = ajv.compile(schema);

    // then
    for (const t of templates)
      expect(validate(t), `${t.id}: ${ajv.errorsText(validate.errors)}`).to.equal(true);
  });
});
