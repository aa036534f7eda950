// What Get-Member lists for the built-in value types: each type's adapted .NET members with the
// definitions pwsh 7 prints (accelerator names for parameter and return types, overloads joined by ", ").
// The lists favour the members people use; they are display data, the behaviour lives in src/engine.

export type MemberTypeName =
  | 'AliasProperty'
  | 'CodeProperty'
  | 'Property'
  | 'NoteProperty'
  | 'ScriptProperty'
  | 'PropertySet'
  | 'Method'
  | 'CodeMethod'
  | 'ScriptMethod'
  | 'ParameterizedProperty'
  | 'MemberSet'
  | 'Event';

export interface MemberInfo {
  name: string;
  memberType: MemberTypeName;
  definition: string;
  /** Shown only with -Force (property accessors, the intrinsic member sets). */
  hidden?: boolean;
}

const m = (name: string, definition: string): MemberInfo => ({ name, memberType: 'Method', definition });
const p = (name: string, definition: string): MemberInfo => ({ name, memberType: 'Property', definition });
const pp = (name: string, definition: string): MemberInfo => ({ name, memberType: 'ParameterizedProperty', definition });
const alias = (name: string, definition: string): MemberInfo => ({ name, memberType: 'AliasProperty', definition });

const EQUALS = m('Equals', 'bool Equals(System.Object obj)');
const GET_HASH_CODE = m('GetHashCode', 'int GetHashCode()');
const GET_TYPE = m('GetType', 'type GetType()');
const TO_STRING = m('ToString', 'string ToString()');

/** System.Object's members: what every object (and a PSCustomObject) has. */
export const OBJECT_METHODS: readonly MemberInfo[] = [EQUALS, GET_HASH_CODE, GET_TYPE, TO_STRING];

/** IConvertible's explicit ToXxx(IFormatProvider) methods, shared by the primitive types. */
function convertibleMethods(): MemberInfo[] {
  const targets: Array<[string, string]> = [
    ['ToBoolean', 'bool'],
    ['ToByte', 'byte'],
    ['ToChar', 'char'],
    ['ToDateTime', 'datetime'],
    ['ToDecimal', 'decimal'],
    ['ToDouble', 'double'],
    ['ToInt16', 'short'],
    ['ToInt32', 'int'],
    ['ToInt64', 'long'],
    ['ToSByte', 'sbyte'],
    ['ToSingle', 'float'],
    ['ToUInt16', 'ushort'],
    ['ToUInt32', 'uint'],
    ['ToUInt64', 'ulong'],
  ];
  return targets
    .map(([n, t]) => m(n, `${t} IConvertible.${n}(System.IFormatProvider provider)`))
    .concat([m('ToType', 'System.Object IConvertible.ToType(type conversionType, System.IFormatProvider provider)')]);
}

function numericMembers(acc: string): MemberInfo[] {
  return [
    m('CompareTo', `int CompareTo(System.Object value), int CompareTo(${acc} value), int IComparable.CompareTo(System.Object obj), int IComparable[${acc}].CompareTo(${acc} other)`),
    m('Equals', `bool Equals(System.Object obj), bool Equals(${acc} obj), bool IEquatable[${acc}].Equals(${acc} other)`),
    GET_HASH_CODE,
    GET_TYPE,
    m('GetTypeCode', 'System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()'),
    ...convertibleMethods(),
    m(
      'ToString',
      'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider)',
    ),
    m(
      'TryFormat',
      `bool TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider provider), bool ISpanFormattable.TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider provider)`,
    ),
  ];
}

