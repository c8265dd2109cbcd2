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

/** Static members `[type] | Get-Member -Static` lists: [name, 'Method' | 'Property', definition]. */
export const STATIC_MEMBERS: Record<string, [string, 'Method' | 'Property', string][]> = {
  'System.Math': [
    ['Abs', 'Method', 'static double Abs(double value), static int Abs(int value), static long Abs(long value)'],
    ['Ceiling', 'Method', 'static double Ceiling(double a)'],
    ['Floor', 'Method', 'static double Floor(double d)'],
    ['Max', 'Method', 'static double Max(double val1, double val2), static int Max(int val1, int val2)'],
    ['Min', 'Method', 'static double Min(double val1, double val2), static int Min(int val1, int val2)'],
    ['Pow', 'Method', 'static double Pow(double x, double y)'],
    ['Round', 'Method', 'static double Round(double a), static double Round(double value, int digits), static double Round(double value, int digits, System.MidpointRounding mode)'],
    ['Sqrt', 'Method', 'static double Sqrt(double d)'],
    ['Truncate', 'Method', 'static double Truncate(double d)'],
    ['E', 'Property', 'static double E {get;}'],
    ['PI', 'Property', 'static double PI {get;}'],
  ],
  'System.DateTime': [
    ['DaysInMonth', 'Method', 'static int DaysInMonth(int year, int month)'],
    ['IsLeapYear', 'Method', 'static bool IsLeapYear(int year)'],
    ['Parse', 'Method', 'static datetime Parse(string s), static datetime Parse(string s, System.IFormatProvider provider)'],
    ['ParseExact', 'Method', 'static datetime ParseExact(string s, string format, System.IFormatProvider provider)'],
    ['SpecifyKind', 'Method', 'static datetime SpecifyKind(datetime value, System.DateTimeKind kind)'],
    ['TryParse', 'Method', 'static bool TryParse(string s, [ref] datetime result)'],
    ['MaxValue', 'Property', 'static datetime MaxValue {get;}'],
    ['MinValue', 'Property', 'static datetime MinValue {get;}'],
    ['Now', 'Property', 'static datetime Now {get;}'],
    ['Today', 'Property', 'static datetime Today {get;}'],
    ['UtcNow', 'Property', 'static datetime UtcNow {get;}'],
  ],
  'System.String': [
    ['Compare', 'Method', 'static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase)'],
    ['Concat', 'Method', 'static string Concat(Params System.Object[] args)'],
    ['Equals', 'Method', 'static bool Equals(string a, string b)'],
    ['Format', 'Method', 'static string Format(string format, Params System.Object[] args)'],
    ['IsNullOrEmpty', 'Method', 'static bool IsNullOrEmpty(string value)'],
    ['IsNullOrWhiteSpace', 'Method', 'static bool IsNullOrWhiteSpace(string value)'],
    ['Join', 'Method', 'static string Join(string separator, Params string[] value)'],
    ['Empty', 'Property', 'static string Empty {get;}'],
  ],
  'System.Guid': [
    ['NewGuid', 'Method', 'static guid NewGuid()'],
    ['Parse', 'Method', 'static guid Parse(string input)'],
    ['TryParse', 'Method', 'static bool TryParse(string input, [ref] guid result)'],
    ['Empty', 'Property', 'static guid Empty {get;}'],
  ],
  'System.Text.RegularExpressions.Regex': [
    ['Escape', 'Method', 'static string Escape(string str)'],
    ['IsMatch', 'Method', 'static bool IsMatch(string input, string pattern)'],
    ['Match', 'Method', 'static System.Text.RegularExpressions.Match Match(string input, string pattern)'],
    ['Matches', 'Method', 'static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)'],
    ['Replace', 'Method', 'static string Replace(string input, string pattern, string replacement)'],
    ['Split', 'Method', 'static string[] Split(string input, string pattern)'],
    ['Unescape', 'Method', 'static string Unescape(string str)'],
  ],
  'System.TimeSpan': [
    ['FromDays', 'Method', 'static timespan FromDays(double value)'],
    ['FromHours', 'Method', 'static timespan FromHours(double value)'],
    ['FromMilliseconds', 'Method', 'static timespan FromMilliseconds(double value)'],
    ['FromMinutes', 'Method', 'static timespan FromMinutes(double value)'],
    ['FromSeconds', 'Method', 'static timespan FromSeconds(double value)'],
    ['Parse', 'Method', 'static timespan Parse(string s)'],
    ['Zero', 'Property', 'static timespan Zero {get;}'],
  ],
};

/** pwsh's ETS script property DateTime ("Thursday, July 4, 2024 9:30:00 AM"), as Get-Member prints its getter. */
const DATETIME_SCRIPT = `System.Object DateTime {get=if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")
          {
          "{0}" -f $this.ToLongDateString()
          }
          elseif ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq "Time")
          {
          "{0}" -f  $this.ToLongTimeString()
          }
          else
          {
          "{0} {1}" -f $this.ToLongDateString(), $this.ToLongTimeString()
          };}`;

/**
 * Properties whose Get-Member line is not `<type of the value> Name {get;}`: .NET enum and Int64
 * types that exosh holds as strings and numbers, ETS script properties, and members pwsh shows
 * only on some values (null hides one: DisplayHint is a note Get-Date adds, absent from a cast date).
 */
export const TYPE_PROPERTY_MEMBERS: Record<string, Record<string, readonly [memberType: string, definition: string] | null>> = {
  'System.DateTime': {
    DisplayHint: null,
    DateTime: ['ScriptProperty', DATETIME_SCRIPT],
    DayOfWeek: ['Property', 'System.DayOfWeek DayOfWeek {get;}'],
    Kind: ['Property', 'System.DateTimeKind Kind {get;}'],
    Ticks: ['Property', 'long Ticks {get;}'],
  },
  'System.TimeSpan': {
    Ticks: ['Property', 'long Ticks {get;}'],
  },
};
