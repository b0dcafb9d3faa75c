// Writes Subresource Integrity hashes of the CDN files to dist/cdn/sri.json and prints the
// <script> tag a merchant pastes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = 'dist/cdn';
const files = [];
const walk = (path) => {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(js|json)$/.test(name) && name !== 'sri.json') files.push(full);
  }
};
walk(dir);
const hashes = Object.fromEntries(
  files.sort().map((file) => [relative(dir, file), `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`]),
);
writeFileSync(join(dir, 'sri.json'), JSON.stringify(hashes, null, 2) + '\n');
console.log(`<script src="…/dodo-checkout.js" integrity="${hashes['dodo-checkout.js']}" crossorigin="anonymous"></script>`);
