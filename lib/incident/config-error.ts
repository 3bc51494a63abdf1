/** Thrown when configuration (a setting, a customer's definition) has the wrong shape. */
export class IncidentConfigError extends Error {
  override readonly name = 'IncidentConfigError';
}
