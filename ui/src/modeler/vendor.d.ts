/**
 * Narrow type declarations for the modeler's packages that ship none (bpmn-js itself does).
 * Each module is a didi module (an object of services) or a class used as shown here.
 */
declare module 'bpmn-js-properties-panel' {
  type DidiModule = Record<string, unknown>;
  export const BpmnPropertiesPanelModule: DidiModule;
  export const BpmnPropertiesProviderModule: DidiModule;
  export const ZeebePropertiesProviderModule: DidiModule;
}

declare module 'bpmn-js-element-templates' {
  export const CloudElementTemplatesPropertiesProviderModule: Record<string, unknown>;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const ZeebeBehaviorsModule: Record<string, unknown>;
  export default ZeebeBehaviorsModule;
}

declare module '@camunda/linting/modeler' {
  const LintingModule: Record<string, unknown>;
  export default LintingModule;
}

declare module '@camunda/linting' {
  /** One lint finding as the Camunda Modeler shows it. */
  export interface LintReport {
    id?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    rule: string;
  }
  export class Linter {
    constructor(options?: { modeler?: 'desktop' | 'web'; type?: 'cloud' | 'platform' });
    lint(definitionsOrXml: object | string): Promise<LintReport[]>;
  }
}
