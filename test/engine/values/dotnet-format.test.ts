import { describe, expect, it } from 'vitest';
import { formatComposite, formatDate, formatDouble, formatNumber, formatTimeSpan } from '../../../src/engine/dotnet-format.js';
import { dotnetToString } from '../../../src/engine/conversions.js';
import { withKind } from '../../../src/objects/datetime.js';
import { TimeSpan } from '../../../src/objects/timespan.js';

process.env.TZ = 'UTC';

describe('formatDouble (pwsh 7 display of doubles)', () => {
  it.each<[number, string]>([
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [2 / 3, '0.6666666666666666'],
    [1e20, '1E+20'],
    [1e19, '1E+19'],
    [1.5e-7, '1.5E-07'],
    [0.0001, '0.0001'],
    [123.456, '123.456'],
    [-0.5, '-0.5'],
    [5, '5'],
    [1e16, '10000000000000000'],
    [1.7976931348623157e308, '1.7976931348623157E+308'],
    [Infinity, '∞'],
    [Number.NaN, 'NaN'],
  ])('%d → %s', (n, expected) => {
    expect(formatDouble(n)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each<[number, string, string]>([
    [1234.5, 'N2', '1,234.50'],
    [1234.5, 'N', '1,234.50'],
    [1234.5, 'N0', '1,235'],
    [-1234.5, 'N1', '-1,234.5'],
    [0.5, 'N0', '1'],
    [1.5, 'N0', '2'],
    [2.5, 'N0', '3'],
    [1234.5678, 'F2', '1234.57'],
    [1234, 'F', '1234.00'],
    [42, 'D', '42'],
    [42, 'D6', '000042'],
    [-42, 'D6', '-000042'],
    [255, 'X', 'FF'],
    [255, 'x', 'ff'],
    [255, 'X4', '00FF'],
    [-1, 'X', 'FFFFFFFF'],
    [0.1234, 'P', '12.34%'],
    [0.1234, 'P1', '12.3%'],
    [-0.5, 'P0', '-50%'],
    [1234.5, 'C', '$1,234.50'],
    [-1234.5, 'C', '-$1,234.50'],
    [1234.5, 'C0', '$1,235'],
    [12345.6789, 'E', '1.234568E+004'],
    [0.00012, 'e2', '1.20e-004'],
    [12345.6789, 'G', '12345.6789'],
    [12345.6789, 'G3', '1.23E+04'],
    [0.1 + 0.2, 'R', '0.30000000000000004'],
    [0.1 + 0.2, 'G17', '0.30000000000000004'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.5, '0.00', '0.50'],
    [0.5, '#.##', '.5'],
    [5, '000', '005'],
    [1234.5, '0', '1235'],
    [1234567, '#,##0,K', '1,235K'],
    [0.25, '0%', '25%'],
    [-5, '0;(0)', '(5)'],
    [0, '0;(0);zero', 'zero'],
    [12345, '0.0E+00', '1.2E+04'],
    [1234567, '###-##-##', '123-45-67'],
    [42, "'#'0", '#42'],
    [3.14159, '0.###', '3.142'],
  ])('%d with %s → %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });

  it('rejects D and X for doubles', () => {
    expect(() => formatNumber(1.5, 'D')).toThrow('Format specifier was invalid.');
    expect(() => formatNumber(1.5, 'X')).toThrow('Format specifier was invalid.');
  });
});

describe('formatDate', () => {
  const d = withKind(new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 123)), 'Utc');
  const local = withKind(new Date(Date.UTC(2024, 2, 5, 9, 7, 9, 0)), 'Local');
  it.each<[Date, string, string]>([
    [d, 'yyyy-MM-dd', '2024-03-05'],
    [d, 'yyyy-MM-dd HH:mm:ss', '2024-03-05 14:07:09'],
    [d, 'yyyyMMddHHmmss', '20240305140709'],
    [d, 'dd/MM/yy', '05/03/24'],
    [d, 'd', '3/5/2024'],
    [d, 'D', 'Tuesday, March 5, 2024'],
    [d, 't', '2:07 PM'],
    [d, 'T', '2:07:09 PM'],
    [d, 'g', '3/5/2024 2:07 PM'],
    [d, 'G', '3/5/2024 2:07:09 PM'],
    [d, 'f', 'Tuesday, March 5, 2024 2:07 PM'],
    [d, 'F', 'Tuesday, March 5, 2024 2:07:09 PM'],
    [d, 's', '2024-03-05T14:07:09'],
    [d, 'u', '2024-03-05 14:07:09Z'],
    [d, 'o', '2024-03-05T14:07:09.1230000Z'],
    [d, 'r', 'Tue, 05 Mar 2024 14:07:09 GMT'],
    [d, 'M', 'March 5'],
    [d, 'y', 'March 2024'],
    [d, 'ddd MMM d', 'Tue Mar 5'],
    [d, 'dddd MMMM', 'Tuesday March'],
    [d, 'hh:mm tt', '02:07 PM'],
    [d, 'h:m:s t', '2:7:9 P'],
    [d, 'HH:mm:ss.fff', '14:07:09.123'],
    [d, 'ss.FFFF', '09.123'],
    [d, "yyyy'T'HH", '2024T14'],
    [d, 'yyyy\\-MM', '2024-03'],
    [d, '%d', '5'],
    [d, '%K', 'Z'],
    [d, 'zzz', '+00:00'],
    [local, 'o', '2024-03-05T09:07:09.0000000+00:00'],
    [local, '%K', '+00:00'],
  ])('%s with %s', (date, fmt, expected) => {
    expect(formatDate(date, fmt)).toBe(expected);
  });

  it('formats midnight and noon in 12-hour style', () => {
    expect(formatDate(withKind(new Date(Date.UTC(2024, 0, 1, 0, 5)), 'Utc'), 'h:mm tt')).toBe('12:05 AM');
    expect(formatDate(withKind(new Date(Date.UTC(2024, 0, 1, 12, 5)), 'Utc'), 'h:mm tt')).toBe('12:05 PM');
  });
});

describe('formatTimeSpan', () => {
  const ts = new TimeSpan(((1 * 24 + 2) * 3600 + 3 * 60 + 4) * 10_000_000 + 5_000_000);
  it.each<[TimeSpan, string | undefined, string]>([
    [ts, undefined, '1.02:03:04.5000000'],
    [ts, 'c', '1.02:03:04.5000000'],
    [ts, 'g', '1:2:03:04.5'],
    [ts, 'G', '1:02:03:04.5000000'],
    [ts, 'hh\\:mm\\:ss', '02:03:04'],
    [ts, "d'd 'h'h'", '1d 2h'],
    [ts, '%m', '3'],
    [ts, 'ss\\.ff', '04.50'],
    [new TimeSpan(-10_000_000), undefined, '-00:00:01'],
  ])('%s with %s', (t, fmt, expected) => {
    expect(formatTimeSpan(t, fmt)).toBe(expected);
  });

  it('rejects unescaped literals', () => {
    expect(() => formatTimeSpan(ts, 'hh:mm')).toThrow('Input string was not in a correct format.');
  });
});

describe('formatComposite', () => {
  it('formats items with alignment and format strings', () => {
    expect(formatComposite('{0,5}|{1,-5}|{2:N1}', [1, 'ab', 2.25], dotnetToString)).toBe('    1|ab   |2.3');
    expect(formatComposite('{0:yyyy}', [withKind(new Date(Date.UTC(2020, 0, 1)), 'Utc')], dotnetToString)).toBe('2020');
    expect(formatComposite('{0, 3}', [7], dotnetToString)).toBe('  7');
    expect(formatComposite('{0:N2}', ['3.5'], dotnetToString)).toBe('3.5');
  });

  it('throws for bad formats', () => {
    expect(() => formatComposite('{', [], dotnetToString)).toThrow('Input string was not in a correct format.');
    expect(() => formatComposite('}', [], dotnetToString)).toThrow('Input string was not in a correct format.');
    expect(() => formatComposite('{2}', [1], dotnetToString)).toThrow('Index (zero based) must be greater than or equal to zero');
  });
});
