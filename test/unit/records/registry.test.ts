import { expect } from 'chai';
import type { RecordKind } from '../../../lib/records/kind.ts';
import { RECORD_KINDS } from '../../../lib/records/kinds/index.ts';
import { createKindRegistry, KindError, kindProblems } from '../../../lib/records/registry.ts';
import { ROLE_IDS } from '../../../server/auth/roles.ts';

const context = { roles: ROLE_IDS };
const l = (s: string) => ({ en: s, 'zh-CN': `${s}（中文）` });

/** A small sound kind that each test breaks in one place. */
function soundKind(): RecordKind {
  return {
    type: 'widget-request',
    prefix: 'WR',
    table: 'widget_requests',
    labels: { singular: l('Widget request'), plural: l('Widget requests') },
    processIds: ['widget-request'],
    fields: {
      title: { type: 'string', labels: l('Title'), column: true },
      size: {
        type: 'string',
        labels: l('Size'),
        enum: ['s', 'l'],
        enumLabels: { s: l('Small'), l: l('Large') },
      },
    },
    create: { fields: ['title', 'size'], required: ['title'], roles: ['requester'] },
    statuses: {
      initial: 'new',
      labels: { new: l('New'), done: l('Done'), cancelled: l('Cancelled') },
      final: ['done', 'cancelled'],
      transitions: { new: ['done', 'cancelled'] },
    },
    read: { roles: ['service-desk'], scopes: ['own'] },
    commands: {
      cancel: { labels: l('Cancel'), roles: ['requester'], from: ['new'], to: 'cancelled' },
    },
    list: { columns: ['number', 'title', 'status'], filters: ['status', 'size'] },
  };
}

const messagesOf = (kind: RecordKind) =>
  kindProblems(kind, context).map((p) => `${p.path}: ${p.message}`);

