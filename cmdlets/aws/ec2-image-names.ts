// The service-pack independent "logical" image names Get-EC2ImageByName knows, in the order the AWS SDK for
// .NET lists them (ImageUtilities.ImageKeys), each with the EC2 image-name pattern it stands for. The .NET
// SDK downloads the patterns (stockamis.json); awsps carries them, written after Amazon's published AMI names
// (Windows_Server-<version>-English-<edition>-<date>, amzn-ami-vpc-nat-...).

export interface ImageNameDefinition {
  readonly key: string;
  readonly pattern: string;
}

const W2016 = 'Windows_Server-2016-English-';
const W2012R2 = 'Windows_Server-2012-R2_RTM-English-64Bit-';
const W2012 = 'Windows_Server-2012-RTM-English-64Bit-';
const W2008R2 = 'Windows_Server-2008-R2_SP1-English-64Bit-';
const W2008 = 'Windows_Server-2008-SP2-English-64Bit-';

export const IMAGE_NAME_DEFINITIONS: readonly ImageNameDefinition[] = [
  { key: 'WINDOWS_2016_BASE', pattern: `${W2016}Full-Base*` },
  { key: 'WINDOWS_2016_NANO', pattern: `${W2016}Nano-Base*` },
  { key: 'WINDOWS_2016_CORE', pattern: `${W2016}Core-Base*` },
  { key: 'WINDOWS_2016_CONTAINER', pattern: `${W2016}Full-Containers*` },
  { key: 'WINDOWS_2016_SQL_SERVER_ENTERPRISE_2016', pattern: `${W2016}Full-SQL_2016_SP*_Enterprise*` },
  { key: 'WINDOWS_2016_SQL_SERVER_STANDARD_2016', pattern: `${W2016}Full-SQL_2016_SP*_Standard*` },
  { key: 'WINDOWS_2016_SQL_SERVER_WEB_2016', pattern: `${W2016}Full-SQL_2016_SP*_Web*` },
  { key: 'WINDOWS_2016_SQL_SERVER_EXPRESS_2016', pattern: `${W2016}Full-SQL_2016_SP*_Express*` },
  { key: 'WINDOWS_2012R2_BASE', pattern: `${W2012R2}Base*` },
  { key: 'WINDOWS_2012R2_CORE', pattern: `${W2012R2}Core*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_EXPRESS_2016', pattern: `${W2012R2}SQL_2016_SP*_Express*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_STANDARD_2016', pattern: `${W2012R2}SQL_2016_SP*_Standard*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_WEB_2016', pattern: `${W2012R2}SQL_2016_SP*_Web*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_EXPRESS_2014', pattern: `${W2012R2}SQL_2014_SP*_Express*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_STANDARD_2014', pattern: `${W2012R2}SQL_2014_SP*_Standard*` },
  { key: 'WINDOWS_2012R2_SQL_SERVER_WEB_2014', pattern: `${W2012R2}SQL_2014_SP*_Web*` },
  { key: 'WINDOWS_2012_BASE', pattern: `${W2012}Base*` },
  { key: 'WINDOWS_2012_SQL_SERVER_EXPRESS_2014', pattern: `${W2012}SQL_2014_SP*_Express*` },
  { key: 'WINDOWS_2012_SQL_SERVER_STANDARD_2014', pattern: `${W2012}SQL_2014_SP*_Standard*` },
  { key: 'WINDOWS_2012_SQL_SERVER_WEB_2014', pattern: `${W2012}SQL_2014_SP*_Web*` },
  { key: 'WINDOWS_2012_SQL_SERVER_EXPRESS_2012', pattern: `${W2012}SQL_2012_SP*_Express*` },
  { key: 'WINDOWS_2012_SQL_SERVER_STANDARD_2012', pattern: `${W2012}SQL_2012_SP*_Standard*` },
  { key: 'WINDOWS_2012_SQL_SERVER_WEB_2012', pattern: `${W2012}SQL_2012_SP*_Web*` },
  { key: 'WINDOWS_2012_SQL_SERVER_EXPRESS_2008', pattern: `${W2012}SQL_2008_R2_SP*_Express*` },
  { key: 'WINDOWS_2012_SQL_SERVER_STANDARD_2008', pattern: `${W2012}SQL_2008_R2_SP*_Standard*` },
  { key: 'WINDOWS_2012_SQL_SERVER_WEB_2008', pattern: `${W2012}SQL_2008_R2_SP*_Web*` },
  { key: 'WINDOWS_2008R2_BASE', pattern: `${W2008R2}Base*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_EXPRESS_2012', pattern: `${W2008R2}SQL_2012_SP*_Express*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_STANDARD_2012', pattern: `${W2008R2}SQL_2012_SP*_Standard*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_WEB_2012', pattern: `${W2008R2}SQL_2012_SP*_Web*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_EXPRESS_2008', pattern: `${W2008R2}SQL_2008_R2_SP*_Express*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_STANDARD_2008', pattern: `${W2008R2}SQL_2008_R2_SP*_Standard*` },
  { key: 'WINDOWS_2008R2_SQL_SERVER_WEB_2008', pattern: `${W2008R2}SQL_2008_R2_SP*_Web*` },
  { key: 'WINDOWS_2008RTM_BASE', pattern: `${W2008}Base*` },
  { key: 'WINDOWS_2008RTM_SQL_SERVER_EXPRESS_2008', pattern: `${W2008}SQL_2008_SP*_Express*` },
  { key: 'WINDOWS_2008RTM_SQL_SERVER_STANDARD_2008', pattern: `${W2008}SQL_2008_SP*_Standard*` },
  { key: 'WINDOWS_2008_BEANSTALK_IIS75', pattern: `${W2008R2}Web_Beanstalk_IIS75*` },
  { key: 'WINDOWS_2012_BEANSTALK_IIS8', pattern: `${W2012}Web_Beanstalk_IIS8*` },
  { key: 'VPC_NAT', pattern: 'amzn-ami-vpc-nat-hvm*' },
];

/** Names the cmdlet still accepts for a logical name that was renamed (the 2008 images became 2008R2). */
export const DEPRECATED_IMAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['windows_2008_base', 'WINDOWS_2008R2_BASE'],
  ['windows_2008_sql_server_express_2012', 'WINDOWS_2008R2_SQL_SERVER_EXPRESS_2012'],
  ['windows_2008_sql_server_standard_2012', 'WINDOWS_2008R2_SQL_SERVER_STANDARD_2012'],
  ['windows_2008_sql_server_web_2012', 'WINDOWS_2008R2_SQL_SERVER_WEB_2012'],
  ['windows_2008_sql_server_express_2008', 'WINDOWS_2008R2_SQL_SERVER_EXPRESS_2008'],
  ['windows_2008_sql_server_standard_2008', 'WINDOWS_2008R2_SQL_SERVER_STANDARD_2008'],
  ['windows_2008_sql_server_web_2008', 'WINDOWS_2008R2_SQL_SERVER_WEB_2008'],
]);

