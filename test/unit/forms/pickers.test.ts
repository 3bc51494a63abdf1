import { expect } from 'chai';
import type {
  LabelLocale,
  PickerOptionsRepository,
} from '../../../db/repositories/picker-options.repository.ts';
import { validateFormSubmission } from '../../../server/forms/form-schema.ts';
import {
  isPickerKind,
  labelLocale,
  loadPickerOptions,
  pickerFields,
  recordPicker,
} from '../../../server/forms/pickers.ts';

const triage = {
  id: 'incident-management.Triage',
  components: [
    {
      type: 'select',
      key: 'category',
      valuesKey: 'categoryOptions',
      properties: { picker: 'categories' },
    },
    {
      type: 'group',
      path: 'routing',
      components: [
        {
          type: 'select',
          key: 'group',
          valuesKey: 'groupOptions',
          properties: { picker: 'groups' },
        },
        {
          type: 'select',
          key: 'assignee',
          valuesKey: 'deskUsers',
          properties: { picker: 'group-users:service-desk' },
        },
      ],
    },
    {
      type: 'taglist',
      key: 'ciIds',
      valuesKey: 'ciOptions',
      properties: { picker: 'configuration-items' },
    },
    {
      type: 'select',
      key: 'serviceId',
      valuesKey: 'serviceOptions',
      properties: { picker: 'services' },
    },
    {
      type: 'select',
      key: 'second',
      valuesKey: 'categoryOptions2',
      properties: { picker: 'categories' },
    },
    { type: 'select', key: 'typo', valuesKey: 'typoOptions', properties: { picker: 'catgories' } },
    { type: 'select', key: 'plain', valuesKey: 'fromProcess' },
    { type: 'textfield', key: 'note', properties: { picker: 'groups' } },
  ],
};

/** Reference data in memory; counts reads per picker. */
function fakeSource() {
  const reads: string[] = [];
  const named = (locale: LabelLocale, zh: string, en: string) => (locale === 'zh-CN' ? zh : en);
  const source: PickerOptionsRepository = {
    async categories(locale) {
      reads.push('categories');
      return [
        { label: named(locale, '网络', 'Network'), value: 'network' },
        { label: named(locale, '硬件', 'Hardware'), value: 'hardware' },
      ];
    },
    async services(locale) {
      reads.push('services');
      return [{ label: named(locale, '邮件', 'Mail'), value: 'svc-1' }];
    },
    async configurationItems() {
      reads.push('configuration-items');
      return [
        { label: 'CI-2026-000001 core-switch', value: 'ci-1' },
        { label: 'CI-2026-000002 mail-server', value: 'ci-2' },
      ];
    },
    async groups(locale) {
      reads.push('groups');
      return [{ label: named(locale, '服务台', 'Service desk'), value: 'service-desk' }];
    },
    async groupUsers(group) {
      reads.push(`group-users:${group}`);
      return [{ label: 'Service desk agent', value: 'service-desk' }];
    },
  };
  return { source, reads };
}

