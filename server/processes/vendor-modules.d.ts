/**
 * Type declarations for the parts of bpmn-moddle and bpmnlint that `server/processes` uses.
 * Neither package ships types for its main entry point (bpmn-moddle only types its model under
 * `bpmn-moddle/types`; bpmnlint has no `types` field), so strict TypeScript needs these.
 * Keep them as narrow as the code that uses them.
 */

declare module 'bpmn-moddle' {
  import type { Moddle, ModdleElement } from 'moddle';

  /** A problem the lax XML reader skipped over instead of failing. */
  export interface ParseWarning {
    message: string;
    error?: Error;
    element?: ModdleElement;
    property?: string;
    value?: string;
  }

  /** What `fromXML` resolves with. */
  export interface ParseResult {
    rootElement: ModdleElement;
    elementsById: Record<string, ModdleElement>;
    warnings: ParseWarning[];
  }

  /** What `fromXML` rejects with: the fatal problem plus the warnings collected until then. */
  export interface ParseError extends Error {
    warnings?: ParseWarning[];
  }

  /** A moddle that reads and writes BPMN 2.0 XML. */
  export interface BpmnModdleInstance extends Moddle {
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }

  /** Creates a BPMN moddle with the given extension packages (e.g. `{ zeebe: zeebeSchema }`). */
  export function BpmnModdle(
    additionalPackages?: Record<string, object>,
    options?: { strict?: boolean },
  ): BpmnModdleInstance;
}

declare module 'bpmnlint' {
  /** `error`/`warn`/`info` as configured; `rule-error` when the rule itself threw. */
  export type LintCategory = 'error' | 'warn' | 'info' | 'rule-error';

  /** One problem a rule found. */
  export interface LintReport {
    /** The id of the element the problem is on, when the rule names one. */
    id?: string;
    message: string;
    path?: (string | number)[];
    category: LintCategory;
    meta?: { documentation?: { url?: string } };
  }

  /** Reports keyed by rule name (`no-implicit-end`, `camunda-compat/timer`, …). */
  export type LintResults = Record<string, LintReport[]>;

  /** A `.bpmnlintrc` as the linter understands it. */
  export interface LinterConfig {
    extends?: string | string[];
    rules?: Record<string, unknown>;
  }

  /** Finds rule and config modules by package and name. */
  export interface Resolver {
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
  }

  /**
   * Caches rule *instances*, and some rules keep state between runs: use one Linter per lint.
   */
  export class Linter {
    constructor(options: { config?: LinterConfig; resolver: Resolver });
    lint(definitions: object, config?: LinterConfig): Promise<LintResults>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
  import type { Resolver } from 'bpmnlint';

  /** Resolves rules and configs with Node's module resolution, from `options.require`'s folder. */
  export default class NodeResolver implements Resolver {
    constructor(options?: { require?: NodeJS.Require; requireLocal?: NodeJS.Require });
    resolveRule(pkg: string, ruleName: string): unknown;
    resolveConfig(pkg: string, configName: string): unknown;
  }
}
