// Copies the TrueType fonts the PDF renderer (src/EduDpa.Documents) embeds from node_modules into
// src/EduDpa.Documents/Fonts. Like the front-end files, the copies are committed and CI checks that
// `npm ci && npm run assets` gives the same bytes. The PDF never uses a font of the machine.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = 'dejavu-fonts-ttf';
const source = join(root, 'node_modules', pkg);
const target = join(root, 'src', 'EduDpa.Documents', 'Fonts');

// [file in package, destination under Fonts]
const files = [
  ['ttf/DejaVuSans.ttf', 'DejaVuSans.ttf'],
  ['ttf/DejaVuSans-Bold.ttf', 'DejaVuSans-Bold.ttf'],
  ['LICENSE', 'LICENSE-DejaVu.txt'],
];

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const [file, destination] of files) {
  cpSync(join(source, file), join(target, destination));
}
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
writeFileSync(join(target, 'versions.json'), JSON.stringify({ [pkg]: version }, null, 2) + '\n');
console.log(`Copied ${files.length} files of ${pkg} ${version} to ${target}`);
