// The enums of the web cmdlets' parameters (-Method, -Authentication), so the binder converts and validates them
// as pwsh does and scripts can name them ([Microsoft.PowerShell.Commands.WebRequestMethod]::Post).

import { registerEnumType } from '../../../src/objects/enum-value.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';

export const WebRequestMethodEnum = registerEnumType({
  fullName: 'Microsoft.PowerShell.Commands.WebRequestMethod',
  members: ['Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch'].map((n, i) => [n, i] as const),
});

export const WebAuthenticationTypeEnum = registerEnumType({
  fullName: 'Microsoft.PowerShell.Commands.WebAuthenticationType',
  members: ['None', 'Basic', 'Bearer', 'OAuth'].map((n, i) => [n, i] as const),
});

registerKnownType(WebRequestMethodEnum.fullName);
registerKnownType(WebAuthenticationTypeEnum.fullName);
