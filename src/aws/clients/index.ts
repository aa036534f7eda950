// The AWS client layer: credentials → client → call. Nothing here loads an SDK package until it is used.

export { SERVICE_NAMES, SERVICE_INFO, isServiceName, type ServiceName, type ServiceClients } from './services.js';
export { getClient, clearClientCache, clientCacheKey, serviceOf, type ClientSettings } from './client-cache.js';
export {
  resolveCredentials,
  tryResolveCredentials,
  clearCredentialCache,
  LEGACY_DEFAULT_PROFILE,
  DEFAULT_METADATA_TIMEOUT_MS,
  type CredentialOptions,
  type CredentialSource,
  type CredentialValue,
  type ResolvedCredentials,
} from './credentials.js';
export {
  NO_CREDENTIALS_MESSAGE,
  noCredentialsError,
  profileCycleError,
  profileCycleText,
  profileNotFoundError,
  profileNotFoundText,
} from './credential-errors.js';
export { callService, type CallOptions, type CommandOutput, type SdkClient } from './call-service.js';
export { sdkErrorToRecord, SERVICE_EXCEPTION_BASES, type ErrorContext } from './error-mapping.js';
export { memoizeCredentials, REFRESH_BEFORE_EXPIRY_MS } from './memoize-credentials.js';
export { redactSecrets, rememberSecret } from './secret-redaction.js';
export { suppressSdkNodeVersionWarning } from './sdk-warning.js';
export { credentialObjectValue } from './credential-object-value.js';
export { mfaCodeProvider, mfaPromptText, mfaUnavailableText, setPromptHost, type PromptHost } from './mfa-prompt.js';
export { httpStatusCode, HTTP_STATUS_CODE_TYPE } from './http-status-code.js';
