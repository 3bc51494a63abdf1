import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import knexFactory from 'knex';
import { parse as parseYaml } from 'yaml';
import { SETTING_KEYS } from '../../db/seeds/reference-data.ts';
import { createDomain } from '../../domain/domain.ts';
import type { Domain } from '../../domain/domain.ts';
import type { EngineClient } from '../../engine/client.ts';
import { systemClock } from '../../lib/clock.ts';
import { INCIDENT_SETTING_SCHEMAS } from '../../lib/incident/settings.ts';
import type { Logger } from '../../lib/logger.ts';
import { projectRoot } from '../../lib/paths.ts';
import { platformKinds } from '../../lib/records/kinds/index.ts';
import { COMMON_FIELDS } from '../../lib/records/registry.ts';
import { SLA_SETTING_SCHEMAS } from '../../lib/sla/settings.ts';
import { SECURITY_SETTING_SCHEMAS } from '../../lib/security/rules.ts';
import { createRoutes } from '../../server/app.ts';
import { parseBpmn } from '../../server/processes/bpmn-model.ts';
import { createWorkers } from '../../workers/registry.ts';

/**
 * docs/trace.yaml maps requirement IDs of the ISO/IEC 20000-1 catalogue to what satisfies
 * them. {@link traceProblems} checks it against the code; it is called on the real file (no
 * problem) and on broken rows (each problem named), so the check itself can fail.
 */

const CATALOGUE = path.join(projectRoot, '..', 'shared', 'spec', 'iso20000-requirements.md');
const TRACE = path.join(projectRoot, 'docs', 'trace.yaml');

/** What the code offers, gathered once; the check compares the trace with it. */
interface TraceFacts {
  /** Requirement IDs of the catalogue, e.g. `8.1-04`. */
  requirementIds: ReadonlySet<string>;
  /** Implementation markers of the catalogue (§0.1: STEP, REC, RULE, …, APPR, RPT). */
  markers: ReadonlySet<string>;
  /** BPMN element ids by process id (workflows/<process>.bpmn). */
  elements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Job types the worker registry serves, with what replaced a retired one. */
  jobTypes: ReadonlyMap<string, { retired?: string }>;
  /** Job types the service tasks of workflows/*.bpmn use. */
  usedJobTypes: ReadonlySet<string>;
  /** Record kinds with their declared fields and the common record fields. */
  kindFields: ReadonlyMap<string, ReadonlySet<string>>;
  /** Component keys by form id (workflows/forms/<id>.form). */
  formKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** `METHOD /path` of every route the server declares. */
  routes: ReadonlySet<string>;
  settings: ReadonlySet<string>;
  /** Text of a project file, or undefined when there is none. */
  readFile(relative: string): string | undefined;
  /** Names a module exports, or undefined when it cannot be imported. */
  exportsOf(relative: string): Promise<readonly string[] | undefined>;
}

const ENTRY_KEYS = ['element', 'jobType', 'kind', 'field', 'form', 'rule', 'route', 'setting'];
const ROW_KEYS = ['id', 'note', 'satisfiedBy', 'shownBy', 'gap'];
const TOP_KEYS = ['requirements', 'mechanisms', 'notCovered'];

type Row = Record<string, unknown>;
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
/** A path inside the project: relative, without `..`. */
const isProjectPath = (p: string) =>
  !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..') && p.trim() === p;

