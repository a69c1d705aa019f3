// Splits the linked app in two for the site (issue 14; see web/deferred.js):
//   node scripts/split-wasm.mjs APP.wasm.orig FIRST-FRAME-LIST PRIMARY.wasm DEFERRED.wasm
// FIRST-FRAME-LIST (src/platform/web/first-frame-functions.txt, written by
// scripts/first-frame-functions.mjs) names the functions start-up runs by a hash of their names:
// the names themselves, C++ templates spelled out, would be half a megabyte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { functionNames, nameHash } from './wasm-function-names.mjs';

const [orig, list, primary, deferred] = process.argv.slice(2);
if (!deferred) throw new Error('usage: split-wasm.mjs APP.wasm.orig FIRST-FRAME-LIST PRIMARY.wasm DEFERRED.wasm');
const wanted = new Set(fs.readFileSync(list, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')));
const kept = functionNames(orig).filter((name) => wanted.has(nameHash(name)));
const keepFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gp-split-')), 'keep.txt');
fs.writeFileSync(keepFile, kept.join('\n') + '\n');
execFileSync('wasm-split', ['--all-features', '--quiet', `--keep-funcs=@${keepFile}`, orig, '-o1', primary, '-o2', deferred], { stdio: 'inherit' });
fs.rmSync(path.dirname(keepFile), { recursive: true, force: true });
console.log(`${path.basename(primary)}: ${kept.length} of ${wanted.size} listed functions kept for the first frame`);
