import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Linter, type LintReport, type LinterConfig } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { projectRoot } from '../../lib/paths.ts';
import { platformKinds } from '../../lib/records/kinds/index.ts';
import { kindFindingsOf } from './kind-check.ts';
import {
  BpmnParseError,
  describeElement,
  loadBpmn,
  type BpmnDocument,
  type BpmnFacts,
  type ParseIssue,
} from './bpmn-model.ts';

/** What a finding is about; callers switch on it (HTTP status, UI hint, test assertion). */
export type DiagramFindingCode =
  /** The XML is malformed or is not a complete BPMN document. */
  | 'INVALID_XML'
  /** No process in the diagram is executable. */
  | 'NO_EXECUTABLE_PROCESS'
  /** More than one executable process; the platform deploys one process per file. */
  | 'MULTIPLE_PROCESSES'
  /** The executable process's id is not the one the caller expected (file name, route). */
  | 'PROCESS_ID_MISMATCH'
  /** A bpmnlint rule of category `error` (bpmnlint:recommended + camunda-compat 8.5). */
  | 'LINT'
  /** A bpmnlint rule of category `warn`/`info`: never blocks a deploy; see {@link DiagramCheck}. */
  | 'LINT_WARNING'
  /** A job type that no registered worker serves. */
  | 'UNKNOWN_JOB_TYPE'
  /** A job-worker user task; the platform only runs Zeebe user tasks. */
  | 'NOT_A_ZEEBE_USER_TASK'
  /** A user task linking a form id that is not among the known (deployed) forms. */
  | 'UNKNOWN_FORM'
  /** A generic record task or approval task that disagrees with the record kinds (§8). */
  | 'RECORD_KIND'
  /** Checking the diagram ran past its time or memory limit (server/checks). */
  | 'TOO_COMPLEX';

/** One reason a diagram cannot (or, for `LINT_WARNING`, should not) be deployed as it is. */
export interface DiagramFinding {
  code: DiagramFindingCode;
  /** A sentence for the process owner, naming the element (`Service task "Echo" (Task_Echo) …`). */
  message: string;
  /** The BPMN element the finding is on, so the modeler can select it. */
  elementId?: string;
  /** For `LINT`/`LINT_WARNING`: the bpmnlint rule, e.g. `camunda-compat/no-task-listeners`. */
  rule?: string;
}

/** What the diagram is checked against: the platform's workers and forms. */
export interface ValidateDiagramOptions {
  /** The process id the diagram must have (the file name in `workflows/`, or the route's id). */
  expectedProcessId?: string;
  /** Every job type a registered worker serves. */
  knownJobTypes: ReadonlySet<string> | readonly string[];
  /** Every form id deployable with the process; when omitted, form links are not checked. */
  knownFormIds?: ReadonlySet<string> | readonly string[];
}

/** The full result: blocking `errors`, non-blocking `warnings`, and the facts when the XML parsed. */
export interface DiagramCheck {
  /** Everything that blocks a deploy; empty means Zeebe 8.5 will accept and run the diagram. */
  errors: DiagramFinding[];
  /** `LINT_WARNING` findings (bpmnlint `warn`/`info`); shown to the modeler, never blocking. */
  warnings: DiagramFinding[];
  /** Absent only when the XML could not be read. */
  facts?: BpmnFacts;
}

/**
 * Checks a BPMN diagram before the platform deploys it to Zeebe 8.5 and returns the blocking
 * findings; an empty list means "deployable". Used by the deploy API route, the deploy-on-start
 * of `workflows/` and the contract tests, so all three reject the same diagrams. Lint warnings
 * are left out; use {@link checkDiagram} to get them too.
 */
export async function validateDiagram(
  xml: string,
  opts: ValidateDiagramOptions,
): Promise<DiagramFinding[]> {
  return (await checkDiagram(xml, opts)).errors;
}

/**
 * Like {@link validateDiagram}, but also returns the lint warnings separately (for the modeler,
 * which shows them without blocking) and the diagram's facts (for callers that go on to deploy).
 */
