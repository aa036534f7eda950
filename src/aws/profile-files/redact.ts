// Display-safe copies of profile settings: secrets are masked except their last four characters (like
// `aws configure list`), and short secrets entirely.

const SENSITIVE_KEY = /secret|token|password/i;
const MASK = '****************';

/** Whether a setting holds a secret that must never be shown or logged. */
export function isSensitiveProfileKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

export function maskSecret(value: string): string {
  if (value === '') return '';
  return value.length >= 16 ? MASK + value.slice(-4) : MASK;
}

/** A copy of the settings with every sensitive value masked. */
export function redactProfile(values: ReadonlyMap<string, string>): Map<string, string>;
export function redactProfile(values: Readonly<Record<string, string>>): Record<string, string>;
export function redactProfile(
  values: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
): Map<string, string> | Record<string, string> {
  if (values instanceof Map) {
    const result = new Map<string, string>();
    for (const [key, value] of values as ReadonlyMap<string, string>) {
      result.set(key, isSensitiveProfileKey(key) ? maskSecret(value) : value);
    }
    return result;
  }
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(values)) {
    result[key] = isSensitiveProfileKey(key) ? maskSecret(value) : value;
  }
  return result;
}
