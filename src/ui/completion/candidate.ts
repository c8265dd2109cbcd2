// What completion answers: the span of the input to replace and the candidates for it, in the
// order Tab offers them (as TabExpansion2's CompletionMatches).

export type CandidateKind = 'command' | 'parameter' | 'value' | 'variable' | 'property' | 'path' | 'folder' | 'type' | 'keyword';

export interface Candidate {
  /** The text that replaces the span (quoted when needed: `'My Folder'`). */
  completionText: string;
  /** What the menu shows (`Get-ChildItem`, `-Path`, `Folder/`). */
  listItemText: string;
  kind: CandidateKind;
  /** A short line shown for the selected menu item (a parameter's type, a command's synopsis). */
  toolTip?: string;
}

export interface CompletionResult {
  /** Offsets in the input: the replaced span is [replaceStart, replaceEnd). */
  replaceStart: number;
  replaceEnd: number;
  candidates: readonly Candidate[];
}

export const noCompletion: CompletionResult = { replaceStart: 0, replaceEnd: 0, candidates: [] };