const STRING_MEMBERS: MemberInfo[] = [
  m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
  m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB), int IComparable.CompareTo(System.Object obj), int IComparable[string].CompareTo(string other)'),
  m('Contains', 'bool Contains(string value), bool Contains(string value, System.StringComparison comparisonType), bool Contains(char value), bool Contains(char value, System.StringComparison comparisonType)'),
  m('CopyTo', 'void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count), void CopyTo(System.Span[char] destination)'),
  m('EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType), bool EndsWith(string value, bool ignoreCase, cultureinfo culture), bool EndsWith(char value)'),
  m('EnumerateRunes', 'System.Text.StringRuneEnumerator EnumerateRunes()'),
  m('Equals', 'bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType), bool IEquatable[string].Equals(string other)'),
  m('GetEnumerator', 'System.CharEnumerator GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator(), System.Collections.Generic.IEnumerator[char] IEnumerable[char].GetEnumerator()'),
  m('GetHashCode', 'int GetHashCode(), int GetHashCode(System.StringComparison comparisonType)'),
  m('GetPinnableReference', 'System.Char&, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e GetPinnableReference()'),
  GET_TYPE,
  m('GetTypeCode', 'System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()'),
  m('IndexOf', 'int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(char value, System.StringComparison comparisonType), int IndexOf(char value, int startIndex, int count), int IndexOf(string value), int IndexOf(string value, int startIndex), int IndexOf(string value, int startIndex, int count), int IndexOf(string value, System.StringComparison comparisonType), int IndexOf(string value, int startIndex, System.StringComparison comparisonType), int IndexOf(string value, int startIndex, int count, System.StringComparison comparisonType)'),
  m('IndexOfAny', 'int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex), int IndexOfAny(char[] anyOf, int startIndex, int count)'),
  m('Insert', 'string Insert(int startIndex, string value)'),
  m('IsNormalized', 'bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)'),
  m('LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(char value, int startIndex), int LastIndexOf(char value, int startIndex, int count), int LastIndexOf(string value), int LastIndexOf(string value, int startIndex), int LastIndexOf(string value, int startIndex, int count), int LastIndexOf(string value, System.StringComparison comparisonType), int LastIndexOf(string value, int startIndex, System.StringComparison comparisonType), int LastIndexOf(string value, int startIndex, int count, System.StringComparison comparisonType)'),
  m('LastIndexOfAny', 'int LastIndexOfAny(char[] anyOf), int LastIndexOfAny(char[] anyOf, int startIndex), int LastIndexOfAny(char[] anyOf, int startIndex, int count)'),
  m('Normalize', 'string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)'),
  m('PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'),
  m('PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'),
  m('Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)'),
  m('Replace', 'string Replace(string oldValue, string newValue, bool ignoreCase, cultureinfo culture), string Replace(string oldValue, string newValue, System.StringComparison comparisonType), string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)'),
  m('ReplaceLineEndings', 'string ReplaceLineEndings(), string ReplaceLineEndings(string replacementText)'),
  m('Split', 'string[] Split(char separator, System.StringSplitOptions options), string[] Split(char separator, int count, System.StringSplitOptions options), string[] Split(Params char[] separator), string[] Split(char[] separator, int count), string[] Split(char[] separator, System.StringSplitOptions options), string[] Split(char[] separator, int count, System.StringSplitOptions options), string[] Split(string separator, System.StringSplitOptions options), string[] Split(string separator, int count, System.StringSplitOptions options), string[] Split(string[] separator, System.StringSplitOptions options), string[] Split(string[] separator, int count, System.StringSplitOptions options)'),
  m('StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType), bool StartsWith(string value, bool ignoreCase, cultureinfo culture), bool StartsWith(char value)'),
  m('Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)'),
  ...convertibleMethods(),
  m('ToCharArray', 'char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)'),
  m('ToLower', 'string ToLower(), string ToLower(cultureinfo culture)'),
  m('ToLowerInvariant', 'string ToLowerInvariant()'),
  m('ToString', 'string ToString(), string ToString(System.IFormatProvider provider), string IConvertible.ToString(System.IFormatProvider provider)'),
  m('ToUpper', 'string ToUpper(), string ToUpper(cultureinfo culture)'),
  m('ToUpperInvariant', 'string ToUpperInvariant()'),
  m('Trim', 'string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)'),
  m('TrimEnd', 'string TrimEnd(), string TrimEnd(char trimChar), string TrimEnd(Params char[] trimChars)'),
  m('TrimStart', 'string TrimStart(), string TrimStart(char trimChar), string TrimStart(Params char[] trimChars)'),
  m('TryCopyTo', 'bool TryCopyTo(System.Span[char] destination)'),
  pp('Chars', 'char Chars(int index) {get;}'),
  p('Length', 'int Length {get;}'),
];