/** One satisfiedBy entry's problem, or undefined when the code has what it names. */
async function entryProblem(key: string, value: string, facts: TraceFacts) {
  const [left, right] = value.split('#', 2) as [string, string | undefined];
  switch (key) {
    case 'element': {
      const ids = facts.elements.get(left);
      if (right === undefined) return 'is not <process>#<element id>';
      if (!ids) return `no diagram workflows/${left}.bpmn`;
      return ids.has(right) ? undefined : `no element ${right} in workflows/${left}.bpmn`;
    }
    case 'jobType': {
      const worker = facts.jobTypes.get(value);
      if (!worker) return 'no worker serves this job type';
      if (worker.retired) return `the job type is retired (${worker.retired})`;
      return facts.usedJobTypes.has(value) ? undefined : 'no diagram in workflows/ uses it';
    }
    case 'kind':
      return facts.kindFields.has(value) ? undefined : 'no such record kind';
    case 'field': {
      const dot = value.indexOf('.');
      if (dot < 1) return 'is not <kind>.<field>';
      const fields = facts.kindFields.get(value.slice(0, dot));
      if (!fields) return `no record kind ${value.slice(0, dot)}`;
      return fields.has(value.slice(dot + 1))
        ? undefined
        : `${value.slice(0, dot)} declares no field ${value.slice(dot + 1)}`;
    }
    case 'form': {
      if (right === undefined) return 'is not <form id>#<component key>';
      const keys = facts.formKeys.get(left);
      if (!keys) return `no form workflows/forms/${left}.form`;
      return keys.has(right) ? undefined : `form ${left} has no field ${right}`;
    }
    case 'rule': {
      if (right === undefined || !isProjectPath(left)) return 'is not <project file>#<export>';
      if (facts.readFile(left) === undefined) return `no file ${left}`;
      const names = await facts.exportsOf(left);
      if (!names) return `${left} cannot be imported`;
      return names.includes(right) ? undefined : `${left} exports no ${right}`;
    }
    case 'route':
      return facts.routes.has(value) ? undefined : 'the server declares no such route';
    case 'setting':
      return facts.settings.has(value) ? undefined : 'no such setting';
    default:
      return 'unknown key';
  }
}

async function shownByProblem(ref: string, facts: TraceFacts) {
  const hash = ref.indexOf('#');
  const file = hash < 0 ? ref : ref.slice(0, hash);
  const text = hash < 0 ? undefined : ref.slice(hash + 1);
  if (!isProjectPath(file) || !/\.test\.ts$/.test(file)) return 'is not a test file';
  const source = facts.readFile(file);
  if (source === undefined) return `no file ${file}`;
  if (text !== undefined && !source.includes(text)) return `${file} does not contain "${text}"`;
  return undefined;
}

/** Problems of one row (a requirement or a mechanism), each naming the row and the entry. */
async function rowProblems(row: Row, where: string, facts: TraceFacts): Promise<string[]> {
  const out: string[] = [];
  for (const key of Object.keys(row))
    if (!ROW_KEYS.includes(key)) out.push(`${where}: unknown key ${key}`);
  if (!isText(row.note)) out.push(`${where}: needs a note`);
  if (row.gap !== undefined && !isText(row.gap))
    out.push(`${where}: gap, when given, says what is missing`);
  const satisfiedBy = row.satisfiedBy;
  if (!Array.isArray(satisfiedBy) || satisfiedBy.length === 0)
    out.push(`${where}: needs satisfiedBy entries`);
  else
    for (const [i, entry] of satisfiedBy.entries()) {
      const at = `${where} satisfiedBy[${i}]`;
      if (!isObject(entry)) {
        out.push(`${at}: is not an entry`);
        continue;
      }
      const keys = Object.keys(entry).filter((k) => k !== 'note');
      const unknown = keys.filter((k) => !ENTRY_KEYS.includes(k));
      if (unknown.length || keys.length !== 1) {
        out.push(`${at}: needs exactly one of ${ENTRY_KEYS.join(', ')} (and a note)`);
        continue;
      }
      const key = keys[0]!;
      const value = entry[key];
      if (entry.note !== undefined && !isText(entry.note)) out.push(`${at}: empty note`);
      if (!isText(value)) {
        out.push(`${at} ${key}: needs a value`);
        continue;
      }
      const problem = await entryProblem(key, value, facts);
      if (problem) out.push(`${at} ${key} ${value}: ${problem}`);
    }
  const shownBy = row.shownBy;
  if (!Array.isArray(shownBy) || shownBy.length === 0) out.push(`${where}: needs shownBy tests`);
  else
    for (const [i, ref] of shownBy.entries()) {
      const problem = isText(ref) ? await shownByProblem(ref, facts) : 'is not a path';
      if (problem) out.push(`${where} shownBy[${i}] ${String(ref)}: ${problem}`);
    }
  return out;
}

