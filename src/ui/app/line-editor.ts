// The line editor the app uses: src/ui/editor's, behind the contract in src/ui/editor/contract.ts.
export { LineEditor } from '../editor/LineEditor.js';
