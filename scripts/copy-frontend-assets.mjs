// Copies the front-end files the app serves from node_modules into src/EduDpa.Web/wwwroot/lib, and the
// accessibility checker the browser tests inject (axe-core) into tests/EduDpa.Browser.Tests/axe, which the app
// never serves. The copies are committed, so `dotnet run` and `dotnet test` need no Node; CI runs this again
// after `npm ci` and fails when the result differs from what is committed. Never copy files in by hand.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const target = join(root, 'src', 'EduDpa.Web', 'wwwroot', 'lib');

// [package, file in package, destination under wwwroot/lib]
const files = [
  ['@utrecht/component-library-css', 'dist/index.css', 'utrecht/component-library.css'],
  ['@utrecht/component-library-css', 'LICENSE.md', 'utrecht/LICENSE-component-library.md'],
  ['@utrecht/design-tokens', 'dist/theme.css', 'utrecht/design-tokens.css'],
  ['@utrecht/design-tokens', 'LICENSE.md', 'utrecht/LICENSE-design-tokens.md'],
  ['htmx.org', 'dist/htmx.min.js', 'htmx/htmx.min.js'],
  ['htmx.org', 'LICENSE', 'htmx/LICENSE'],
  ['@fontsource-variable/noto-sans', 'index.css', 'noto-sans/noto-sans.css'],
  ['@fontsource-variable/noto-sans', 'LICENSE', 'noto-sans/LICENSE'],
];

rmSync(target, { recursive: true, force: true });
const versions = {};
for (const [pkg, file, destination] of files) {
  const source = join(modules, pkg, file);
  const to = join(target, destination);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(source, to);
  versions[pkg] = JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;

  // A stylesheet brings the font files it refers to (url(./files/...)), and only those.
  if (file.endsWith('.css') && pkg.startsWith('@fontsource')) {
    for (const [, ref] of readFileSync(source, 'utf8').matchAll(/url\(\.\/(files\/[^)]+)\)/g)) {
      const font = join(target, dirname(destination), ref);
      mkdirSync(dirname(font), { recursive: true });
      cpSync(join(modules, pkg, ref), font);
    }
  }
}
writeFileSync(join(target, 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
console.log(`Copied front-end assets of ${Object.keys(versions).length} packages to ${target}`);

// [package, file in package, destination under tests/EduDpa.Browser.Tests/axe]
const testTarget = join(root, 'tests', 'EduDpa.Browser.Tests', 'axe');
const testFiles = [
  ['axe-core', 'axe.min.js', 'axe.min.js'],
  ['axe-core', 'LICENSE', 'LICENSE'],
];
rmSync(testTarget, { recursive: true, force: true });
const testVersions = {};
for (const [pkg, file, destination] of testFiles) {
  const to = join(testTarget, destination);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(modules, pkg, file), to);
  testVersions[pkg] = JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
}
writeFileSync(join(testTarget, 'versions.json'), JSON.stringify(testVersions, null, 2) + '\n');
console.log(`Copied browser-test assets of ${Object.keys(testVersions).length} packages to ${testTarget}`);
