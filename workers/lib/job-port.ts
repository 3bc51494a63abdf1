/**
 * The only engine surface worker code touches: what run-job.ts needs of an activated job.
 * The SDK's job satisfies it through an adapter in runtime.ts; unit tests use a fake.
 */
export interface ActivatedJob<R> {
  jobKey: string;
  type: string;
  processInstanceKey: string;
  elementId: string;
  retries: number;
  variables: unknown;
  customHeaders: Record<string, string>;
  complete(variables: Record<string, unknown>): Promise<R>;
  fail(f: { errorMessage: string; retries: number; retryBackOff?: number }): Promise<R>;
  error(e: {
    errorCode: string;
    errorMessage?: string;
    variables?: Record<string, unknown>;
  }): Promise<R>;
}
