import { describe, expect, it } from 'vitest';
import {
  ProfileFileError,
  parseIni,
  removeSections,
  serializeIni,
  setSectionValues,
  snapshotOf,
} from '../../../src/aws/profile-files/index.js';
import { MESSY_CONFIG, MESSY_CREDENTIALS } from './fixtures.js';

const creds = (text: string) => parseIni(text, 'credentials');
const profile = (name: string) => ({ type: 'profile' as const, name });

describe('setSectionValues', () => {
  it('changes only the edited section and keeps the key line spelling and spacing', () => {
    const doc = creds(MESSY_CREDENTIALS);
    const out = serializeIni(
      setSectionValues(doc, 'credentials', profile('temp'), { aws_access_key_id: 'ASIANEW', aws_session_token: null }),
    );
    expect(out).toBe(
      MESSY_CREDENTIALS.replace('AWS_ACCESS_KEY_ID=ASIAEXAMPLE', 'AWS_ACCESS_KEY_ID=ASIANEW').replace(
        'aws_session_token=tok=with=equals\r\n',
        '',
      ),
    );
  });

  it('adds new keys after the last setting of the section in the section style and line ending', () => {
    const out = serializeIni(setSectionValues(creds(MESSY_CREDENTIALS), 'credentials', profile('temp'), { region: 'eu-west-1' }));
    expect(out).toBe(
      MESSY_CREDENTIALS.replace('tok=with=equals\r\n', 'tok=with=equals\r\nregion=eu-west-1\r\n'),
    );
    const cfg = serializeIni(setSectionValues(parseIni(MESSY_CONFIG, 'config'), 'config', profile('last'), { region: 'x' }));
    expect(cfg).toBe(MESSY_CONFIG + '\nregion = x');
  });

  it('replaces a whole profile when asked, keeping its comments', () => {
    const text = '[a]\nx = 1\n# note\ny = 2\n\n[b]\nz = 3\n';
    const out = serializeIni(setSectionValues(creds(text), 'credentials', profile('a'), { y: '9', w: '8' }, { replace: true }));
    expect(out).toBe('[a]\n# note\ny = 9\nw = 8\n\n[b]\nz = 3\n');
  });

  it('adds a new profile at the end, separated by a blank line', () => {
    const text = '[a]\r\nx=1';
    expect(serializeIni(setSectionValues(creds(text), 'credentials', profile('new'), { k: 'v' }))).toBe(
      '[a]\r\nx=1\r\n\r\n[new]\r\nk=v\r\n',
    );
    expect(serializeIni(setSectionValues(creds(''), 'credentials', profile('default'), { k: 'v' }))).toBe('[default]\nk=v\n');
    const cfg = parseIni('', 'config');
    expect(serializeIni(setSectionValues(cfg, 'config', profile('default'), { region: 'r' }))).toBe('[default]\nregion=r\n');
    expect(serializeIni(setSectionValues(cfg, 'config', profile('my dev'), { region: 'r' }))).toBe(
      '[profile "my dev"]\nregion=r\n',
    );
    expect(
      serializeIni(setSectionValues(cfg, 'config', { type: 'sso-session', name: 'corp' }, { sso_region: 'r' })),
    ).toBe('[sso-session corp]\nsso_region=r\n');
  });

  it('edits the section readers use when [default] and [profile default] both exist', () => {
    const doc = parseIni('[default]\nregion = a\n[profile default]\nregion = b\n', 'config');
    const out = setSectionValues(doc, 'config', profile('default'), { region: 'c' });
    expect(serializeIni(out)).toBe('[default]\nregion = a\n[profile default]\nregion = c\n');
  });

  it('rejects values and names that would not round-trip', () => {
    const doc = creds('');
    expect(() => setSectionValues(doc, 'credentials', profile('a'), { k: 'x\ny' })).toThrow(ProfileFileError);
    expect(() => setSectionValues(doc, 'credentials', profile('a'), { k: ' x' })).toThrow(/leading\/trailing spaces/);
    expect(() => setSectionValues(doc, 'credentials', profile('a'), { 'bad key': 'x' })).toThrow(/not a valid setting name/);
    expect(() => setSectionValues(doc, 'credentials', profile('a]'), { k: 'x' })).toThrow(/not a valid profile name/);
    expect(() => setSectionValues(doc, 'credentials', { type: 'sso-session', name: 's' }, { k: 'x' })).toThrow(
      /only be written to the shared config file/,
    );
  });
});

describe('removeSections', () => {
  it('removes a middle profile with its own comment, keeping the next section and its comment', () => {
    const text = '# file header\n[a]\nx=1\n\n# about b\n[b]\ny=2\n# trailing note in b\n\n# about c\n[c]\nz=3\n';
    expect(serializeIni(removeSections(creds(text), 'credentials', profile('b')))).toBe(
      '# file header\n[a]\nx=1\n\n# about c\n[c]\nz=3\n',
    );
    // A comment that opens the file is not the first section's own.
    expect(serializeIni(removeSections(creds(text), 'credentials', profile('a')))).toBe(
      '# file header\n# about b\n[b]\ny=2\n# trailing note in b\n\n# about c\n[c]\nz=3\n',
    );
  });

  it('removes the last profile and the blank lines before it', () => {
    expect(serializeIni(removeSections(creds('[a]\nx=1\n\n[b]\ny=2\n'), 'credentials', profile('b')))).toBe('[a]\nx=1\n');
  });

  it('removes every section of a config profile and leaves others alone', () => {
    const doc = parseIni(MESSY_CONFIG, 'config');
    const out = removeSections(doc, 'config', profile('dev'));
    const snap = snapshotOf(out, 'config', true);
    expect([...snap.profiles.keys()]).toEqual(['default', 'spaced name', 'last']);
    expect(serializeIni(out)).toBe(MESSY_CONFIG.replace(/# dev account\r\n\[profile dev\][^]*?\n\n(?=\[sso-session)/, ''));
    expect(removeSections(doc, 'config', profile('nope'))).toBe(doc);
  });
});
