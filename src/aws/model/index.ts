// The .NET SDK model types of the AWS services (generated shapes + runtime conversions).

export { toSdkValue, requestMemberToSdk, kindToSdk } from './to-sdk.js';
export { modelToDotNet, genericToDotNet, addResponseMembers } from './to-dotnet.js';
export { modelType, constantType, type ModelType } from './shape-store.js';
export { newModelObject, convertToModel, modelConstructorFor } from './model-objects.js';
export { registerModelTypes } from './register.js';
export type { ShapeFile, TypeEntry, MemberEntry, MemberKind } from './shape-file.js';
