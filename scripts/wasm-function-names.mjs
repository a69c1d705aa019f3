// The functions of a linked wasm module (built with --profiling-funcs), named as wasm-split names
// them, and the short hash by which src/platform/web/first-frame-functions.txt lists them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// wasm-split -v lists what it keeps and splits out, comma-separated (commas inside names are
// written \2c): keeping nothing lists every function.
export function splitLog(args) {
  return execFileSync('wasm-split', ['--all-features', '-v', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function listed(log, heading) {
  const line = log.split('\n').find((l) => l.startsWith(heading));
  if (line === undefined) throw new Error(`wasm-split did not say "${heading}"`);
  return line.slice(heading.length).split(', ').filter(Boolean);
}

export function functionNames(wasm) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-names-'));
  try {
    const empty = path.join(work, 'none.txt');
    fs.writeFileSync(empty, '');
    const log = splitLog([`--keep-funcs=@${empty}`, wasm, '-o1', path.join(work, 'a.wasm'), '-o2', path.join(work, 'b.wasm')]);
    return listed(log, 'Splitting out functions: ');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export const nameHash = (name) => crypto.createHash('sha256').update(name).digest('hex').slice(0, 16);
