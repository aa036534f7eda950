// -ClientConfig: a hashtable (or object) of Amazon.<Service>.Amazon<Service>Config properties, turned into
// the SDK client settings they stand for. PowerShell builds the .NET config object from the hashtable while
// binding, so a property the type lacks, or a value it cannot convert, is a "Cannot bind parameter" error.
// Real .NET properties awsps cannot honour yet fail loudly instead of being ignored. New-Object
// Amazon.S3.AmazonS3Config builds the config object itself: typed properties at their .NET defaults, of which
// -ClientConfig applies the ones a script changed.

import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { convertTo, dotnetToString, typeNameOf } from '../../engine/conversions.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';
import { TimeSpan } from '../../objects/timespan.js';
import { TypeRef } from '../../objects/typeref.js';
import { SERVICE_INFO, SERVICE_NAMES, type ServiceName } from '../clients/index.js';
import { findRegion, isAWSRegionObject } from '../regions/index.js';
import { notSupportedError } from './service-errors.js';

/** What a -ClientConfig asks for; absent members leave the cmdlet's own resolution in charge. */
export interface ClientConfigSettings {
  /** ServiceURL. */
  endpoint?: string;
  /** RegionEndpoint's system name. */
  region?: string;
  /** AmazonS3Config.ForcePathStyle. */
  forcePathStyle?: boolean;
  /** MaxErrorRetry + 1. */
  maxAttempts?: number;
  /** Timeout in milliseconds (0: no timeout, .NET's InfiniteTimeout). */
  requestTimeout?: number;
  /** AuthenticationRegion: the region requests are signed for (the SDK's signingRegion). */
  signingRegion?: string;
  /** UseHttp: http instead of https for endpoints the shell derives (not for a ServiceURL or -EndpointUrl). */
  useHttp?: boolean;
}

/** "Amazon.S3.AmazonS3Config": every service's config class sits next to its exception class. */
export function clientConfigTypeName(service: ServiceName): string {
  return SERVICE_INFO[service].exceptionType.replace(/Exception$/, 'Config');
}

/** Why building the config object failed; becomes "Cannot bind parameter 'ClientConfig'. <message>". */
class ConfigCreationError extends Error {}

/** .NET's limit for ClientConfig.Timeout: Int32.MaxValue milliseconds. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** .NET's ClientConfig.InfiniteTimeout (TimeSpan.FromMilliseconds(-1)). */
const INFINITE_TIMEOUT_MS = -1;

function cannotConvert(value: unknown, target: string): ConfigCreationError {
  return new ConfigCreationError(`Cannot convert the "${dotnetToString(value)}" value of type "${typeNameOf(value)}" to type "${target}".`);
}

/** A setter that threw: PowerShell reports it as 'Exception setting "<name>": "<message>"'. */
function setterError(property: string, message: string): ConfigCreationError {
  return new ConfigCreationError(`Exception setting "${property}": "${message}"`);
}

function outOfRange(property: string, parameter: string): ConfigCreationError {
  return setterError(property, `Specified argument was out of the range of valid values. (Parameter '${parameter}')`);
}

/** The value converted as PowerShell converts a property assignment; its cast error is the message. */
function converted(value: unknown, typeName: string): unknown {
  try {
    return convertTo(value, typeName);
  } catch (e) {
    if (e instanceof RuntimeError) throw new ConfigCreationError(e.record.message);
    throw e;
  }
}