describe('form pickers', () => {
  it('when a form marks option fields with a picker, finds them in groups too', () => {
    // given / when
    const fields = pickerFields(triage);
    // then
    expect(fields.map((f) => `${f.key}:${f.valuesKey}:${f.picker}`)).to.deep.equal([
      'category:categoryOptions:categories',
      'group:groupOptions:groups',
      'assignee:deskUsers:group-users:service-desk',
      'ciIds:ciOptions:configuration-items',
      'serviceId:serviceOptions:services',
      'second:categoryOptions2:categories',
      'typo:typoOptions:catgories',
    ]);
  });

  it('when the task is opened, fills each valuesKey with labelled options in the user locale, reading each picker once', async () => {
    // given
    const { source, reads } = fakeSource();
    // when
    const zh = await loadPickerOptions(triage, 'zh-CN', source);
    const en = await loadPickerOptions(triage, 'en', fakeSource().source);
    // then
    expect(zh.categoryOptions).to.deep.equal([
      { label: '网络', value: 'network' },
      { label: '硬件', value: 'hardware' },
    ]);
    expect(zh.categoryOptions2).to.deep.equal(zh.categoryOptions);
    expect(zh.groupOptions).to.deep.equal([{ label: '服务台', value: 'service-desk' }]);
    expect(zh.deskUsers).to.deep.equal([{ label: 'Service desk agent', value: 'service-desk' }]);
    expect(zh.ciOptions).to.have.length(2);
    expect(zh.serviceOptions).to.deep.equal([{ label: '邮件', value: 'svc-1' }]);
    expect(zh.typoOptions).to.deep.equal([]);
    expect(zh).not.to.have.property('fromProcess');
    expect(en.categoryOptions![0]).to.deep.equal({ label: 'Network', value: 'network' });
    expect(reads).to.deep.equal([
      'categories',
      'groups',
      'group-users:service-desk',
      'configuration-items',
      'services',
    ]);
  });

  it('when a form has no pickers, reads nothing', async () => {
    // given
    const { source, reads } = fakeSource();
    // when
    const options = await loadPickerOptions(
      { components: [{ type: 'textfield', key: 'a' }] },
      'en',
      source,
    );
    // then
    expect(options).to.deep.equal({});
    expect(reads).to.deep.equal([]);
  });

  it('when a picker name is checked, knows the reference kinds, record pickers and the locale rule', () => {
    // given / when / then
    for (const kind of [
      'categories',
      'services',
      'configuration-items',
      'groups',
      'group-users:cab',
    ])
      expect(isPickerKind(kind), kind).to.equal(true);
    for (const kind of [
      'catgories',
      'group-users:',
      'users',
      'records:',
      'records:Known',
      'records:known-error:Active',
    ])
      expect(isPickerKind(kind), kind).to.equal(false);
    for (const kind of ['records:problem', 'records:known-error:active,resolved', 'known-errors'])
      expect(isPickerKind(kind), kind).to.equal(true);
    expect(recordPicker('records:known-error:active,resolved')).to.deep.equal({
      type: 'known-error',
      statuses: ['active', 'resolved'],
    });
    expect(recordPicker('records:problem')).to.deep.equal({ type: 'problem', statuses: null });
    expect(recordPicker('known-errors')).to.deep.equal({
      type: 'known-error',
      statuses: ['active'],
    });
    expect(labelLocale('zh-CN')).to.equal('zh-CN');
    expect(labelLocale('en-US')).to.equal('en');
    expect(labelLocale(undefined)).to.equal('en');
  });

  it('when a submission picks a value outside the options passed in, refuses it naming the field', async () => {
    // given
    const dynamicOptions = await loadPickerOptions(triage, 'en', fakeSource().source);
    // when
    const bad = validateFormSubmission(
      triage,
      { category: 'plumbing', routing: { group: 'service-desk' }, ciIds: ['ci-1', 'ci-9'] },
      { categoryOptions: [{ value: 'plumbing' }] },
      { dynamicOptions },
    );
    const good = validateFormSubmission(
      triage,
      {
        category: 'network',
        routing: { group: 'service-desk', assignee: 'service-desk' },
        ciIds: ['ci-2'],
      },
      {},
      { dynamicOptions },
    );
    const nothingToPick = validateFormSubmission(triage, { typo: 'x' }, {}, { dynamicOptions });
    // then
    expect(bad.ok).to.equal(false);
    expect(bad.ok ? [] : bad.errors).to.have.deep.members([
      { field: 'category', message: 'must be one of: network, hardware' },
      { field: 'ciIds', message: 'item 2 must be one of: ci-1, ci-2' },
    ]);
    expect(good.ok, JSON.stringify(good)).to.equal(true);
    expect(nothingToPick.ok ? [] : nothingToPick.errors).to.deep.equal([
      { field: 'typo', message: 'has no options to choose from' },
    ]);
  });

  it('when no options are passed for a valuesKey, falls back to the process variables', () => {
    // given
    const form = { components: [{ type: 'select', key: 'plain', valuesKey: 'fromProcess' }] };
    // when
    const bad = validateFormSubmission(
      form,
      { plain: 'c' },
      { fromProcess: ['a', 'b'] },
      { dynamicOptions: {} },
    );
    // then
    expect(bad.ok ? [] : bad.errors).to.deep.equal([
      { field: 'plain', message: 'must be one of: a, b' },
    ]);
  });
});
