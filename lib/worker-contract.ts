/**
 * What the server knows of a worker: its job type and contract, listed by GET /api/workers,
 * turned into the modeler's element templates and used by the diagram checks. A `Worker`
 * (workers/lib/define-worker.ts) is one, plus `run`; the server never runs a job, so it
 * depends on this description and not on workers/.
 */
export interface WorkerContract {
  readonly type: string;
  readonly description: string;
  readonly input: object;
  readonly output: object;
  readonly fetchVariables: readonly string[];
  readonly bpmnErrors: readonly string[];
  readonly timeoutMs: number;
  /**
   * Set when new diagram versions no longer use the job type: what replaced it. The worker
   * stays registered so instances of the versions deployed before finish; new diagrams may
   * not use it, and the modeler does not offer it.
   */
  readonly retired?: string;
}

/** The static job types (`zeebe:taskDefinition type`) a BPMN document uses, each once. */
export function jobTypesIn(xml: string): string[] {
  // Modeler output writes the attribute in this form; an `=` expression is not a static type.
  const types = [...xml.matchAll(/<zeebe:taskDefinition\b[^>]*?\btype="([^"=][^"]*)"/g)];
  return [...new Set(types.map((m) => m[1]!))];
}

/** A job type that a deployed process version uses and no registered worker serves. */
export interface UnservedJobType {
  jobType: string;
  processId: string;
  version: number;
  /** Instances of that version still running: they will wait at the job for ever. */
  activeInstances: number;
}

/**
 * The job types of deployed versions that no worker serves (a worker removed while a version
 * still uses it): what must be registered again, retired, before instances reach the step.
 */
export function unservedJobTypes(
  definitions: readonly {
    processId: string;
    version: number;
    xml: string;
    activeInstances: number;
  }[],
  served: readonly WorkerContract[],
): UnservedJobType[] {
  const known = new Set(served.map((w) => w.type));
  return definitions.flatMap((d) =>
    jobTypesIn(d.xml)
      .filter((t) => !known.has(t))
      .map((jobType) => ({
        jobType,
        processId: d.processId,
        version: d.version,
        activeInstances: d.activeInstances,
      })),
  );
}
