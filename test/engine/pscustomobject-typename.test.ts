// [pscustomobject]@{ PSTypeName = 'X'; ... } names the object's type instead of adding a property, as in pwsh.

import { expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';

it('PSTypeName becomes the first type name and is not a property', async () => {
  const r = await createTestEngine().run(
    ["$a = [pscustomobject]@{ PSTypeName = 'My.Type'; x = 1 }", "$a.pstypenames -join ','", "$a.psobject.Properties.Name -join ','", '$a -is [pscustomobject]'].join('\n'),
  );
  expect(r.stdout).toBe('My.Type,System.Management.Automation.PSCustomObject,System.Object\nx\nTrue\n');
});