/** Every problem of a parsed trace document, in the order of the file; [] when it holds. */
async function traceProblems(doc: unknown, facts: TraceFacts): Promise<string[]> {
  if (!isObject(doc)) return ['the trace is not a mapping'];
  const out: string[] = [];
  for (const key of Object.keys(doc))
    if (!TOP_KEYS.includes(key)) out.push(`unknown top-level key ${key}`);
  const list = (key: string): unknown[] => {
    const value = doc[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    out.push(`${key}: is not a list`);
    return [];
  };
  const traced = new Set<string>();
  for (const [i, row] of list('requirements').entries()) {
    const id = isObject(row) ? row.id : undefined;
    const where = typeof id === 'string' ? id : `requirements[${i}]`;
    if (!isObject(row)) {
      out.push(`${where}: is not a row`);
      continue;
    }
    if (typeof id !== 'string') out.push(`${where}: needs an id (quoted)`);
    else if (!facts.requirementIds.has(id)) out.push(`${id}: not an ID of the catalogue`);
    else if (traced.has(id)) out.push(`${id}: more than one row`);
    if (typeof id === 'string') traced.add(id);
    out.push(...(await rowProblems(row, where, facts)));
  }
  const mechanisms = new Set<string>();
  for (const [i, row] of list('mechanisms').entries()) {
    const id = isObject(row) ? row.id : undefined;
    const where = `mechanism ${typeof id === 'string' ? id : `[${i}]`}`;
    if (!isObject(row)) {
      out.push(`${where}: is not a row`);
      continue;
    }
    if (typeof id !== 'string' || !facts.markers.has(id))
      out.push(`${where}: the id is not a marker of the catalogue (§0.1)`);
    else if (mechanisms.has(id)) out.push(`${where}: more than one row`);
    if (typeof id === 'string') mechanisms.add(id);
    out.push(...(await rowProblems(row, where, facts)));
  }
  const notCovered = new Set<string>();
  for (const [i, row] of list('notCovered').entries()) {
    const id = isObject(row) ? row.id : undefined;
    const where = `notCovered ${typeof id === 'string' ? id : `[${i}]`}`;
    if (!isObject(row) || typeof id !== 'string') {
      out.push(`${where}: needs an id (quoted) and a reason`);
      continue;
    }
    for (const key of Object.keys(row))
      if (key !== 'id' && key !== 'reason') out.push(`${where}: unknown key ${key}`);
    if (!facts.requirementIds.has(id)) out.push(`${where}: not an ID of the catalogue`);
    if (traced.has(id)) out.push(`${where}: also has a requirements row`);
    if (notCovered.has(id)) out.push(`${where}: listed twice`);
    notCovered.add(id);
    if (!isText(row.reason)) out.push(`${where}: needs a reason`);
  }
  return out;
}

// ---------------------------------------------------------------- the facts of this repository

function catalogue(): { ids: Set<string>; markers: Set<string> } {
  if (!existsSync(CATALOGUE))
    throw new Error(`The requirements catalogue is not at ${CATALOGUE} (../shared/spec/)`);
  const text = readFileSync(CATALOGUE, 'utf8');
  const ids = new Set([...text.matchAll(/^\| (\d+(?:\.\d+)*-\d{2}) \|/gm)].map((m) => m[1]!));
  const markers = new Set([...text.matchAll(/^\| \*\*([A-Z]+)\*\* \|/gm)].map((m) => m[1]!));
  return { ids, markers };
}

function formKeys(): Map<string, Set<string>> {
  const dir = path.join(projectRoot, 'workflows', 'forms');
  interface Component {
    key?: string;
    components?: Component[];
  }
  const keys = (c: Component, into: Set<string>): Set<string> => {
    for (const child of c.components ?? []) {
      if (child.key) into.add(child.key);
      keys(child, into);
    }
    return into;
  };
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.form'))
      .map((f) => {
        const form = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Component & {
          id: string;
        };
        return [form.id, keys(form, new Set())];
      }),
  );
}

/** The element ids of each diagram in workflows/, and the job types its service tasks use. */
async function diagrams(): Promise<{ elements: Map<string, Set<string>>; jobTypes: Set<string> }> {
  const dir = path.join(projectRoot, 'workflows');
  const elements = new Map<string, Set<string>>();
  const jobTypes = new Set<string>();
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.bpmn'))) {
    const facts = await parseBpmn(readFileSync(path.join(dir, f), 'utf8'));
    elements.set(path.basename(f, '.bpmn'), new Set(Object.keys(facts.elements)));
    for (const task of facts.serviceTasks) if (task.jobType) jobTypes.add(task.jobType);
  }
  return { elements, jobTypes };
}

const quietLog: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quietLog,
};