export async function checkDiagram(
  xml: string,
  opts: ValidateDiagramOptions,
): Promise<DiagramCheck> {
  let document: BpmnDocument;
  try {
    document = await loadBpmn(xml);
  } catch (err) {
    if (err instanceof BpmnParseError) {
      return { errors: err.issues.map(invalidXmlFinding), warnings: [] };
    }
    throw err;
  }
  const { definitions, facts } = document;
  const lint = await lintDiagram(definitions, facts);
  const executable = new Set(facts.processes.filter((p) => p.isExecutable).map((p) => p.id));
  const errors = [
    ...processFindings(facts, opts.expectedProcessId),
    ...lint.errors,
    ...jobTypeFindings(facts, executable, asSet(opts.knownJobTypes)),
    ...userTaskFindings(facts, executable, opts.knownFormIds && asSet(opts.knownFormIds)),
    ...kindFindingsOf(definitions, KINDS).map((f): DiagramFinding => ({
      code: 'RECORD_KIND',
      message: `${f.where}: ${f.message}`,
      elementId: f.where.split(' ')[0],
    })),
  ];
  return { errors, warnings: lint.warnings, facts };
}

// ---------------------------------------------------------------------------------------------

/**
 * `workflows/.bpmnlintrc` is the single lint configuration: the modeler, `npx bpmnlint` and
 * this check all read it. Rules and plug-ins resolve from its folder, as bpmnlint's CLI does.
 */
/** The platform's record kinds, which generic record tasks must agree with. */
const KINDS = platformKinds();

const LINT_CONFIG_PATH = path.join(projectRoot, 'workflows', '.bpmnlintrc');

const resolver = new NodeResolver({ require: createRequire(LINT_CONFIG_PATH) });

let lintConfig: Promise<LinterConfig> | undefined;

function loadLintConfig(): Promise<LinterConfig> {
  lintConfig ??= readLintConfig().catch((err: unknown) => {
    lintConfig = undefined; // a fixed file is picked up on the next call
    throw err;
  });
  return lintConfig;
}

async function readLintConfig(): Promise<LinterConfig> {
  const parsed: unknown = JSON.parse(await readFile(LINT_CONFIG_PATH, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) {
    throw new Error(`${LINT_CONFIG_PATH} must hold a JSON object`);
  }
  const config: LinterConfig = {};
  if ('extends' in parsed) {
    const parents = parsed.extends;
    if (
      typeof parents !== 'string' &&
      !(Array.isArray(parents) && parents.every((p) => typeof p === 'string'))
    ) {
      throw new Error(`${LINT_CONFIG_PATH}: "extends" must be a string or a list of strings`);
    }
    config.extends = parents;
  }
  if ('rules' in parsed) {
    const rules = parsed.rules;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      throw new Error(`${LINT_CONFIG_PATH}: "rules" must be an object`);
    }
    config.rules = { ...rules };
  }
  return config;
}

async function lintDiagram(
  definitions: BpmnDocument['definitions'],
  facts: BpmnFacts,
): Promise<{ errors: DiagramFinding[]; warnings: DiagramFinding[] }> {
  // The camunda-compat rules take the Zeebe version from the config (camunda-cloud-8-5 passes
  // { version: '8.5' } to each rule), never from the diagram's modeler:executionPlatformVersion,
  // so a diagram declaring 8.8 is still held to 8.5. A new Linter per run: bpmnlint caches rule
  // instances per Linter and some rules (no-duplicate-sequence-flows) keep state between runs.
  const linter = new Linter({ config: await loadLintConfig(), resolver });
  const results = await linter.lint(definitions);
  const errors: DiagramFinding[] = [];
  const warnings: DiagramFinding[] = [];
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const blocking = report.category === 'error' || report.category === 'rule-error';
      const finding: DiagramFinding = {
        code: blocking ? 'LINT' : 'LINT_WARNING',
        message: lintMessage(facts, rule, report),
        ...(report.id ? { elementId: report.id } : {}),
        rule,
      };
      (blocking ? errors : warnings).push(finding);
    }
  }
  return { errors, warnings };
}

function lintMessage(facts: BpmnFacts, rule: string, report: LintReport): string {
  if (report.category === 'rule-error') {
    // bpmnlint caught an exception inside the rule; fail closed rather than skip the rule
    return `Lint rule ${rule} could not check the diagram: ${report.message}`;
  }
  const subject = report.id ? capitalize(describeElement(facts, report.id)) : 'The diagram';
  return `${subject} breaks lint rule ${rule}: ${report.message}`;
}