function serviceUrl(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = converted(value, 'System.String') as string;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw setterError('ServiceURL', 'Invalid URI: The format of the URI could not be determined.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw setterError('ServiceURL', `The URI scheme '${url.protocol.slice(0, -1)}' is not supported; use http or https.`);
  return text;
}

/** A region system name, an AWSRegion object (Get-AWSRegion) or an object with SystemName (a RegionEndpoint). */
function regionEndpoint(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  let name: unknown = value;
  if (isAWSRegionObject(value)) name = value.get('Region');
  else if (value instanceof PSObject) name = value.get('SystemName');
  const region = typeof name === 'string' ? findRegion(name) : undefined;
  if (region === undefined) throw cannotConvert(value, 'Amazon.RegionEndpoint');
  return region.systemName;
}

function maxErrorRetry(value: unknown): number {
  const retries = converted(value, 'System.Int32') as number;
  if (retries < 0) throw outOfRange('MaxErrorRetry', 'value');
  return retries + 1;
}

/** A TimeSpan (or a string TimeSpan parses); a plain number counts seconds. */
function timeout(value: unknown): number {
  if (value === null || value === undefined) throw setterError('Timeout', "Value cannot be null. (Parameter 'timeout')");
  const ms = typeof value === 'number' ? value * 1000 : (converted(value, 'System.TimeSpan') as TimeSpan).totalMilliseconds;
  if (ms === INFINITE_TIMEOUT_MS) return 0;
  if (!(ms > 0) || ms > MAX_TIMEOUT_MS) throw outOfRange('Timeout', 'timeout');
  return Math.ceil(ms);
}

/** .NET takes any string (it is put into the signature's credential scope as given); '' and $null mean unset. */
function authenticationRegion(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const region = converted(value, 'System.String') as string;
  return region === '' ? undefined : region;
}

type PropertyHandler = (value: unknown, into: ClientConfigSettings) => void;

interface ConfigProperty {
  /** The property's .NET name, as Get-Member would show it. */
  name: string;
  /** Only these services' config classes have it (all when absent). */
  services?: readonly ServiceName[];
  apply: PropertyHandler;
  /** The type a config object's property converts assigned values to (a name the shell cannot resolve stores them as given). */
  typeName: string;
  /** What a new config object's property holds (.NET's default, which -ClientConfig leaves to the SDK). */
  defaultValue: string | boolean | number | null;
}

const SUPPORTED: readonly ConfigProperty[] = [
  { name: 'ServiceURL', typeName: 'System.String', defaultValue: null, apply: (v, into) => void (into.endpoint = serviceUrl(v)) },
  { name: 'RegionEndpoint', typeName: 'Amazon.RegionEndpoint', defaultValue: null, apply: (v, into) => void (into.region = regionEndpoint(v)) },
  {
    name: 'ForcePathStyle',
    services: ['s3'],
    typeName: 'System.Boolean',
    defaultValue: false,
    apply: (v, into) => void (into.forcePathStyle = converted(v, 'System.Boolean') as boolean),
  },
  // The legacy retry mode's default of the AWS Tools (4.x) SDK.
  { name: 'MaxErrorRetry', typeName: 'System.Int32', defaultValue: 4, apply: (v, into) => void (into.maxAttempts = maxErrorRetry(v)) },
  // .NET declares TimeSpan?; assigned values convert as to TimeSpan.
  { name: 'Timeout', typeName: 'System.TimeSpan', defaultValue: null, apply: (v, into) => void (into.requestTimeout = timeout(v)) },
  { name: 'AuthenticationRegion', typeName: 'System.String', defaultValue: null, apply: (v, into) => void (into.signingRegion = authenticationRegion(v)) },
  { name: 'UseHttp', typeName: 'System.Boolean', defaultValue: false, apply: (v, into) => void (into.useHttp = converted(v, 'System.Boolean') as boolean) },
];

/**
 * Properties of Amazon.Runtime.ClientConfig (and of the service configs) that exist in .NET but that awsps
 * cannot honour yet: setting one is refused rather than ignored.
 */
const NOT_SUPPORTED: readonly { name: string; services?: readonly ServiceName[] }[] = [
  ...[
    'AuthenticationServiceName', 'AllowAutoRedirect', 'BufferSize', 'CacheHttpClient',
    'ClientAppId', 'ConnectionLimit', 'DefaultConfigurationMode', 'DisableHostPrefixInjection', 'DisableLogging',
    'DisableRequestCompression', 'EndpointDiscoveryEnabled', 'EndpointProvider', 'FastFailRequests', 'HttpClientCacheSize',
    'HttpClientFactory', 'IgnoreConfiguredEndpointUrls', 'LogMetrics', 'LogResponse', 'MaxConnectionsPerServer',
    'ProgressUpdateInterval', 'ProxyBypassList', 'ProxyBypassOnLocal', 'ProxyCredentials', 'ProxyHost', 'ProxyPort',
    'ReadEntireResponse', 'ReadWriteTimeout', 'RequestChecksumCalculation', 'RequestMinCompressionSizeBytes', 'ResignRetries',
    'ResponseChecksumValidation', 'RetryMode', 'SignatureMethod', 'SignatureVersion', 'TcpKeepAlive', 'ThrottleRetries',
    'UseAlternateUserAgentHeader', 'UseDualstackEndpoint', 'UseFIPSEndpoint', 'UseNagleAlgorithm', 'AccountIdEndpointMode',
    'Profile', 'AWSTokenProvider',
  ].map((name) => ({ name })),
  ...['UseAccelerateEndpoint', 'UseArnRegion', 'USEast1RegionalEndpointValue', 'DisableMultiregionAccessPoints', 'S3ExpressCredentialProvider'].map(
    (name) => ({ name, services: ['s3'] as const }),
  ),
  { name: 'StsRegionalEndpoints', services: ['sts'] },
];

function appliesTo(p: { services?: readonly ServiceName[] }, service: ServiceName): boolean {
  return p.services === undefined || p.services.includes(service);
}

function findByName<T extends { name: string; services?: readonly ServiceName[] }>(list: readonly T[], key: string, service: ServiceName): T | undefined {
  const lower = key.toLowerCase();
  return list.find((p) => p.name.toLowerCase() === lower && appliesTo(p, service));
}

/** The (name, value) pairs a -ClientConfig argument sets; anything else cannot become a config object. */
function configEntries(value: unknown, typeName: string, service: ServiceName): [string, unknown][] {
  if (value instanceof PSHashtable) return value.entries().map((e) => [String(e.key), e.value ?? null]);
  if (value instanceof PSObject) {
    const own = value.typeNames[0] ?? '';
    // Another service's config object (or any other .NET-typed object) does not convert.
    if (own.toLowerCase() !== typeName.toLowerCase() && own !== 'System.Management.Automation.PSCustomObject') throw cannotConvert(value, typeName);
    const entries = value.properties().map((p): [string, unknown] => [p.name, p.getter ? p.getter(value) : p.value ?? null]);
    // A config object lists every property: those still at their default ask for nothing.
    return value.typeNames.includes(CLIENT_CONFIG_BASE) ? entries.filter(([name, v]) => !atDefault(name, v, service)) : entries;
  }
  throw cannotConvert(value, typeName);
}

function bindingFailure(message: string, commandClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot bind parameter 'ClientConfig'. ${message}`, {
      type: 'System.Management.Automation.ParameterBindingException',
      id: `CannotConvertArgumentNoMessage,${commandClass}`,
      category: 'InvalidArgument',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/**
 * The settings a -ClientConfig value asks for ($null: none). Unknown properties and bad values are the
 * binding error PowerShell raises while creating the config object; real but unsupported properties are a
 * NotSupportedException. (The last argument, whether -EndpointUrl was given, no longer changes the mapping:
 * clientSettingsFor applies UseHttp knowing the endpoint; it stays for existing callers.)
 */
export function clientConfigSettings(value: unknown, service: ServiceName, commandClass: string, _endpointUrlGiven = false): ClientConfigSettings {
  const settings: ClientConfigSettings = {};
  if (value === null || value === undefined) return settings;
  const typeName = clientConfigTypeName(service);
  let entries: [string, unknown][];
  try {
    entries = configEntries(value, typeName, service);
  } catch (e) {
    if (e instanceof ConfigCreationError) throw bindingFailure(e.message, commandClass);
    throw e;
  }
  try {
    for (const [key, v] of entries) {
      const property = findByName(SUPPORTED, key, service);
      if (property) {
        property.apply(v, settings);
        continue;
      }
      const unsupported = findByName(NOT_SUPPORTED, key, service);
      if (unsupported) {
        throw notSupportedError(`The ClientConfig property ${unsupported.name} (${typeName}) is not supported yet by awsps.`, commandClass);
      }
      throw new ConfigCreationError(`The ${key} property was not found for the ${typeName} object.`);
    }
  } catch (e) {
    if (e instanceof ConfigCreationError) throw bindingFailure(`Cannot create object of type "${typeName}". ${e.message}`, commandClass);
    throw e;
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------------------------
// The config objects: New-Object Amazon.S3.AmazonS3Config

/** The abstract base of every service's config class. */
export const CLIENT_CONFIG_BASE = 'Amazon.Runtime.ClientConfig';

function atDefault(name: string, value: unknown, service: ServiceName): boolean {
  const supported = findByName(SUPPORTED, name, service);
  return (value ?? null) === (supported ? supported.defaultValue : null);
}

/** The service whose config class this is ('amazon.s3.amazons3config' → s3), or undefined. */
export function clientConfigService(typeName: string): ServiceName | undefined {
  const lower = typeName.toLowerCase();
  return SERVICE_NAMES.find((s) => clientConfigTypeName(s).toLowerCase() === lower);
}

/** Type literals and -is for the config classes ([Amazon.S3.AmazonS3Config], [Amazon.Runtime.ClientConfig]). */
export function resolveClientConfigTypeName(name: string): TypeRef | undefined {
  if (!/^amazon\./i.test(name)) return undefined;
  if (name.toLowerCase() === CLIENT_CONFIG_BASE.toLowerCase()) return new TypeRef(CLIENT_CONFIG_BASE);
  const service = clientConfigService(name);
  return service === undefined ? undefined : new TypeRef(clientConfigTypeName(service));
}

/**
 * A new config object of a service (New-Object Amazon.S3.AmazonS3Config): the properties -ClientConfig honours,
 * typed and at their .NET defaults. The .NET class has more (ProxyHost, UseDualstackEndpoint, ...); awsps cannot
 * honour them, and showing them with made-up values would mislead, so assigning one fails like assigning a
 * property the class does not have (a -ClientConfig hashtable naming one says it is not supported).
 */
export function newClientConfigObject(service: ServiceName): PSObject {
  const o = new PSObject([clientConfigTypeName(service), CLIENT_CONFIG_BASE, 'System.Object']);
  // As reflection lists them: the service class's own properties, then ClientConfig's (here by name).
  const own = SUPPORTED.filter((p) => p.services !== undefined && appliesTo(p, service));
  const base = SUPPORTED.filter((p) => p.services === undefined).sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  for (const p of [...own, ...base]) o.addNote(p.name, p.defaultValue, 'Property', p.typeName);
  o.sealed = true;
  return o;
}