async function repositoryFacts(): Promise<TraceFacts> {
  const { ids, markers } = catalogue();
  // The registries build over dependencies that never connect: declaring does no I/O.
  const offlineDb = knexFactory({ client: 'pg' });
  const workers = createWorkers({
    db: offlineDb,
    engine: { publishMessage: async () => ({ key: '0' }), cancelInstance: async () => undefined },
    clock: systemClock,
    domain: createDomain({ db: offlineDb, clock: systemClock }),
  });
  const routes = createRoutes({
    db: offlineDb,
    engine: {} as EngineClient,
    clock: { now: () => new Date() },
    log: quietLog,
    workers: () => [],
    domain: {} as Domain,
  }).routes;
  const workflows = await diagrams();
  const read = (relative: string) => {
    const file = path.join(projectRoot, relative);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return {
    requirementIds: ids,
    markers,
    elements: workflows.elements,
    // A retired worker stays registered for old instances; new diagrams may not use it.
    jobTypes: new Map(
      workers.map((w) => [w.type, { retired: (w as { retired?: string }).retired }]),
    ),
    usedJobTypes: workflows.jobTypes,
    kindFields: new Map(
      platformKinds()
        .all()
        .map((k) => [k.type, new Set([...Object.keys(k.fields), ...COMMON_FIELDS])]),
    ),
    formKeys: formKeys(),
    routes: new Set(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`)),
    settings: new Set([
      ...Object.values(SETTING_KEYS),
      ...Object.keys(INCIDENT_SETTING_SCHEMAS),
      ...Object.keys(SLA_SETTING_SCHEMAS),
      ...Object.keys(SECURITY_SETTING_SCHEMAS),
    ]),
    readFile: read,
    async exportsOf(relative) {
      try {
        return Object.keys(
          (await import(pathToFileURL(path.join(projectRoot, relative)).href)) as object,
        );
      } catch {
        return undefined;
      }
    },
  };
}

describe('contract: the requirements trace (docs/trace.yaml) names what exists', function () {
  this.timeout(60_000);
  let facts: TraceFacts;
  let trace: { requirements: Row[]; mechanisms: Row[]; notCovered: Row[] };
  before(async () => {
    facts = await repositoryFacts();
    trace = parseYaml(readFileSync(TRACE, 'utf8')) as typeof trace;
  });

  it('when the catalogue and the code are read, they offer what the check compares against', () => {
    // given / when: the facts gathered in before()
    // then: none of them is empty, so no row passes for want of anything to compare with
    expect(facts.requirementIds.size).to.be.greaterThan(200);
    expect(facts.requirementIds.has('8.1-04')).to.equal(true);
    expect([...facts.markers]).to.include.members(['STEP', 'REC', 'RULE', 'APPR', 'RPT']);
    expect(facts.elements.get('incident-management')?.has('UserTask_Triage')).to.equal(true);
    expect(facts.jobTypes.has('itsm:incident.classify:1')).to.equal(true);
    expect(facts.kindFields.get('incident')?.has('impact')).to.equal(true);
    expect(facts.formKeys.get('incident-management.Triage')?.has('knownErrorId')).to.equal(true);
    expect(facts.routes.has('GET /api/kpis')).to.equal(true);
    expect(facts.settings.has('priority-matrix')).to.equal(true);
  });

  it('when docs/trace.yaml is checked, every row names IDs, elements, job types, kinds, fields, forms, rules, routes, settings and tests that exist', async () => {
    // given the trace; when it is checked
    const problems = await traceProblems(trace, facts);
    // then
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(trace.requirements.length).to.be.greaterThan(20);
  });

  it('when a running process that runs records is in workflows/, the trace names its elements', () => {
    // given the processes of the record kinds whose diagram exists
    const running = platformKinds()
      .all()
      .flatMap((k) => k.processIds)
      .filter((p) => facts.elements.has(p));
    // when the element entries are collected
    const traced = new Set(
      [...trace.requirements, ...trace.mechanisms]
        .flatMap((r) => r.satisfiedBy as Row[])
        .map((e) => e.element)
        .filter((e): e is string => typeof e === 'string')
        .map((e) => e.split('#')[0]),
    );
    // then
    expect(running).to.include.members([
      'incident-management',
      'major-incident',
      'problem-management',
      'service-request',
    ]);
    for (const p of running) expect(traced.has(p), `${p} has no row`).to.equal(true);
  });

  it('when a row names what does not exist, the check names the row, the entry and what is missing', async () => {
    // given rows broken one way each
    const broken = {
      requirements: [
        {
          id: '8.1-01',
          note: 'n',
          satisfiedBy: [
            { element: 'incident-management#UserTask_Gone' },
            { element: 'no-such-process#Task_Record' },
            { jobType: 'itsm:incident.gone:1' },
            { jobType: 'itsm:test.retired:1' },
            { jobType: 'itsm:test.unused:1' },
            { kind: 'widget' },
            { field: 'incident.gone' },
            { field: 'incident.assignee' },
            { form: 'incident-management.Triage#gone' },
            { rule: 'lib/sla/priority.ts#gone' },
            { rule: 'lib/sla/gone.ts#derivePriority' },
            { route: 'GET /api/gone' },
            { setting: 'gone-setting' },
            { element: 'incident-management#Task_Record', jobType: 'itsm:incident.record:1' },
          ],
          shownBy: [
            'test/integration/gone.test.ts',
            'test/integration/incident-acceptance.test.ts#no such scenario',
          ],
        },
        { id: '8.1-01', note: 'n', satisfiedBy: [{ kind: 'incident' }], shownBy: [] },
        { id: '99.9-01', satisfiedBy: [], shownBy: ['test/contract/trace.test.ts'], gap: '' },
      ],
      mechanisms: [{ id: 'KPI', note: 'n', satisfiedBy: [{ kind: 'incident' }], shownBy: [] }],
      notCovered: [{ id: '8.1-01', reason: 'r' }, { id: '8.1-06' }],
    };
    // and a registry with a retired worker and one that no diagram uses
    const registry = new Map([
      ...facts.jobTypes,
      ['itsm:test.retired:1', { retired: 'itsm:test.new:1' }],
      ['itsm:test.unused:1', {}],
    ]);
    const usedJobTypes = new Set([...facts.usedJobTypes, 'itsm:test.retired:1']);
    // when it is checked
    const problems = await traceProblems(broken, { ...facts, jobTypes: registry, usedJobTypes });
    // then each is named with its row
    expect(problems).to.deep.equal([
      '8.1-01 satisfiedBy[0] element incident-management#UserTask_Gone: no element UserTask_Gone in workflows/incident-management.bpmn',
      '8.1-01 satisfiedBy[1] element no-such-process#Task_Record: no diagram workflows/no-such-process.bpmn',
      '8.1-01 satisfiedBy[2] jobType itsm:incident.gone:1: no worker serves this job type',
      '8.1-01 satisfiedBy[3] jobType itsm:test.retired:1: the job type is retired (itsm:test.new:1)',
      '8.1-01 satisfiedBy[4] jobType itsm:test.unused:1: no diagram in workflows/ uses it',
      '8.1-01 satisfiedBy[5] kind widget: no such record kind',
      '8.1-01 satisfiedBy[6] field incident.gone: incident declares no field gone',
      '8.1-01 satisfiedBy[8] form incident-management.Triage#gone: form incident-management.Triage has no field gone',
      '8.1-01 satisfiedBy[9] rule lib/sla/priority.ts#gone: lib/sla/priority.ts exports no gone',
      '8.1-01 satisfiedBy[10] rule lib/sla/gone.ts#derivePriority: no file lib/sla/gone.ts',
      '8.1-01 satisfiedBy[11] route GET /api/gone: the server declares no such route',
      '8.1-01 satisfiedBy[12] setting gone-setting: no such setting',
      '8.1-01 satisfiedBy[13]: needs exactly one of element, jobType, kind, field, form, rule, route, setting (and a note)',
      '8.1-01 shownBy[0] test/integration/gone.test.ts: no file test/integration/gone.test.ts',
      '8.1-01 shownBy[1] test/integration/incident-acceptance.test.ts#no such scenario: test/integration/incident-acceptance.test.ts does not contain "no such scenario"',
      '8.1-01: more than one row',
      '8.1-01: needs shownBy tests',
      '99.9-01: not an ID of the catalogue',
      '99.9-01: needs a note',
      '99.9-01: gap, when given, says what is missing',
      '99.9-01: needs satisfiedBy entries',
      'mechanism KPI: the id is not a marker of the catalogue (§0.1)',
      'mechanism KPI: needs shownBy tests',
      'notCovered 8.1-01: also has a requirements row',
      'notCovered 8.1-06: needs a reason',
    ]);
  });
});
