// AWS Tools' service matching (Get-AWSService -Service, Get-AWSCmdletName -Service): the exact noun prefix
// first; otherwise the value is a case-insensitive regular expression matched against the service's short
// name ('EC2', 'SimpleNotificationService') and its full name ('Amazon Elastic Compute Cloud (EC2)').

import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import type { AwsService } from './aws-catalog.js';

/** 'AWS.Tools.SimpleNotificationService' → 'SimpleNotificationService'. */
export function serviceShortName(s: AwsService): string {
  return s.summary.module.replace(/^AWS\.Tools\./, '');
}

/** A user pattern as a .NET-style case-insensitive regex; an invalid one is PowerShell's argument error. */
export function userRegex(pattern: string, parameter: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch (e) {
    throw new RuntimeError(
      makeErrorRecord(`parsing "${pattern}" - ${e instanceof Error ? e.message : String(e)}`, {
        type: 'System.ArgumentException',
        id: 'System.ArgumentException',
        category: 'InvalidArgument',
        target: parameter,
      }),
    );
  }
}

export function filterServices(services: readonly AwsService[], filter: string | undefined): AwsService[] {
  if (filter === undefined) return [...services];
  const byPrefix = services.filter((s) => s.summary.nounPrefix.toLowerCase() === filter.toLowerCase());
  if (byPrefix.length > 0) return byPrefix;
  const regex = userRegex(filter, 'Service');
  return services.filter((s) => regex.test(serviceShortName(s)) || regex.test(s.summary.serviceName));
}
