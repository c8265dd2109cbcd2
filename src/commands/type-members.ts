// The .NET members Get-Member lists for the value kinds exosh emulates: method definitions as
// PowerShell prints them (data, not logic). Properties come from the values themselves.

const OBJECT_METHODS: [string, string][] = [
  ['Equals', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'int GetHashCode()'],
  ['GetType', 'type GetType()'],
  ['ToString', 'string ToString()'],
];

const COMPARABLE: [string, string][] = [['CompareTo', 'int CompareTo(System.Object value)']];

export const TYPE_METHODS: Record<string, [string, string][]> = {
  'System.String': [
    ['Clone', 'System.Object Clone()'],
    ['CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB)'],
    ['Contains', 'bool Contains(string value), bool Contains(string value, System.StringComparison comparisonType), bool Contains(char value)'],
    ['EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType), bool EndsWith(char value)'],
    ['Equals', 'bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType)'],
    ['GetHashCode', 'int GetHashCode()'],
    ['GetType', 'type GetType()'],
    ['IndexOf', 'int IndexOf(char value), int IndexOf(string value), int IndexOf(string value, int startIndex)'],
    ['IndexOfAny', 'int IndexOfAny(char[] anyOf)'],
    ['Insert', 'string Insert(int startIndex, string value)'],
    ['LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(string value)'],
    ['PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'],
    ['PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'],
    ['Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)'],
    ['Replace', 'string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)'],
    ['Split', 'string[] Split(char separator, System.StringSplitOptions options), string[] Split(string separator, System.StringSplitOptions options)'],
    ['StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType), bool StartsWith(char value)'],
    ['Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)'],
    ['ToCharArray', 'char[] ToCharArray()'],
    ['ToLower', 'string ToLower()'],
    ['ToLowerInvariant', 'string ToLowerInvariant()'],
    ['ToString', 'string ToString()'],
    ['ToUpper', 'string ToUpper()'],
    ['ToUpperInvariant', 'string ToUpperInvariant()'],
    ['Trim', 'string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)'],
    ['TrimEnd', 'string TrimEnd(), string TrimEnd(char trimChar)'],
    ['TrimStart', 'string TrimStart(), string TrimStart(char trimChar)'],
  ],
  'System.Int32': [...COMPARABLE, ...OBJECT_METHODS],
  'System.Int64': [...COMPARABLE, ...OBJECT_METHODS],
  'System.Double': [...COMPARABLE, ...OBJECT_METHODS],
  'System.Boolean': [...COMPARABLE, ...OBJECT_METHODS],
  'System.DateTime': [
    ['Add', 'datetime Add(timespan value)'],
    ['AddDays', 'datetime AddDays(double value)'],
    ['AddHours', 'datetime AddHours(double value)'],
    ['AddMilliseconds', 'datetime AddMilliseconds(double value)'],
    ['AddMinutes', 'datetime AddMinutes(double value)'],
    ['AddMonths', 'datetime AddMonths(int months)'],
    ['AddSeconds', 'datetime AddSeconds(double value)'],
    ['AddTicks', 'datetime AddTicks(long value)'],
    ['AddYears', 'datetime AddYears(int value)'],
    ...COMPARABLE,
    ['Equals', 'bool Equals(System.Object value), bool Equals(datetime value)'],
    ['GetHashCode', 'int GetHashCode()'],
    ['GetType', 'type GetType()'],
    ['Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'],
    ['ToLocalTime', 'datetime ToLocalTime()'],
    ['ToLongDateString', 'string ToLongDateString()'],
    ['ToLongTimeString', 'string ToLongTimeString()'],
    ['ToShortDateString', 'string ToShortDateString()'],
    ['ToShortTimeString', 'string ToShortTimeString()'],
    ['ToString', 'string ToString(), string ToString(string format)'],
    ['ToUniversalTime', 'datetime ToUniversalTime()'],
  ],
  'System.TimeSpan': [
    ['Add', 'timespan Add(timespan ts)'],
    ...COMPARABLE,
    ['Duration', 'timespan Duration()'],
    ...OBJECT_METHODS.slice(0, 3),
    ['Negate', 'timespan Negate()'],
    ['Subtract', 'timespan Subtract(timespan ts)'],
    ['ToString', 'string ToString(), string ToString(string format)'],
  ],
  'System.Collections.Hashtable': [
    ['Add', 'void Add(System.Object key, System.Object value)'],
    ['Clear', 'void Clear()'],
    ['Clone', 'System.Object Clone()'],
    ['Contains', 'bool Contains(System.Object key)'],
    ['ContainsKey', 'bool ContainsKey(System.Object key)'],
    ['ContainsValue', 'bool ContainsValue(System.Object value)'],
    ...OBJECT_METHODS.slice(0, 3),
    ['Remove', 'void Remove(System.Object key)'],
    ['ToString', 'string ToString()'],
  ],
  'System.Collections.ArrayList': [
    ['Add', 'int Add(System.Object value)'],
    ['AddRange', 'void AddRange(System.Collections.ICollection c)'],
    ['Clear', 'void Clear()'],
    ['Contains', 'bool Contains(System.Object item)'],
    ...OBJECT_METHODS.slice(0, 3),
    ['IndexOf', 'int IndexOf(System.Object value)'],
    ['Insert', 'void Insert(int index, System.Object value)'],
    ['Remove', 'void Remove(System.Object obj)'],
    ['RemoveAt', 'void RemoveAt(int index)'],
    ['Sort', 'void Sort()'],
    ['ToArray', 'System.Object[] ToArray()'],
    ['ToString', 'string ToString()'],
  ],
};

TYPE_METHODS['System.Collections.Specialized.OrderedDictionary'] = TYPE_METHODS['System.Collections.Hashtable']!;

/** Methods of a type; every .NET object has at least System.Object's four. */
export function methodsOf(typeName: string): [string, string][] {
  if (TYPE_METHODS[typeName]) return TYPE_METHODS[typeName]!;
  if (typeName.startsWith('System.Collections.Generic.List')) return TYPE_METHODS['System.Collections.ArrayList']!;
  return OBJECT_METHODS;
}

/** PowerShell's short type names in member definitions (`string`, `int`, `datetime`...). */
export const SHORT_TYPE_NAMES: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.DateTime': 'datetime',
  'System.TimeSpan': 'timespan',
  'System.Char': 'char',
  'System.Object': 'System.Object',
  'System.Object[]': 'Object[]',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Management.Automation.PSCustomObject': 'System.Management.Automation.PSCustomObject',
  'System.Guid': 'guid',
  'System.Version': 'version',
};
