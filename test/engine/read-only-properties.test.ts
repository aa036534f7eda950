// Properties without a public setter ({get;} in .NET): assigning one is "'Name' is a ReadOnly property."
// (PropertyAssignmentException) and leaves the value alone. PSCredential's UserName and Password are such.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';
import { PSObject } from '../../src/objects/psobject.js';
import { setMember } from '../../src/engine/members.js';
import { RuntimeError } from '../../src/engine/errors.js';

describe('read-only properties', () => {
  it('PSCredential.UserName and Password cannot be assigned', async () => {
    const r = await createTestEngine().run(
      [
        '$pw = ConvertTo-SecureString p -AsPlainText -Force',
        "$c = [pscredential]::new('user', $pw)",
        "try { $c.UserName = 'other' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
        'try { $c.Password = $null } catch { $_.Exception.Message }',
        '$c.UserName; $c.Password.GetType().Name',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("'UserName' is a ReadOnly property.\nPropertyAssignmentException\n'Password' is a ReadOnly property.\nuser\nSecureString\n");
  });

  it('Get-Member shows them as {get;}', async () => {
    const r = await createTestEngine().run(
      "[pscredential]::new('u', (ConvertTo-SecureString p -AsPlainText)) | Get-Member -MemberType Property | ForEach-Object Definition",
    );
    expect(r.stdout).toBe('securestring Password {get;}\nstring UserName {get;}\n');
  });

  it('any PSObject property can be marked read-only', () => {
    const o = new PSObject(['Some.Type', 'System.Object']);
    o.addNote('Id', 1, 'Property', 'System.Int32');
    o.getProperty('Id')!.readOnly = true;
    let error: unknown;
    try {
      setMember(o, 'id', 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).record.fullyQualifiedErrorId).toBe('PropertyAssignmentException');
    expect(o.get('Id')).toBe(1);
  });
});
