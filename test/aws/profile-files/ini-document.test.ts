import { describe, expect, it } from 'vitest';
import {
  ProfileFileError,
  classifySection,
  parseIni,
  serializeIni,
  snapshotOf,
} from '../../../src/aws/profile-files/index.js';
import { MESSY_CONFIG, MESSY_CREDENTIALS } from './fixtures.js';

function parseError(text: string): ProfileFileError {
  try {
    parseIni(text, '/home/u/.aws/credentials');
  } catch (err) {
    if (err instanceof ProfileFileError) return err;
    throw err;
  }
  throw new Error('expected a parse error');
}

describe('parseIni / serializeIni', () => {
  it('round-trips messy files byte for byte', () => {
    expect(serializeIni(parseIni(MESSY_CONFIG, 'config'))).toBe(MESSY_CONFIG);
    expect(serializeIni(parseIni(MESSY_CREDENTIALS, 'credentials'))).toBe(MESSY_CREDENTIALS);
    const withBom = '\uFEFF' + MESSY_CREDENTIALS;
    expect(serializeIni(parseIni(withBom, 'credentials'))).toBe(withBom);
    expect(serializeIni(parseIni('', 'x'))).toBe('');
    expect(serializeIni(parseIni('\n\r\n\r', 'x'))).toBe('\n\r\n\r');
  });

  it('reads keys lower-cased and values trimmed, like botocore', () => {
    const snap = snapshotOf(parseIni(MESSY_CREDENTIALS, 'credentials'), 'credentials', true);
    expect([...snap.profiles.keys()]).toEqual(['default', 'temp', 'profile odd']);
    expect(Object.fromEntries(snap.profiles.get('temp')!.values)).toEqual({
      aws_access_key_id: 'ASIAEXAMPLE',
      aws_secret_access_key: 'secret2',
      aws_session_token: 'tok=with=equals',
    });
    expect(snap.profiles.get('profile odd')!.values.get('mfa_serial')).toBe('arn:aws:iam::123456789012:mfa/me');
    expect(snap.profiles.get('temp')!.line).toBe(6);
  });

  it('classifies config sections and joins indented continuation lines', () => {
    const snap = snapshotOf(parseIni(MESSY_CONFIG, 'config'), 'config', true);
    expect([...snap.profiles.keys()]).toEqual(['default', 'dev', 'spaced name', 'last']);
    expect([...snap.ssoSessions.keys()]).toEqual(['corp']);
    const dev = snap.profiles.get('dev')!.values;
    expect(dev.get('region')).toBe('eu-west-1');
    expect(dev.get('s3')).toBe('\nmax_concurrent_requests = 20\n\naddressing_style = path');
    expect(dev.get('x_unknown_key')).toBe('keep me # not a comment');
    // An indented line after a setting continues its value (configparser's rule).
    expect(snap.profiles.get('default')!.values.get('region')).toBe('us-east-1\noutput   =    json');
    expect(snap.profiles.get('default')!.values.get('cli_pager')).toBe('');
  });

  it('resolves section names like botocore build_profile_map', () => {
    expect(classifySection('default', 'config')).toEqual({ type: 'profile', name: 'default' });
    expect(classifySection('profile  dev', 'config')).toEqual({ type: 'profile', name: 'dev' });
    expect(classifySection('profile "a b"', 'config')).toEqual({ type: 'profile', name: 'a b' });
    expect(classifySection('sso-session corp', 'config')).toEqual({ type: 'sso-session', name: 'corp' });
    expect(classifySection('dev', 'config')).toBeNull();
    expect(classifySection('profile a b', 'config')).toBeNull();
    expect(classifySection('profile "unterminated', 'config')).toBeNull();
    expect(classifySection('profile dev', 'credentials')).toEqual({ type: 'profile', name: 'profile dev' });
  });

  it('in the config file the last of [default] and [profile default] wins', () => {
    const doc = parseIni('[profile default]\nregion = a\n[default]\nregion = b\n', 'config');
    expect(snapshotOf(doc, 'config', true).profiles.get('default')!.values.get('region')).toBe('b');
  });
});

describe('malformed files', () => {
  it('rejects a setting before any section, naming file and line', () => {
    const err = parseError('# c\naws_access_key_id = AKIA\n');
    expect(err.message).toBe(
      "The AWS profile file '/home/u/.aws/credentials' is malformed at line 2: a setting appears before the first [section] header.",
    );
    expect(err.filePath).toBe('/home/u/.aws/credentials');
    expect(err.lineNumber).toBe(2);
  });

  it('rejects a line that is neither header, setting, comment nor blank, without echoing it', () => {
    const err = parseError('[default]\naws_access_key_id = AKIA\r\naws_secret_access_key wJalrXUtnFEMI\n');
    expect(err.lineNumber).toBe(3);
    expect(err.message).toContain("'/home/u/.aws/credentials' is malformed at line 3: the line is not a [section] header");
    expect(err.message).not.toContain('wJalrXUtnFEMI');
  });

  it('rejects duplicate sections and duplicate keys (case-insensitive), like botocore strict mode', () => {
    const dupSection = parseError('[a]\nx=1\n\n[b]\n[a]\ny=2\n');
    expect(dupSection.lineNumber).toBe(5);
    expect(dupSection.message).toContain('section [a] is defined more than once (first at line 1).');
    const dupKey = parseError('[a]\nRegion = x\nregion = y\n');
    expect(dupKey.lineNumber).toBe(3);
    expect(dupKey.message).toContain("setting 'region' appears more than once in section [a] (first at line 2).");
  });

  it('rejects bad section headers and nameless settings', () => {
    expect(parseError('[]\n').lineNumber).toBe(1);
    expect(parseError('[a\n').message).toContain('line 1: invalid section header; expected [name].');
    expect(parseError('[a] trailing\n').lineNumber).toBe(1);
    expect(parseError('[a]\n = value\n').message).toContain('line 2: a setting has no name before the delimiter.');
  });

  it('accepts a comment after a section header', () => {
    const doc = parseIni('[a] # note\nx=1\n', 'credentials');
    expect(doc.sections[0]!.header).toBe('a');
  });
});
