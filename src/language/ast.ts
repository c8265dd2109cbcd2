// The PowerShell syntax tree: a discriminated union on `type`, every node with its source extent.
// Names follow PowerShell's own AST (System.Management.Automation.Language) where that helps a
// reader who knows it, minus the `Ast` suffix on the `type` tag.

export interface Extent {
  /** Offset of the first character (0-based, UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

interface Node {
  extent: Extent;
}

// ---------------------------------------------------------------- script structure

export interface ScriptBlock extends Node {
  type: 'ScriptBlock';
  /** `using` statements at the top of a script. */
  usings: UsingStatement[];
  /** `#Requires` lines, raw text after `#Requires`. */
  requires: string[];
  /** Attributes before `param(...)`, e.g. `[CmdletBinding()]`, live on paramBlock.attributes. */
  paramBlock?: ParamBlock;
  dynamicParam?: NamedBlock;
  begin?: NamedBlock;
  process?: NamedBlock;
  /** The body when no named blocks are written (`unnamed: true`), else the `end {}` block. */
  end?: NamedBlock;
  clean?: NamedBlock;
}

export interface NamedBlock extends Node {
  type: 'NamedBlock';
  kind: 'dynamicparam' | 'begin' | 'process' | 'end' | 'clean';
  unnamed: boolean;
  statements: Statement[];
  traps: TrapStatement[];
}

export interface ParamBlock extends Node {
  type: 'ParamBlock';
  attributes: AttributeBase[];
  parameters: Parameter[];
}

export interface Parameter extends Node {
  type: 'Parameter';
  /** Without the `$`. */
  name: string;
  /** Attributes and type constraints in source order, e.g. `[Parameter(Mandatory)] [string]`. */
  attributes: AttributeBase[];
  defaultValue?: Expression;
}

export interface TypeName extends Node {
  type: 'TypeName';
  /** As written, without brackets and generic arguments: `string`, `System.Collections.Generic.List`. */
  name: string;
  genericArguments: TypeName[];
  /** 0 for a plain type, 1 for `string[]`, 2 for `int[,]`... */
  arrayRank: number;
}

export interface Attribute extends Node {
  type: 'Attribute';
  typeName: TypeName;
  positionalArguments: Expression[];
  /** `Mandatory` alone has no value (means $true); `Position = 0` has one. */
  namedArguments: { name: string; value?: Expression; extent: Extent }[];
}

/** `[int]` in front of a parameter or variable. */
export interface TypeConstraint extends Node {
  type: 'TypeConstraint';
  typeName: TypeName;
}

export type AttributeBase = Attribute | TypeConstraint;

// ---------------------------------------------------------------- statements

export type Statement =
  | Pipeline
  | PipelineChain
  | AssignmentStatement
  | IfStatement
  | ForEachStatement
  | ForStatement
  | WhileStatement
  | DoWhileStatement
  | DoUntilStatement
  | SwitchStatement
  | BreakStatement
  | ContinueStatement
  | ReturnStatement
  | ExitStatement
  | ThrowStatement
  | TryStatement
  | TrapStatement
  | FunctionDefinition
  | DataStatement
  | TypeDefinition
  | UsingStatement
  | BlockStatement
  | ConfigurationDefinition
  | ErrorStatement;

/** Something that produces a pipeline's output: conditions, foreach sources, `( ... )`. */
export type PipelineBase = Pipeline | PipelineChain | AssignmentStatement;

export interface StatementBlock extends Node {
  type: 'StatementBlock';
  statements: Statement[];
  traps: TrapStatement[];
}

export interface Pipeline extends Node {
  type: 'Pipeline';
  /** One element per pipe stage; a bare expression statement is a one-element pipeline. */
  elements: (Command | CommandExpression)[];
  /** Trailing `&`: run as a background job. */
  background: boolean;
}

/** PowerShell 7 `a && b`, `a || b`. */
export interface PipelineChain extends Node {
  type: 'PipelineChain';
  left: Pipeline | PipelineChain;
  operator: '&&' | '||';
  right: Pipeline;
  background: boolean;
}

export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

export interface AssignmentStatement extends Node {
  type: 'Assignment';
  /** A variable, member, index, array literal of those, or a cast/attributed variable. */
  left: Expression;
  operator: AssignmentOperator;
  right: Statement;
}

