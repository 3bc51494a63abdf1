/**
 * The reason lists of §0.5 as configuration: why a clock may pause (rule 2) and why an
 * incident may be exempted from the fault-repair objective (rule 5). Codes are stored; the
 * labels travel with them for forms in both languages.
 */

/** A selectable reason with its labels. */
export interface ReasonOption {
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
}

/**
 * Reasons that pause a customer's clock (§0.5 rule 2) [default]. Waiting for a supplier or an
 * internal group is deliberately absent: it never pauses the customer's clock.
 */
export const DEFAULT_PAUSE_REASONS: readonly ReasonOption[] = [
  {
    code: 'awaiting_customer_information',
    labelZh: '等待客户提供信息',
    labelEn: 'Awaiting information from the customer',
  },
  {
    code: 'awaiting_customer_confirmation',
    labelZh: '等待客户确认上门或维护时间',
    labelEn: "Awaiting the customer's confirmation of a visit or maintenance window",
  },
  { code: 'customer_hold', labelZh: '客户要求暂缓', labelEn: 'Hold requested by the customer' },
];

/** Who may exempt an incident, and for which reasons (§0.5 rule 5). */
export interface ExemptionPolicy {
  readonly allowedRoles: readonly string[];
  readonly reasons: readonly ReasonOption[];
}

/** §0.5 rule 5: the `incident-manager`, for one of four reasons [default]. */
export const DEFAULT_EXEMPTION_POLICY: ExemptionPolicy = {
  allowedRoles: ['incident-manager'],
  reasons: [
    { code: 'customer_caused', labelZh: '客户原因', labelEn: 'Customer-caused' },
    { code: 'force_majeure', labelZh: '不可抗力', labelEn: 'Force majeure' },
    {
      code: 'third_party_out_of_scope',
      labelZh: '约定范围外的第三方原因',
      labelEn: 'Third party outside the agreed scope',
    },
    { code: 'sla_exclusion', labelZh: 'SLA约定的免责情形', labelEn: 'Exclusion agreed in the SLA' },
  ],
};

/** Why an exemption is refused. */
export type ExemptionProblem = 'ROLE_NOT_ALLOWED' | 'REASON_NOT_ALLOWED';

/**
 * Every reason the policy refuses an exemption; empty when allowed. An exemption only removes
 * the incident from the "timely fault repair after exemptions" KPI: its clocks keep running
 * and are still reported, so nothing here touches a clock.
 */
export function checkExemption(
  policy: ExemptionPolicy,
  request: { readonly roles: readonly string[]; readonly reason: string },
): ExemptionProblem[] {
  const problems: ExemptionProblem[] = [];
  if (!request.roles.some((role) => policy.allowedRoles.includes(role))) {
    problems.push('ROLE_NOT_ALLOWED');
  }
  if (!policy.reasons.some((option) => option.code === request.reason)) {
    problems.push('REASON_NOT_ALLOWED');
  }
  return problems;
}