describe('records/registry: a kind is checked before it is used', () => {
  it('accepts the kinds the platform ships (problem, known error)', () => {
    // when
    const registry = createKindRegistry(RECORD_KINDS, context);
    // then
    expect(registry.get('problem')?.prefix).to.equal('PRB');
    expect(registry.byPrefix('KE')?.type).to.equal('known-error');
    expect(registry.byProcessId('problem-management')?.type).to.equal('problem');
  });

  it('accepts a sound kind', () => {
    expect(messagesOf(soundKind())).to.deep.equal([]);
  });

  it('names an enum value without labels in both languages', () => {
    // given
    const kind = soundKind();
    kind.fields.size!.enumLabels = { s: l('Small'), l: { en: 'Large', 'zh-CN': '' } };
    // then
    expect(messagesOf(kind)).to.deep.equal(['fields.size.enumLabels.l.zh-CN: needs a label']);
  });

  it('keeps the name attributes for the per-row object, whose schema must be an object schema', () => {
    // given
    const kind = soundKind();
    kind.fields = { ...kind.fields, attributes: { type: 'object', labels: l('Attributes') } };
    (kind as { attributesSchema?: unknown }).attributesSchema = { type: 'array' };
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'fields.attributes: the name is kept for the per-row attributes object',
      'attributesSchema: must be a JSON Schema of type "object"',
    ]);
  });

  it('refuses a field named like what every record has, and a column name on a non-column field', () => {
    // given
    const kind = soundKind();
    kind.fields = {
      ...kind.fields,
      type: { type: 'string', labels: l('Type') },
      legacy: { type: 'string', labels: l('Legacy'), columnName: 'old_name' },
      renamed: { type: 'string', labels: l('Renamed'), column: true, columnName: 'Old Name' },
      kept: { type: 'string', labels: l('Kept'), column: true, columnName: 'old_name' },
    };
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'fields.legacy.columnName: names the snake_case column of a column field',
      'fields.renamed.columnName: names the snake_case column of a column field',
      'fields.type: the name is one every record has (§0.1); choose another',
    ]);
  });

  it('names a KPI whose clock the kind does not run or whose fields it does not have', () => {
    // given
    const kind = soundKind();
    kind.kpis = [
      {
        id: 'widget-on-time',
        labels: l('On time'),
        target: 0.9,
        comparator: '>=',
        measure: { kind: 'clock-met', clock: 'fulfilment' },
      },
      {
        id: 'Widget share',
        labels: l('Share'),
        target: 90,
        comparator: '>=',
        measure: { kind: 'share', dateField: 'title', field: 'colour', equals: 's' },
      },
    ];
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'kpis.widget-on-time.measure.clock: "fulfilment" is not one of the kind\'s slaClocks',
      'kpis.Widget share: the id must be kebab-case',
      'kpis.Widget share.target: a share from 0 to 1',
      'kpis.Widget share.measure.dateField: "title" is not a date-time field',
      'kpis.Widget share.measure.field: "colour" is not a field',
    ]);
  });

  it('names an SLA clock type §0.5 does not have, and clocks without a manager role', () => {
    // given
    const kind = soundKind();
    kind.slaClocks = ['fulfilment', 'repair'];
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'slaClocks: "repair" is not a clock type of §0.5 (response, resolution, fulfilment, rca, complaint-ack, complaint-close)',
      'managerRole: names no role',
    ]);
  });

  it('names a create field, a list filter and a command field the kind does not declare', () => {
    // given
    const kind = soundKind();
    kind.create = { fields: ['title', 'colour'], required: ['title'], roles: ['requester'] };
    kind.list = { columns: ['number', 'title'], filters: ['weight'] };
    kind.commands = {
      cancel: {
        labels: l('Cancel'),
        roles: ['requester'],
        from: ['new'],
        to: 'cancelled',
        fields: ['reasonCode'],
      },
    };
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'create.fields: "colour" is not a field of the kind',
      'commands.cancel.fields: "reasonCode" is not a field of the kind',
      'list.filters: "weight" is not a field or common column',
    ]);
  });

  it('names a status that cannot be reached, a dead end and a command move the machine forbids', () => {
    // given
    const kind = soundKind();
    kind.statuses = {
      initial: 'new',
      labels: { new: l('New'), waiting: l('Waiting'), done: l('Done'), cancelled: l('Cancelled') },
      final: ['done', 'cancelled'],
      transitions: { new: ['done'], waiting: [] },
    };
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'statuses.labels.waiting: cannot be reached from new',
      'statuses.labels.cancelled: cannot be reached from new',
      'statuses.transitions.waiting: a status that is not final needs a way out',
      'commands.cancel.to: the status machine does not allow new → cancelled',
    ]);
  });

  it('names an unknown role and a command from a final status', () => {
    // given
    const kind = soundKind();
    kind.read = { roles: ['service-desk', 'wizard'], scopes: ['own'] };
    kind.commands = {
      reopen: {
        labels: l('Reopen'),
        roles: ['requester'],
        from: ['done'],
        message: 'Msg_ReopenRequested',
      },
    };
    // then
    expect(messagesOf(kind)).to.deep.equal([
      'read.roles: "wizard" is not a role of §0.2',
      'commands.reopen.from: "done" is final; a closed record is read-only',
    ]);
  });

  it('refuses two kinds with one prefix, and a reference to a kind that does not exist, naming both', () => {
    // given
    const a = soundKind();
    const b = { ...soundKind(), type: 'gadget-request', table: 'gadget_requests', processIds: [] };
    b.fields = {
      ...b.fields,
      parent: { type: 'string', labels: l('Parent'), refersTo: 'sprocket' },
    };
    b.list = { columns: ['number'], filters: [] };
    // when
    let error: unknown;
    try {
      createKindRegistry([a, b], context);
    } catch (err) {
      error = err;
    }
    // then
    expect(error).to.be.instanceOf(KindError);
    expect((error as Error).message).to.equal(
      'Record kinds with problems:\n' +
        '  gadget-request: prefix: "WR" is also widget-request\'s\n' +
        '  gadget-request: fields.parent.refersTo: "sprocket" is not a record kind',
    );
  });
  it('lets a kind carry the numbers of another with its prefix, and byPrefix answer the kind that allocates them', () => {
    // given
    const owner = soundKind();
    const carrier: RecordKind = {
      ...soundKind(),
      type: 'widget-review',
      table: 'widget_reviews',
      processIds: [],
      numberOf: 'widget-request',
      ownRoutes: true,
    };
    // when
    const registry = createKindRegistry([carrier, owner], context);
    // then
    expect(registry.byPrefix('WR')?.type).to.equal('widget-request');
    expect(registry.get('widget-review')?.prefix).to.equal('WR');
  });

  it('refuses a kind numbered by an unknown kind, by one with another prefix, by itself, or without its own routes', () => {
    // given
    const owner = soundKind();
    const carrier = (over: Partial<RecordKind>): RecordKind => ({
      ...soundKind(),
      type: 'widget-review',
      table: 'widget_reviews',
      processIds: [],
      ownRoutes: true,
      ...over,
    });
    const problemsOf = (kinds: RecordKind[]) => {
      try {
        createKindRegistry(kinds, context);
        return [];
      } catch (err) {
        return (err as KindError).problems.map((p) => `${p.kind}: ${p.path}: ${p.message}`);
      }
    };
    // then
    expect(problemsOf([owner, carrier({ numberOf: 'sprocket' })])).to.deep.equal([
      'widget-review: prefix: "WR" is also widget-request\'s',
      'widget-review: numberOf: "sprocket" is not a record kind',
    ]);
    expect(
      problemsOf([owner, carrier({ numberOf: 'widget-request', prefix: 'WV' })]),
    ).to.deep.equal([
      'widget-review: numberOf: the prefix must be WR, the prefix of the numbers it carries',
    ]);
    expect(problemsOf([carrier({ numberOf: 'widget-review' })])).to.deep.equal([
      'widget-review: numberOf: "widget-review" has no number of its own to give',
    ]);
    expect(
      problemsOf([owner, carrier({ numberOf: 'widget-request', ownRoutes: false })]),
    ).to.deep.equal([
      'widget-review: numberOf: a kind without a number of its own is created by its own routes (ownRoutes)',
    ]);
  });
});