/** The definition of a logical name (case-insensitive, as .NET compares them). */
export function imageDefinitionByKey(key: string): ImageNameDefinition | undefined {
  const k = key.toUpperCase();
  return IMAGE_NAME_DEFINITIONS.find((d) => d.key === k);
}

/** The definition whose pattern is exactly this name (a script that spelled the pattern out). */
export function imageDefinitionByPattern(name: string): ImageNameDefinition | undefined {
  const n = name.toLowerCase();
  return IMAGE_NAME_DEFINITIONS.find((d) => d.pattern.toLowerCase() === n);
}

export interface ResolvedImageNames {
  readonly patterns: string[];
  /** Any name was not a built-in one: every match is written. */
  readonly customPatternUsed: boolean;
  /** AWS Tools' advice for names that will stop working. */
  readonly warnings: string[];
}

/** Get-EC2ImageByName's mapping of -Name values to the EC2 name filter, in the real cmdlet's order of checks. */
export function resolveImageNames(names: readonly string[]): ResolvedImageNames {
  const patterns: string[] = [];
  const warnings: string[] = [];
  let customPatternUsed = false;
  for (const name of names) {
    const byKey = imageDefinitionByKey(name);
    if (byKey) {
      patterns.push(byKey.pattern);
      continue;
    }
    const byPattern = imageDefinitionByPattern(name);
    if (byPattern) {
      warnings.push(`'${name}' may be deprecated at some future time.\r\nUse the version-independent replacement '${byPattern.key}' to ensure your script always works.`);
      patterns.push(byPattern.pattern);
      continue;
    }
    const replacement = DEPRECATED_IMAGE_NAMES.get(name.toLowerCase());
    const replaced = replacement === undefined ? undefined : imageDefinitionByKey(replacement);
    if (replacement !== undefined && replaced) {
      warnings.push(`'${name}' has been deprecated.\r\nUsing '${replaced.pattern}' instead.\r\nUse the version-independent replacement '${replacement}' to ensure your script always works.`);
      patterns.push(replaced.pattern);
      continue;
    }
    patterns.push(name);
    customPatternUsed = true;
  }
  return { patterns, customPatternUsed, warnings };
}
