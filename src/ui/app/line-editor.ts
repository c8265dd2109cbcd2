// The line editor the app uses. The real one (src/ui/editor) replaces the stand-in here, in one line.
export { StandInEditor as LineEditor } from './stand-in-editor.js';
