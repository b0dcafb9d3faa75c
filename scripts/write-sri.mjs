// Writes Subresource Integrity hashes of the CDN files to dist/cdn/sri.json and prints the
// <script> tag a merchant pastes. The "$comment" entry says which hash the browser checks where.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = 'dist/cdn';
const files = [];
const walk = (path) => {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(js|json|css)$/.test(name) && name !== 'sri.json') files.push(full);
  }
};
walk(dir);
const hashes = Object.fromEntries(
  files.sort().map((file) => [relative(dir, file), `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`]),
);
const comment =
  'dodo-checkout.js: pin it with the integrity attribute of your script tag. dodo-checkout.css (the stylesheet a ' +
  'server-rendered checkout links to, dodo-checkout/ssr): pin it with the integrity attribute of that link. chunks/*.js: pinned by dodo-checkout.js, ' +
  'which carries their hashes and has the browser check them before they run. data/**/*.json: not pinned by the script ' +
  '(only ever shown as text); listed for your own checks. To pin every file, serve dist/cdn from your own origin.';
writeFileSync(join(dir, 'sri.json'), JSON.stringify({ $comment: comment, ...hashes }, null, 2) + '\n');
console.log(`<script src="…/dodo-checkout.js" integrity="${hashes['dodo-checkout.js']}" crossorigin="anonymous"></script>`);