function invalidXmlFinding(issue: ParseIssue): DiagramFinding {
  const where = issue.line !== undefined ? `line ${issue.line}, column ${issue.column}: ` : '';
  return {
    code: 'INVALID_XML',
    message: `The diagram's XML cannot be read as BPMN: ${where}${issue.message}`,
    ...(issue.elementId ? { elementId: issue.elementId } : {}),
  };
}

function processFindings(
  facts: BpmnFacts,
  expectedProcessId: string | undefined,
): DiagramFinding[] {
  const executable = facts.processes.filter((p) => p.isExecutable);
  const [first] = executable;
  if (!first) {
    const [nonExecutable] = facts.processes;
    return [
      {
        code: 'NO_EXECUTABLE_PROCESS',
        message: nonExecutable
          ? `The diagram has no executable process: mark ${describeElement(facts, nonExecutable.id)} as executable`
          : 'The diagram has no process',
        ...(nonExecutable ? { elementId: nonExecutable.id } : {}),
      },
    ];
  }
  const findings: DiagramFinding[] = [];
  const kept = executable.find((p) => p.id === expectedProcessId) ?? first;
  const ids = executable.map((p) => `"${p.id}"`).join(', ');
  for (const extra of executable) {
    if (extra === kept) continue;
    findings.push({
      code: 'MULTIPLE_PROCESSES',
      message:
        `The diagram has ${executable.length} executable processes (${ids}) but the platform ` +
        `deploys one process per file: move ${describeElement(facts, extra.id)} to its own file ` +
        'or make it non-executable',
      elementId: extra.id,
    });
  }
  if (expectedProcessId !== undefined && !executable.some((p) => p.id === expectedProcessId)) {
    findings.push({
      code: 'PROCESS_ID_MISMATCH',
      message: `The diagram's process id is "${kept.id}" but "${expectedProcessId}" was expected: rename the process or the file so they match`,
      elementId: kept.id,
    });
  }
  return findings;
}

function jobTypeFindings(
  facts: BpmnFacts,
  executable: ReadonlySet<string>,
  knownJobTypes: ReadonlySet<string>,
): DiagramFinding[] {
  const findings: DiagramFinding[] = [];
  for (const task of facts.serviceTasks) {
    // A missing type is bpmnlint's (camunda-compat/implementation); non-executable processes never run.
    if (!executable.has(task.processId) || task.jobType === undefined) continue;
    if (knownJobTypes.has(task.jobType)) continue;
    const element = capitalize(describeElement(facts, task.elementId));
    findings.push({
      code: 'UNKNOWN_JOB_TYPE',
      message: task.jobType.startsWith('=')
        ? `${element} computes its job type with the expression "${task.jobType}", which cannot be checked against the registered workers: use a static job type`
        : `${element} has job type "${task.jobType}", which no registered worker serves`,
      elementId: task.elementId,
    });
  }
  return findings;
}

function userTaskFindings(
  facts: BpmnFacts,
  executable: ReadonlySet<string>,
  knownFormIds: ReadonlySet<string> | undefined,
): DiagramFinding[] {
  const findings: DiagramFinding[] = [];
  for (const task of facts.userTasks) {
    if (!executable.has(task.processId)) continue;
    const element = capitalize(describeElement(facts, task.elementId));
    if (!task.isZeebeUserTask) {
      findings.push({
        code: 'NOT_A_ZEEBE_USER_TASK',
        message: `${element} is a job-worker user task (no zeebe:userTask), but the platform only runs Zeebe user tasks: set its implementation to "Zeebe user task" in the modeler`,
        elementId: task.elementId,
      });
    }
    if (knownFormIds && task.formId !== undefined && !knownFormIds.has(task.formId)) {
      findings.push({
        code: 'UNKNOWN_FORM',
        message: `${element} links form "${task.formId}", which is not among the known forms`,
        elementId: task.elementId,
      });
    }
  }
  return findings;
}

function asSet(values: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  return 'has' in values ? values : new Set(values);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
