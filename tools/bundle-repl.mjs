// The second half of `npm run build`: the REPL (src/ui) and the packages it loads (Ink, React,
// react-reconciler, yoga...) become one file, dist/ui/repl.bundle.js. Loading Ink as ~150 separate
// modules was most of the REPL's start-up; one pre-built file of production code parses in a
// fraction of it. The rest of exosh (language, runtime, exchange) stays outside the bundle and is
// imported from tsc's dist/ files, so the REPL and batch mode share one copy of every class.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const ui = join(src, 'ui');
const outfile = join(root, 'dist', 'ui', 'repl.bundle.js');

/** Imports of exosh's own modules outside src/ui stay imports, of the files tsc wrote to dist/. */
const projectModulesStayOutside = {
  name: 'project-modules-stay-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(src + sep)) return undefined;
      const target = join(dirname(args.importer), args.path);
      if (target.startsWith(ui + sep)) return undefined;
      // src/x/y.js (as written in TypeScript's NodeNext style) is dist/x/y.js beside the bundle.
      const fromBundle = relative(dirname(outfile), join(root, 'dist', relative(src, target))).split(sep).join('/');
      return { path: fromBundle.startsWith('.') ? fromBundle : `./${fromBundle}`, external: true };
    });
  },
};

/**
 * Ink imports its React devtools bridge only when DEV=true, and that needs react-devtools-core,
 * which exosh does not install. Bundled, the import would become a static one that fails at load;
 * left as a dynamic import of a file that does not exist, DEV=true gets Ink's own warning instead.
 */
const inkDevtoolsStaysOut = {
  name: 'ink-devtools-stays-out',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`) ? { path: './ink-devtools-not-bundled.js', external: true } : undefined,
    );
  },
};

/**
 * Yoga's wasm loader fetches its embedded `data:` URL when a global `fetch` exists, and touching
 * Node's `fetch` loads Node's own HTTP client (undici) first: ~40 ms of the prompt's start-up.
 * Without `fetch` in its scope it decodes the same bytes directly, as it does in older runtimes.
 */
const yogaDecodesItsWasmDirectly = {
  name: 'yoga-decodes-its-wasm-directly',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, async (args) => ({
      contents: `const fetch = undefined;\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [join(ui, 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // React and Ink pick their production code when this is known at build time.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some packages in the bundle are CommonJS and require Node's own modules.
  banner: { js: "import { createRequire as __exoshCreateRequire } from 'node:module'; const require = __exoshCreateRequire(import.meta.url);" },
  plugins: [projectModulesStayOutside, inkDevtoolsStaysOut, yogaDecodesItsWasmDirectly],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  sourcemap: 'linked',
  logLevel: 'warning',
});