export interface IfStatement extends Node {
  type: 'If';
  clauses: { condition: PipelineBase; body: StatementBlock }[];
  elseBody?: StatementBlock;
}

interface LoopBase extends Node {
  /** `:outer foreach (...)` */
  label?: string;
  body: StatementBlock;
}

export interface ForEachStatement extends LoopBase {
  type: 'ForEach';
  variable: VariableExpression;
  iterable: PipelineBase;
  /** `foreach -Parallel` (workflows). */
  parallel: boolean;
}

export interface ForStatement extends LoopBase {
  type: 'For';
  initializer?: PipelineBase;
  condition?: PipelineBase;
  iterator?: PipelineBase;
}

export interface WhileStatement extends LoopBase {
  type: 'While';
  condition: PipelineBase;
}

export interface DoWhileStatement extends LoopBase {
  type: 'DoWhile';
  condition: PipelineBase;
}

export interface DoUntilStatement extends LoopBase {
  type: 'DoUntil';
  condition: PipelineBase;
}

export interface SwitchStatement extends Node {
  type: 'Switch';
  label?: string;
  mode: 'equals' | 'regex' | 'wildcard' | 'exact';
  caseSensitive: boolean;
  /** `switch -File path`: `condition` is the path expression. */
  file: boolean;
  parallel: boolean;
  condition: PipelineBase;
  clauses: { pattern: Expression; body: StatementBlock }[];
  defaultBody?: StatementBlock;
}

export interface BreakStatement extends Node {
  type: 'Break';
  label?: Expression;
}

export interface ContinueStatement extends Node {
  type: 'Continue';
  label?: Expression;
}

export interface ReturnStatement extends Node {
  type: 'Return';
  pipeline?: PipelineBase;
}

export interface ExitStatement extends Node {
  type: 'Exit';
  pipeline?: PipelineBase;
}

export interface ThrowStatement extends Node {
  type: 'Throw';
  pipeline?: PipelineBase;
}

export interface TryStatement extends Node {
  type: 'Try';
  body: StatementBlock;
  /** An empty `types` list is a catch-all. */
  catches: { types: TypeName[]; body: StatementBlock; extent: Extent }[];
  finallyBody?: StatementBlock;
}

export interface TrapStatement extends Node {
  type: 'Trap';
  trapType?: TypeName;
  body: StatementBlock;
}

export interface FunctionDefinition extends Node {
  type: 'FunctionDefinition';
  /** As written, may include a scope: `global:Get-Thing`. */
  name: string;
  kind: 'function' | 'filter' | 'workflow';
  /** `function f($a, $b) {}` form; undefined when the body has its own param block or none. */
  parameters?: Parameter[];
  body: ScriptBlock;
}

export interface DataStatement extends Node {
  type: 'Data';
  variable?: string;
  supportedCommands: Expression[];
  body: StatementBlock;
}

export interface UsingStatement extends Node {
  type: 'Using';
  kind: 'namespace' | 'module' | 'assembly' | 'type';
  name: string;
  alias?: string;
  /** `using module @{ ModuleName = ... }` */
  moduleSpecification?: HashtableExpression;
}

/** `class` / `enum` / `interface` definitions. */
export interface TypeDefinition extends Node {
  type: 'TypeDefinition';
  kind: 'class' | 'enum';
  name: string;
  attributes: AttributeBase[];
  baseTypes: TypeName[];
  members: MemberDefinition[];
}

export type MemberDefinition = PropertyMember | FunctionMember | EnumMember;

export interface PropertyMember extends Node {
  type: 'PropertyMember';
  name: string;
  attributes: AttributeBase[];
  isStatic: boolean;
  isHidden: boolean;
  propertyType?: TypeName;
  initialValue?: Expression;
}

export interface FunctionMember extends Node {
  type: 'FunctionMember';
  /** A constructor has the class's own name. */
  name: string;
  attributes: AttributeBase[];
  isStatic: boolean;
  isHidden: boolean;
  isConstructor: boolean;
  returnType?: TypeName;
  parameters: Parameter[];
  /** `: base(...)` call of a constructor. */
  baseArguments?: Expression[];
  body: ScriptBlock;
}

export interface EnumMember extends Node {
  type: 'EnumMember';
  name: string;
  attributes: AttributeBase[];
  initialValue?: Expression;
}