const BOOLEAN_MEMBERS: MemberInfo[] = [
  m('CompareTo', 'int CompareTo(System.Object obj), int CompareTo(bool value), int IComparable.CompareTo(System.Object obj), int IComparable[bool].CompareTo(bool other)'),
  m('Equals', 'bool Equals(System.Object obj), bool Equals(bool obj), bool IEquatable[bool].Equals(bool other)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('GetTypeCode', 'System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()'),
  ...convertibleMethods(),
  m('ToString', 'string ToString(), string ToString(System.IFormatProvider provider), string IConvertible.ToString(System.IFormatProvider provider)'),
  m('TryFormat', 'bool TryFormat(System.Span[char] destination, [ref] int charsWritten)'),
];

const DATETIME_MEMBERS: MemberInfo[] = [
  m('Add', 'datetime Add(timespan value)'),
  m('AddDays', 'datetime AddDays(double value)'),
  m('AddHours', 'datetime AddHours(double value)'),
  m('AddMicroseconds', 'datetime AddMicroseconds(double value)'),
  m('AddMilliseconds', 'datetime AddMilliseconds(double value)'),
  m('AddMinutes', 'datetime AddMinutes(double value)'),
  m('AddMonths', 'datetime AddMonths(int months)'),
  m('AddSeconds', 'datetime AddSeconds(double value)'),
  m('AddTicks', 'datetime AddTicks(long value)'),
  m('AddYears', 'datetime AddYears(int value)'),
  m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value), int IComparable.CompareTo(System.Object obj), int IComparable[datetime].CompareTo(datetime other)'),
  m('Deconstruct', 'void Deconstruct([ref] System.DateOnly date, [ref] System.TimeOnly time), void Deconstruct([ref] int year, [ref] int month, [ref] int day)'),
  m('Equals', 'bool Equals(datetime value), bool Equals(System.Object value), bool IEquatable[datetime].Equals(datetime other)'),
  m('GetDateTimeFormats', 'string[] GetDateTimeFormats(), string[] GetDateTimeFormats(System.IFormatProvider provider), string[] GetDateTimeFormats(char format), string[] GetDateTimeFormats(char format, System.IFormatProvider provider)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('GetTypeCode', 'System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()'),
  m('IsDaylightSavingTime', 'bool IsDaylightSavingTime()'),
  m('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'),
  ...convertibleMethods(),
  m('ToBinary', 'long ToBinary()'),
  m('ToFileTime', 'long ToFileTime()'),
  m('ToFileTimeUtc', 'long ToFileTimeUtc()'),
  m('ToLocalTime', 'datetime ToLocalTime()'),
  m('ToLongDateString', 'string ToLongDateString()'),
  m('ToLongTimeString', 'string ToLongTimeString()'),
  m('ToOADate', 'double ToOADate()'),
  m('ToShortDateString', 'string ToShortDateString()'),
  m('ToShortTimeString', 'string ToShortTimeString()'),
  m('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider), string IConvertible.ToString(System.IFormatProvider provider)'),
  m('ToUniversalTime', 'datetime ToUniversalTime()'),
  m('TryFormat', 'bool TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider provider), bool ISpanFormattable.TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider provider)'),
  p('Date', 'datetime Date {get;}'),
  p('Day', 'int Day {get;}'),
  p('DayOfWeek', 'System.DayOfWeek DayOfWeek {get;}'),
  p('DayOfYear', 'int DayOfYear {get;}'),
  p('Hour', 'int Hour {get;}'),
  p('Kind', 'System.DateTimeKind Kind {get;}'),
  p('Microsecond', 'int Microsecond {get;}'),
  p('Millisecond', 'int Millisecond {get;}'),
  p('Minute', 'int Minute {get;}'),
  p('Month', 'int Month {get;}'),
  p('Nanosecond', 'int Nanosecond {get;}'),
  p('Second', 'int Second {get;}'),
  p('Ticks', 'long Ticks {get;}'),
  p('TimeOfDay', 'timespan TimeOfDay {get;}'),
  p('Year', 'int Year {get;}'),
  {
    name: 'DateTime',
    memberType: 'ScriptProperty',
    definition:
      'System.Object DateTime {get=if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")\n                    {\n                        "{0}" -f $this.ToLongDateString()\n                    }\n                    elseif ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq "Time")\n                    {\n                        "{0}" -f  $this.ToLongTimeString()\n                    }\n                    else\n                    {\n                        "{0} {1}" -f $this.ToLongDateString(), $this.ToLongTimeString()\n                    };}',
  },
];

const TIMESPAN_MEMBERS: MemberInfo[] = [
  m('Add', 'timespan Add(timespan ts)'),
  m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(timespan value), int IComparable.CompareTo(System.Object obj), int IComparable[timespan].CompareTo(timespan other)'),
  m('Divide', 'timespan Divide(double divisor), double Divide(timespan ts)'),
  m('Duration', 'timespan Duration()'),
  m('Equals', 'bool Equals(System.Object value), bool Equals(timespan obj), bool IEquatable[timespan].Equals(timespan other)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('Multiply', 'timespan Multiply(double factor)'),
  m('Negate', 'timespan Negate()'),
  m('Subtract', 'timespan Subtract(timespan ts)'),
  m('ToString', 'string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider formatProvider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider)'),
  m('TryFormat', 'bool TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider formatProvider), bool ISpanFormattable.TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format, System.IFormatProvider provider)'),
  p('Days', 'int Days {get;}'),
  p('Hours', 'int Hours {get;}'),
  p('Microseconds', 'int Microseconds {get;}'),
  p('Milliseconds', 'int Milliseconds {get;}'),
  p('Minutes', 'int Minutes {get;}'),
  p('Nanoseconds', 'int Nanoseconds {get;}'),
  p('Seconds', 'int Seconds {get;}'),
  p('Ticks', 'long Ticks {get;}'),
  p('TotalDays', 'double TotalDays {get;}'),
  p('TotalHours', 'double TotalHours {get;}'),
  p('TotalMicroseconds', 'double TotalMicroseconds {get;}'),
  p('TotalMilliseconds', 'double TotalMilliseconds {get;}'),
  p('TotalMinutes', 'double TotalMinutes {get;}'),
  p('TotalNanoseconds', 'double TotalNanoseconds {get;}'),
  p('TotalSeconds', 'double TotalSeconds {get;}'),
];

const HASHTABLE_MEMBERS: MemberInfo[] = [
  m('Add', 'void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)'),
  m('Clear', 'void Clear(), void IDictionary.Clear()'),
  m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
  m('Contains', 'bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)'),
  m('ContainsKey', 'bool ContainsKey(System.Object key)'),
  m('ContainsValue', 'bool ContainsValue(System.Object value)'),
  m('CopyTo', 'void CopyTo(array array, int arrayIndex), void ICollection.CopyTo(array array, int index)'),
  EQUALS,
  m('GetEnumerator', 'System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()'),
  GET_HASH_CODE,
  m('GetObjectData', 'void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context), void ISerializable.GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)'),
  GET_TYPE,
  m('OnDeserialization', 'void OnDeserialization(System.Object sender), void IDeserializationCallback.OnDeserialization(System.Object sender)'),
  m('Remove', 'void Remove(System.Object key), void IDictionary.Remove(System.Object key)'),
  TO_STRING,
  pp('Item', 'System.Object Item(System.Object key) {get;set;}'),
  p('Count', 'int Count {get;}'),
  p('IsFixedSize', 'bool IsFixedSize {get;}'),
  p('IsReadOnly', 'bool IsReadOnly {get;}'),
  p('IsSynchronized', 'bool IsSynchronized {get;}'),
  p('Keys', 'System.Collections.ICollection Keys {get;}'),
  p('SyncRoot', 'System.Object SyncRoot {get;}'),
  p('Values', 'System.Collections.ICollection Values {get;}'),
];

const ORDERED_MEMBERS: MemberInfo[] = [
  m('Add', 'void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)'),
  m('AsReadOnly', 'System.Collections.Specialized.OrderedDictionary AsReadOnly()'),
  m('Clear', 'void Clear(), void IDictionary.Clear()'),
  m('Contains', 'bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)'),
  m('CopyTo', 'void CopyTo(array array, int index), void ICollection.CopyTo(array array, int index)'),
  EQUALS,
  m('GetEnumerator', 'System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()'),
  GET_HASH_CODE,
  GET_TYPE,
  m('Insert', 'void Insert(int index, System.Object key, System.Object value), void IOrderedDictionary.Insert(int index, System.Object key, System.Object value)'),
  m('Remove', 'void Remove(System.Object key), void IDictionary.Remove(System.Object key)'),
  m('RemoveAt', 'void RemoveAt(int index), void IOrderedDictionary.RemoveAt(int index)'),
  TO_STRING,
  pp('Item', 'System.Object Item(int index) {get;set;}, System.Object Item(System.Object key) {get;set;}'),
  p('Count', 'int Count {get;}'),
  p('IsReadOnly', 'bool IsReadOnly {get;}'),
  p('Keys', 'System.Collections.ICollection Keys {get;}'),
  p('Values', 'System.Collections.ICollection Values {get;}'),
];

function arrayMembers(elem: string): MemberInfo[] {
  return [
    m('Add', 'int IList.Add(System.Object value)'),
    m('Address', `System.Object&, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e Address(int )`),
    m('Clear', 'void IList.Clear()'),
    m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
    m('CompareTo', 'int IStructuralComparable.CompareTo(System.Object other, System.Collections.IComparer comparer)'),
    m('Contains', 'bool IList.Contains(System.Object value)'),
    m('CopyTo', 'void CopyTo(array array, int index), void CopyTo(array array, long index), void ICollection.CopyTo(array array, int index)'),
    m('Equals', 'bool Equals(System.Object obj), bool IStructuralEquatable.Equals(System.Object other, System.Collections.IEqualityComparer comparer)'),
    m('Get', `${elem} Get(int )`),
    m('GetEnumerator', 'System.Collections.IEnumerator GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()'),
    m('GetHashCode', 'int GetHashCode(), int IStructuralEquatable.GetHashCode(System.Collections.IEqualityComparer comparer)'),
    m('GetLength', 'int GetLength(int dimension)'),
    m('GetLongLength', 'long GetLongLength(int dimension)'),
    m('GetLowerBound', 'int GetLowerBound(int dimension)'),
    GET_TYPE,
    m('GetUpperBound', 'int GetUpperBound(int dimension)'),
    m('GetValue', 'System.Object GetValue(Params int[] indices), System.Object GetValue(int index), System.Object GetValue(int index1, int index2), System.Object GetValue(int index1, int index2, int index3), System.Object GetValue(long index), System.Object GetValue(long index1, long index2), System.Object GetValue(long index1, long index2, long index3), System.Object GetValue(Params long[] indices)'),
    m('IndexOf', 'int IList.IndexOf(System.Object value)'),
    m('Initialize', 'void Initialize()'),
    m('Insert', 'void IList.Insert(int index, System.Object value)'),
    m('Remove', 'void IList.Remove(System.Object value)'),
    m('RemoveAt', 'void IList.RemoveAt(int index)'),
    m('Set', `void Set(int , ${elem} )`),
    m('SetValue', 'void SetValue(System.Object value, int index), void SetValue(System.Object value, int index1, int index2), void SetValue(System.Object value, int index1, int index2, int index3), void SetValue(System.Object value, Params int[] indices), void SetValue(System.Object value, long index), void SetValue(System.Object value, long index1, long index2), void SetValue(System.Object value, long index1, long index2, long index3), void SetValue(System.Object value, Params long[] indices)'),
    TO_STRING,
    pp('Item', 'System.Object IList.Item(int index) {get;set;}'),
    alias('Count', 'Count = Length'),
    p('IsFixedSize', 'bool IsFixedSize {get;}'),
    p('IsReadOnly', 'bool IsReadOnly {get;}'),
    p('IsSynchronized', 'bool IsSynchronized {get;}'),
    p('Length', 'int Length {get;}'),
    p('LongLength', 'long LongLength {get;}'),
    p('Rank', 'int Rank {get;}'),
    p('SyncRoot', 'System.Object SyncRoot {get;}'),
  ];
}

function listMembers(elem: string, isArrayList: boolean): MemberInfo[] {
  const t = isArrayList ? 'System.Object' : elem;
  return [
    m('Add', isArrayList ? 'int Add(System.Object value), int IList.Add(System.Object value)' : `void Add(${t} item), void ICollection[${t}].Add(${t} item), int IList.Add(System.Object value)`),
    m('AddRange', isArrayList ? 'void AddRange(System.Collections.ICollection c)' : `void AddRange(System.Collections.Generic.IEnumerable[${t}] collection)`),
    m('Clear', isArrayList ? 'void Clear(), void IList.Clear()' : `void Clear(), void ICollection[${t}].Clear(), void IList.Clear()`),
    m('Contains', isArrayList ? 'bool Contains(System.Object item), bool IList.Contains(System.Object value)' : `bool Contains(${t} item), bool ICollection[${t}].Contains(${t} item), bool IList.Contains(System.Object value)`),
    EQUALS,
    m('GetEnumerator', isArrayList ? 'System.Collections.IEnumerator GetEnumerator(), System.Collections.IEnumerator GetEnumerator(int index, int count), System.Collections.IEnumerator IEnumerable.GetEnumerator()' : `System.Collections.Generic.List\`1+Enumerator[${t}] GetEnumerator(), System.Collections.Generic.IEnumerator[${t}] IEnumerable[${t}].GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()`),
    GET_HASH_CODE,
    GET_TYPE,
    m('IndexOf', isArrayList ? 'int IndexOf(System.Object value), int IndexOf(System.Object value, int startIndex), int IndexOf(System.Object value, int startIndex, int count), int IList.IndexOf(System.Object value)' : `int IndexOf(${t} item), int IndexOf(${t} item, int index), int IndexOf(${t} item, int index, int count), int IList[${t}].IndexOf(${t} item), int IList.IndexOf(System.Object value)`),
    m('Insert', isArrayList ? 'void Insert(int index, System.Object value), void IList.Insert(int index, System.Object value)' : `void Insert(int index, ${t} item), void IList[${t}].Insert(int index, ${t} item), void IList.Insert(int index, System.Object value)`),
    m('Remove', isArrayList ? 'void Remove(System.Object obj), void IList.Remove(System.Object value)' : `bool Remove(${t} item), bool ICollection[${t}].Remove(${t} item), void IList.Remove(System.Object value)`),
    m('RemoveAt', isArrayList ? 'void RemoveAt(int index), void IList.RemoveAt(int index)' : `void RemoveAt(int index), void IList[${t}].RemoveAt(int index), void IList.RemoveAt(int index)`),
    m('RemoveRange', 'void RemoveRange(int index, int count)'),
    m('Reverse', 'void Reverse(), void Reverse(int index, int count)'),
    m('Sort', isArrayList ? 'void Sort(), void Sort(System.Collections.IComparer comparer), void Sort(int index, int count, System.Collections.IComparer comparer)' : `void Sort(), void Sort(System.Collections.Generic.IComparer[${t}] comparer), void Sort(int index, int count, System.Collections.Generic.IComparer[${t}] comparer), void Sort(System.Comparison[${t}] comparison)`),
    m('ToArray', isArrayList ? 'System.Object[] ToArray(), array ToArray(type type)' : `${t}[] ToArray()`),
    TO_STRING,
    pp('Item', isArrayList ? 'System.Object Item(int index) {get;set;}' : `${t} Item(int index) {get;set;}`),
    p('Capacity', 'int Capacity {get;set;}'),
    p('Count', 'int Count {get;}'),
    ...(isArrayList ? [p('IsFixedSize', 'bool IsFixedSize {get;}'), p('IsReadOnly', 'bool IsReadOnly {get;}'), p('IsSynchronized', 'bool IsSynchronized {get;}'), p('SyncRoot', 'System.Object SyncRoot {get;}')] : []),
  ];
}

const GUID_MEMBERS: MemberInfo[] = [
  m('CompareTo', 'int CompareTo(System.Object value), int CompareTo(guid value), int IComparable.CompareTo(System.Object obj), int IComparable[guid].CompareTo(guid other)'),
  m('Equals', 'bool Equals(System.Object o), bool Equals(guid g), bool IEquatable[guid].Equals(guid other)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('ToByteArray', 'byte[] ToByteArray(), byte[] ToByteArray(bool bigEndian)'),
  m('ToString', 'string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider provider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider)'),
  m('TryFormat', 'bool TryFormat(System.Span[char] destination, [ref] int charsWritten, System.ReadOnlySpan[char] format)'),
  m('TryWriteBytes', 'bool TryWriteBytes(System.Span[byte] destination), bool TryWriteBytes(System.Span[byte] destination, bool bigEndian, [ref] int bytesWritten)'),
];

const VERSION_MEMBERS: MemberInfo[] = [
  m('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
  m('CompareTo', 'int CompareTo(System.Object version), int CompareTo(version value), int IComparable.CompareTo(System.Object obj), int IComparable[version].CompareTo(version other)'),
  m('Equals', 'bool Equals(System.Object obj), bool Equals(version obj), bool IEquatable[version].Equals(version other)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('ToString', 'string ToString(), string ToString(int fieldCount), string IFormattable.ToString(string format, System.IFormatProvider formatProvider)'),
  p('Build', 'int Build {get;}'),
  p('Major', 'int Major {get;}'),
  p('MajorRevision', 'short MajorRevision {get;}'),
  p('Minor', 'int Minor {get;}'),
  p('MinorRevision', 'short MinorRevision {get;}'),
  p('Revision', 'int Revision {get;}'),
];

const SCRIPTBLOCK_MEMBERS: MemberInfo[] = [
  m('CheckRestrictedLanguage', 'void CheckRestrictedLanguage(System.Collections.Generic.IEnumerable[string] allowedCommands, System.Collections.Generic.IEnumerable[string] allowedVariables, bool allowEnvironmentVariables)'),
  EQUALS,
  m('GetNewClosure', 'scriptblock GetNewClosure()'),
  GET_HASH_CODE,
  GET_TYPE,
  m('Invoke', 'System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)'),
  m('InvokeReturnAsIs', 'System.Object InvokeReturnAsIs(Params System.Object[] args)'),
  TO_STRING,
  p('Ast', 'System.Management.Automation.Language.Ast Ast {get;}'),
  p('Attributes', 'System.Collections.Generic.List[System.Attribute] Attributes {get;}'),
  p('File', 'string File {get;}'),
  p('Id', 'guid Id {get;}'),
  p('IsConfiguration', 'bool IsConfiguration {get;}'),
  p('IsFilter', 'bool IsFilter {get;set;}'),
  p('Module', 'psmoduleinfo Module {get;}'),
  p('StartPosition', 'System.Management.Automation.PSToken StartPosition {get;}'),
];

const ERRORRECORD_MEMBERS: MemberInfo[] = [
  EQUALS,
  GET_HASH_CODE,
  m('GetObjectData', 'void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context), void ISerializable.GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)'),
  GET_TYPE,
  TO_STRING,
  p('CategoryInfo', 'System.Management.Automation.ErrorCategoryInfo CategoryInfo {get;}'),
  p('ErrorDetails', 'System.Management.Automation.ErrorDetails ErrorDetails {get;set;}'),
  p('Exception', 'System.Exception Exception {get;}'),
  p('FullyQualifiedErrorId', 'string FullyQualifiedErrorId {get;}'),
  p('InvocationInfo', 'System.Management.Automation.InvocationInfo InvocationInfo {get;}'),
  p('PipelineIterationInfo', 'System.Collections.ObjectModel.ReadOnlyCollection[int] PipelineIterationInfo {get;}'),
  p('ScriptStackTrace', 'string ScriptStackTrace {get;}'),
  p('TargetObject', 'System.Object TargetObject {get;}'),
];

const EXCEPTION_MEMBERS: MemberInfo[] = [
  EQUALS,
  m('GetBaseException', 'System.Exception GetBaseException()'),
  GET_HASH_CODE,
  m('GetObjectData', 'void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context), void ISerializable.GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)'),
  m('GetType', 'type GetType(), type _Exception.GetType()'),
  TO_STRING,
  p('Data', 'System.Collections.IDictionary Data {get;}'),
  p('HelpLink', 'string HelpLink {get;set;}'),
  p('HResult', 'int HResult {get;set;}'),
  p('InnerException', 'System.Exception InnerException {get;}'),
  p('Message', 'string Message {get;}'),
  p('Source', 'string Source {get;set;}'),
  p('StackTrace', 'string StackTrace {get;}'),
  p('TargetSite', 'System.Reflection.MethodBase TargetSite {get;}'),
];

const TYPE_MEMBERS: MemberInfo[] = [
  EQUALS,
  m('GetConstructors', 'System.Reflection.ConstructorInfo[] GetConstructors(), System.Reflection.ConstructorInfo[] GetConstructors(System.Reflection.BindingFlags bindingAttr)'),
  m('GetEnumNames', 'string[] GetEnumNames()'),
  m('GetEnumValues', 'array GetEnumValues()'),
  GET_HASH_CODE,
  m('GetMembers', 'System.Reflection.MemberInfo[] GetMembers(), System.Reflection.MemberInfo[] GetMembers(System.Reflection.BindingFlags bindingAttr)'),
  m('GetMethods', 'System.Reflection.MethodInfo[] GetMethods(), System.Reflection.MethodInfo[] GetMethods(System.Reflection.BindingFlags bindingAttr)'),
  m('GetProperties', 'System.Reflection.PropertyInfo[] GetProperties(), System.Reflection.PropertyInfo[] GetProperties(System.Reflection.BindingFlags bindingAttr)'),
  GET_TYPE,
  m('IsAssignableFrom', 'bool IsAssignableFrom(type c)'),
  m('IsInstanceOfType', 'bool IsInstanceOfType(System.Object o)'),
  m('IsSubclassOf', 'bool IsSubclassOf(type c)'),
  m('MakeArrayType', 'type MakeArrayType(), type MakeArrayType(int rank)'),
  m('MakeGenericType', 'type MakeGenericType(Params type[] typeArguments)'),
  TO_STRING,
  p('Assembly', 'System.Reflection.Assembly Assembly {get;}'),
  p('AssemblyQualifiedName', 'string AssemblyQualifiedName {get;}'),
  p('BaseType', 'type BaseType {get;}'),
  p('FullName', 'string FullName {get;}'),
  p('IsArray', 'bool IsArray {get;}'),
  p('IsClass', 'bool IsClass {get;}'),
  p('IsEnum', 'bool IsEnum {get;}'),
  p('IsGenericType', 'bool IsGenericType {get;}'),
  p('IsInterface', 'bool IsInterface {get;}'),
  p('IsPublic', 'bool IsPublic {get;}'),
  p('IsValueType', 'bool IsValueType {get;}'),
  p('Name', 'string Name {get;}'),
  p('Namespace', 'string Namespace {get;}'),
];

const ENUM_MEMBERS: MemberInfo[] = [
  m('CompareTo', 'int CompareTo(System.Object target), int IComparable.CompareTo(System.Object obj)'),
  m('Equals', 'bool Equals(System.Object obj)'),
  GET_HASH_CODE,
  GET_TYPE,
  m('GetTypeCode', 'System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()'),
  m('HasFlag', 'bool HasFlag(enum flag)'),
  m('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider), string IFormattable.ToString(string format, System.IFormatProvider provider), string IConvertible.ToString(System.IFormatProvider provider)'),
  { name: 'value__', memberType: 'Property', definition: 'int value__ {get;set;}' },
];

/** [ref]: Value reads and writes what the reference holds (or the variable it is bound to), of any type. */
const PSREFERENCE_MEMBERS: MemberInfo[] = [...OBJECT_METHODS, p('Value', 'System.Object Value {get;set;}')];

const BY_TYPE = new Map<string, readonly MemberInfo[]>([
  ['System.String', STRING_MEMBERS],
  ['System.Char', STRING_MEMBERS],
  ['System.Int32', numericMembers('int')],
  ['System.Int64', numericMembers('long')],
  ['System.Double', numericMembers('double')],
  ['System.Numerics.BigInteger', numericMembers('bigint')],
  ['System.Boolean', BOOLEAN_MEMBERS],
  ['System.DateTime', DATETIME_MEMBERS],
  ['System.TimeSpan', TIMESPAN_MEMBERS],
  ['System.Collections.Hashtable', HASHTABLE_MEMBERS],
  ['System.Collections.Specialized.OrderedDictionary', ORDERED_MEMBERS],
  ['System.Collections.ArrayList', listMembers('System.Object', true)],
  ['System.Guid', GUID_MEMBERS],
  ['System.Version', VERSION_MEMBERS],
  ['System.Management.Automation.ScriptBlock', SCRIPTBLOCK_MEMBERS],
  ['System.Management.Automation.ErrorRecord', ERRORRECORD_MEMBERS],
  ['System.RuntimeType', TYPE_MEMBERS],
  ['System.Management.Automation.PSReference', PSREFERENCE_MEMBERS],
]);

/** Element type display name of "System.Int32[]" → "int" style. */
function displayElement(fullName: string): string {
  return ACCELERATOR_NAMES[fullName] ?? fullName;
}

const ACCELERATOR_NAMES: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.Char': 'char',
  'System.Byte': 'byte',
  'System.DateTime': 'datetime',
  'System.Object': 'System.Object',
};

/** The catalog entry for a .NET type name, or undefined when the type has no specific list. */
export function catalogFor(typeName: string): readonly MemberInfo[] | undefined {
  const hit = BY_TYPE.get(typeName);
  if (hit) return hit;
  if (typeName.endsWith('[]')) return arrayMembers(displayElement(typeName.slice(0, -2)));
  const list = /^System\.Collections\.Generic\.List`1\[\[(.+)\]\]$/.exec(typeName);
  if (list) return listMembers(displayElement(list[1]!), false);
  return undefined;
}

export const ENUM_CATALOG: readonly MemberInfo[] = ENUM_MEMBERS;
export const EXCEPTION_CATALOG: readonly MemberInfo[] = EXCEPTION_MEMBERS;

/** Static members Get-Member -Static lists for the common types; other types get Equals/ReferenceEquals. */
const STATIC_BY_TYPE = new Map<string, MemberInfo[]>([
  [
    'System.String',
    [
      m('Compare', 'static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase), static int Compare(string strA, string strB, System.StringComparison comparisonType), static int Compare(string strA, int indexA, string strB, int indexB, int length)'),
      m('CompareOrdinal', 'static int CompareOrdinal(string strA, string strB), static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)'),
      m('Concat', 'static string Concat(System.Object arg0), static string Concat(System.Object arg0, System.Object arg1), static string Concat(Params System.Object[] args), static string Concat(string str0, string str1), static string Concat(Params string[] values)'),
      m('Copy', 'static string Copy(string str)'),
      m('Equals', 'static bool Equals(string a, string b), static bool Equals(string a, string b, System.StringComparison comparisonType), static bool Equals(System.Object objA, System.Object objB)'),
      m('Format', 'static string Format(string format, System.Object arg0), static string Format(string format, System.Object arg0, System.Object arg1), static string Format(string format, System.Object arg0, System.Object arg1, System.Object arg2), static string Format(string format, Params System.Object[] args)'),
      m('Intern', 'static string Intern(string str)'),
      m('IsInterned', 'static string IsInterned(string str)'),
      m('IsNullOrEmpty', 'static bool IsNullOrEmpty(string value)'),
      m('IsNullOrWhiteSpace', 'static bool IsNullOrWhiteSpace(string value)'),
      m('Join', 'static string Join(char separator, Params string[] value), static string Join(string separator, Params string[] value), static string Join(string separator, Params System.Object[] values), static string Join(string separator, System.Collections.Generic.IEnumerable[string] values)'),
      m('new', 'string new(char[] value), string new(char[] value, int startIndex, int length), string new(char c, int count)'),
      m('ReferenceEquals', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'),
      { name: 'Empty', memberType: 'Property', definition: 'static string Empty {get;}' },
    ],
  ],
  [
    'System.Int32',
    [
      m('Equals', 'static bool Equals(System.Object objA, System.Object objB)'),
      m('Parse', 'static int Parse(string s), static int Parse(string s, System.Globalization.NumberStyles style), static int Parse(string s, System.IFormatProvider provider), static int Parse(string s, System.Globalization.NumberStyles style, System.IFormatProvider provider)'),
      m('ReferenceEquals', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'),
      m('TryParse', 'static bool TryParse(string s, [ref] int result), static bool TryParse(string s, System.Globalization.NumberStyles style, System.IFormatProvider provider, [ref] int result)'),
      { name: 'MaxValue', memberType: 'Property', definition: 'static int MaxValue {get;}' },
      { name: 'MinValue', memberType: 'Property', definition: 'static int MinValue {get;}' },
    ],
  ],
  [
    'System.DateTime',
    [
      m('Compare', 'static int Compare(datetime t1, datetime t2)'),
      m('DaysInMonth', 'static int DaysInMonth(int year, int month)'),
      m('Equals', 'static bool Equals(datetime t1, datetime t2), static bool Equals(System.Object objA, System.Object objB)'),
      m('FromFileTime', 'static datetime FromFileTime(long fileTime)'),
      m('FromFileTimeUtc', 'static datetime FromFileTimeUtc(long fileTime)'),
      m('IsLeapYear', 'static bool IsLeapYear(int year)'),
      m('Parse', 'static datetime Parse(string s), static datetime Parse(string s, System.IFormatProvider provider), static datetime Parse(string s, System.IFormatProvider provider, System.Globalization.DateTimeStyles styles)'),
      m('ParseExact', 'static datetime ParseExact(string s, string format, System.IFormatProvider provider), static datetime ParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style), static datetime ParseExact(string s, string[] formats, System.IFormatProvider provider, System.Globalization.DateTimeStyles style)'),
      m('ReferenceEquals', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'),
      m('SpecifyKind', 'static datetime SpecifyKind(datetime value, System.DateTimeKind kind)'),
      m('TryParse', 'static bool TryParse(string s, [ref] datetime result), static bool TryParse(string s, System.IFormatProvider provider, System.Globalization.DateTimeStyles styles, [ref] datetime result)'),
      { name: 'MaxValue', memberType: 'Property', definition: 'static datetime MaxValue {get;}' },
      { name: 'MinValue', memberType: 'Property', definition: 'static datetime MinValue {get;}' },
      { name: 'Now', memberType: 'Property', definition: 'datetime Now {get;}' },
      { name: 'Today', memberType: 'Property', definition: 'datetime Today {get;}' },
      { name: 'UnixEpoch', memberType: 'Property', definition: 'static datetime UnixEpoch {get;}' },
      { name: 'UtcNow', memberType: 'Property', definition: 'datetime UtcNow {get;}' },
    ],
  ],
]);

export function staticCatalogFor(typeName: string): readonly MemberInfo[] {
  return (
    STATIC_BY_TYPE.get(typeName) ?? [
      m('Equals', 'static bool Equals(System.Object objA, System.Object objB)'),
      m('ReferenceEquals', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'),
    ]
  );
}
