// dist/ui/repl.bundle.js is src/ui/index.ts with Ink, React and the rest of the REPL's packages
// bundled into one file at build time (tools/bundle-repl.mjs); it exports the same things.
export * from './index.js';