/** Workflow `parallel {}` / `sequence {}`. */
export interface BlockStatement extends Node {
  type: 'BlockStatement';
  kind: 'parallel' | 'sequence';
  body: StatementBlock;
}

/** DSC `configuration Name { ... }`. */
export interface ConfigurationDefinition extends Node {
  type: 'ConfigurationDefinition';
  name: Expression;
  body: ScriptBlockExpression;
}

/** What error recovery leaves where a statement could not be parsed. */
export interface ErrorStatement extends Node {
  type: 'ErrorStatement';
}

// ---------------------------------------------------------------- commands

export interface Command extends Node {
  type: 'Command';
  /** `&` or `.` in front of the command name. */
  invocationOperator?: '&' | '.';
  /**
   * The name first (a bareword StringConstant, or any expression after & / .), then arguments:
   * parameters, expressions, and `--%` verbatim arguments as a StringConstant.
   */
  elements: CommandElement[];
  redirections: Redirection[];
}

export type CommandElement = CommandParameter | Expression;

export interface CommandParameter extends Node {
  type: 'CommandParameter';
  /** Without the leading dash or trailing colon: `-Path:` → `Path`. */
  name: string;
  /** The value of `-Name:value`; otherwise the next element is the argument. */
  argument?: Expression;
  /** `-Name:` with the colon, even when the argument is the next token. */
  hasColon: boolean;
}

/** An expression used as a pipeline stage: `1..3 | ...`, `$x.Name`. */
export interface CommandExpression extends Node {
  type: 'CommandExpression';
  expression: Expression;
  redirections: Redirection[];
}

export type RedirectionStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'all';

export type Redirection =
  | (Node & { type: 'FileRedirection'; from: RedirectionStream; append: boolean; target: Expression })
  | (Node & { type: 'MergingRedirection'; from: RedirectionStream; to: 'output' });

// ---------------------------------------------------------------- expressions

export type Expression =
  | NumberLiteral
  | StringConstant
  | ExpandableString
  | VariableExpression
  | ArrayLiteral
  | ArrayExpression
  | SubExpression
  | ParenExpression
  | HashtableExpression
  | ScriptBlockExpression
  | BinaryExpression
  | UnaryExpression
  | ConvertExpression
  | TypeExpression
  | MemberExpression
  | InvokeMemberExpression
  | IndexExpression
  | AttributedExpression
  | TernaryExpression
  | ErrorExpression;

export interface NumberLiteral extends Node {
  type: 'Number';
  /** The value after suffixes and multipliers (`1KB` → 1024). */
  value: number;
  /** The .NET type PowerShell gives the literal. Values beyond 2^53 lose precision (documented). */
  numberType: 'int' | 'long' | 'double' | 'decimal' | 'byte' | 'sbyte' | 'short' | 'ushort' | 'uint' | 'ulong' | 'bigint';
  text: string;
}

export type StringQuoteKind = 'bare' | 'single' | 'double' | 'single-here' | 'double-here';

export interface StringConstant extends Node {
  type: 'StringConstant';
  /** Value with quotes removed and escapes applied. */
  value: string;
  quoteKind: StringQuoteKind;
}

/** A double-quoted string or bareword argument containing `$var` / `$(...)`. */
export interface ExpandableString extends Node {
  type: 'ExpandableString';
  /** Literal text (escapes applied) interleaved with embedded expressions. */
  parts: (string | Expression)[];
  quoteKind: 'bare' | 'double' | 'double-here';
}

export interface VariableExpression extends Node {
  type: 'Variable';
  /** Without `$`/`@` and without the scope/drive qualifier: `$global:x` → `x`. */
  name: string;
  /** `global`, `local`, `script`, `private`, `using`, `env`, `function`, `variable`, or another drive name. */
  scope?: string;
  /** `@params` */
  splatted: boolean;
  /** `${name}` form. */
  braced: boolean;
}

/** `a, b, c` */
export interface ArrayLiteral extends Node {
  type: 'ArrayLiteral';
  elements: Expression[];
}

/** `@( ... )` */
export interface ArrayExpression extends Node {
  type: 'ArrayExpression';
  body: StatementBlock;
}

/** `$( ... )` */
export interface SubExpression extends Node {
  type: 'SubExpression';
  body: StatementBlock;
}

/** `( pipeline )` */
export interface ParenExpression extends Node {
  type: 'Paren';
  pipeline: Statement;
}

