import { expect } from 'chai';
import { problemKind } from '../../../lib/records/kinds/problem.ts';
import { recordTemplatesFor } from '../../../server/processes/record-templates.ts';

describe('processes/record-templates: the generic workers in the modeler, per kind', () => {
  const templates = recordTemplatesFor(problemKind);
  const byId = (id: string) => templates.find((t) => t.id === id)!;

  it('offers create, set status, set fields, link and select due for problems', () => {
    expect(templates.map((t) => t.id)).to.deep.equal([
      'itsm.record.create.problem',
      'itsm.record.set-status.problem',
      'itsm.record.set-fields.problem',
      'itsm.record.link.problem',
      'itsm.record.select-due.problem',
    ]);
    expect(byId('itsm.record.set-status.problem').name).to.equal('Problem: set status (问题)');
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
});
