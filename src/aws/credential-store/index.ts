// Credentials objects, credential profiles and the shell's $StoredAWSCredentials (for the credential cmdlets
// and the client layer). credentialSpecOf() is the only way to read keys back: never display what it returns.

export {
  ASSUME_ROLE_CREDENTIALS_TYPE,
  ASSUME_ROLE_OPTIONS_TYPE,
  BASIC_CREDENTIALS_TYPE,
  SESSION_CREDENTIALS_TYPE,
  AWSCredentialsObject,
  credentialSpecOf,
  defaultRoleSessionName,
  isCredentialsObject,
  newAssumeRoleCredentials,
  newKeyCredentials,
  newProcessCredentials,
  profileReferenceOf,
  PROCESS_CREDENTIALS_TYPE,
  type AssumeRoleSettings,
  type CredentialSpec,
  type ProfileReference,
} from './credential-objects.js';
export {
  CredentialStoreError,
  copyProfile,
  credentialsFromProfile,
  deleteProfile,
  describeSearchedFiles,
  findProfile,
  listProfiles,
  profileExists,
  profileFilesFor,
  storeKeyProfile,
  storeProfileRegion,
  storeRoleProfile,
  storeSpec,
  type ProfileFiles,
  type ProfileInfo,
  type RoleProfileSettings,
} from './profile-credentials.js';
export {
  PS_CREDENTIALS_TYPE,
  STORED_CREDENTIALS_VARIABLE,
  newShellCredentials,
  setShellCredentials,
  storedCredentials,
  type CredentialsSource,
} from './shell-credentials.js';