export interface HashtableExpression extends Node {
  type: 'Hashtable';
  entries: { key: Expression; value: Statement; extent: Extent }[];
}

export interface ScriptBlockExpression extends Node {
  type: 'ScriptBlockExpression';
  scriptBlock: ScriptBlock;
  /** Source text between the braces, for `.ToString()` and remoting of `-Filter {...}`. */
  text: string;
}

/**
 * Operators as PowerShell spells them, lower-cased: arithmetic `+ - * / %`, `..`, `-f`,
 * comparison with optional `i`/`c` prefix (`-eq -ieq -ceq ... -like -match -contains -in -is -isnot -as`),
 * `-replace -split -join`, logical `-and -or -xor`, bitwise `-band -bor -bxor -shl -shr`, `??`.
 */
export type BinaryOperator = string;

export interface BinaryExpression extends Node {
  type: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export type UnaryOperator =
  | '-not'
  | '!'
  | '-bnot'
  | '-'
  | '+'
  | ','
  | '-split'
  | '-isplit'
  | '-csplit'
  | '-join'
  | '++'
  | '--'
  | 'post++'
  | 'post--';

export interface UnaryExpression extends Node {
  type: 'Unary';
  operator: UnaryOperator;
  operand: Expression;
}

/** `[int]$x`, `[ordered]@{}`, `[pscustomobject]@{}` */
export interface ConvertExpression extends Node {
  type: 'Convert';
  typeName: TypeName;
  operand: Expression;
}

/** A type literal on its own: `[datetime]`, used for static members and `-is`. */
export interface TypeExpression extends Node {
  type: 'TypeLiteral';
  typeName: TypeName;
}

/** `$x.Name`, `$x.$prop`, `[math]::Pi`, `$x?.Name` */
export interface MemberExpression extends Node {
  type: 'Member';
  target: Expression;
  /** Usually a StringConstant (bareword), any expression for `$x.$name` / `$x.('a'+'b')`. */
  member: Expression;
  isStatic: boolean;
  nullConditional: boolean;
}

/** `$s.Trim()`, `[math]::Round(1.5)`, `$x?.M()` */
export interface InvokeMemberExpression extends Node {
  type: 'InvokeMember';
  target: Expression;
  member: Expression;
  arguments: Expression[];
  /** `$obj.Method<T>()` generic arguments (PowerShell 7.3). */
  genericArguments: TypeName[];
  isStatic: boolean;
  nullConditional: boolean;
}

/** `$a[0]`, `$a[1..3]`, `$h['key']`, `$a?[0]` */
export interface IndexExpression extends Node {
  type: 'Index';
  target: Expression;
  index: Expression;
  nullConditional: boolean;
}

/** `[ValidateNotNull()][string]$x` on the left of an assignment, `[Parameter()]$x` etc. */
export interface AttributedExpression extends Node {
  type: 'Attributed';
  attribute: Attribute;
  child: Expression;
}

export interface TernaryExpression extends Node {
  type: 'Ternary';
  condition: Expression;
  ifTrue: Expression;
  ifFalse: Expression;
}

/** What error recovery leaves where an expression could not be parsed. */
export interface ErrorExpression extends Node {
  type: 'ErrorExpression';
}

export type Ast =
  | ScriptBlock
  | NamedBlock
  | ParamBlock
  | Parameter
  | TypeName
  | Attribute
  | TypeConstraint
  | StatementBlock
  | Statement
  | Command
  | CommandParameter
  | CommandExpression
  | Redirection
  | Expression
  | MemberDefinition;

// ---------------------------------------------------------------- parse results

export interface ParseError {
  /** PowerShell's wording, e.g. "Missing closing '}' in statement block or type definition." */
  message: string;
  /** PowerShell's error id, e.g. `MissingEndCurlyBrace`. */
  errorId: string;
  extent: Extent;
  /** True when more input could complete the text (unclosed brace/quote/here-string, trailing pipe). */
  incompleteInput: boolean;
}

/** Token kinds the REPL colours and completion uses; the lexer defines the exact list. */
export interface Token {
  kind: string;
  text: string;
  start: number;
  end: number;
}

export interface ParseResult {
  ast: ScriptBlock;
  tokens: Token[];
  errors: ParseError[];
  /** Every error is an incomplete-input error: the REPL should read another line. */
  incomplete: boolean;
}
