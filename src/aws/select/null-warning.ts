// AWS.Tools accepts $null for a service-required parameter ([AllowNull] on a mandatory parameter), warns,
// and calls the service with the member unset.

/** The warning written when $null is bound to a required parameter. */
export function nullRequiredParameterWarning(parameterName: string): string {
  return `You are passing $null as a value for parameter ${parameterName} which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.`;
}

/** The warning to write for this parameter, or undefined: only when it was bound and its value is $null. */
export function nullRequiredParameterWarningFor(parameterName: string, bound: boolean, value: unknown): string | undefined {
  return bound && (value === null || value === undefined) ? nullRequiredParameterWarning(parameterName) : undefined;
}
