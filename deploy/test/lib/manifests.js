// Loads the rendered overlays. run.sh renders them with `kubectl kustomize`
// into SPEELVELD_RENDERED; without it (a bare `node --test`), they are
// rendered here the same way, with throwaway credentials for overlays/local.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const TEST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEPLOY_DIR = resolve(TEST_DIR, '..');
export const REPO_ROOT = resolve(DEPLOY_DIR, '..');
// The project's JSON schemas of the CloudNativePG kinds the manifests use.
export const CNPG_SCHEMA_DIR = resolve(TEST_DIR, 'schemas', 'cnpg');

export const OVERLAYS = ['local', 'production'];

export function parseYamlDocs(text, source) {
  const docs = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) docs.push(value);
  }
  return docs;
}

let renderedDir;

function renderAll() {
  const out = mkdtempSync(join(tmpdir(), 'speelveld-rendered-'));
  const work = mkdtempSync(join(tmpdir(), 'speelveld-deploy-'));
  cpSync(join(DEPLOY_DIR, 'base'), join(work, 'base'), { recursive: true });
  cpSync(join(DEPLOY_DIR, 'overlays'), join(work, 'overlays'), { recursive: true });
  cpSync(join(DEPLOY_DIR, 'monitoring'), join(work, 'monitoring'), { recursive: true });
  const creds = join(work, 'overlays', 'local', 'credentials');
  rmSync(creds, { recursive: true, force: true });
  mkdirSync(creds);
  for (const name of ['postgres', 'initiative', 'stakeholder', 'assessment']) {
    writeFileSync(join(creds, `${name}-password`), `throwaway-${name}`);
  }
  writeFileSync(join(creds, 'cursor-secret'), 'throwaway-cursor-secret');
  for (const target of ['base', ...OVERLAYS]) {
    const dir = target === 'base' ? join(work, 'base') : join(work, 'overlays', target);
    const yaml = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
    writeFileSync(join(out, `${target}.yaml`), yaml);
  }
  rmSync(work, { recursive: true, force: true });
  return out;
}

function dir() {
  if (renderedDir) return renderedDir;
  renderedDir = process.env.SPEELVELD_RENDERED || renderAll();
  return renderedDir;
}

const cache = new Map();

/** The rendered objects of an overlay ("local", "production") or "base". */
export function rendered(target) {
  if (!cache.has(target)) {
    const file = join(dir(), `${target}.yaml`);
    if (!existsSync(file)) throw new Error(`${file} is missing: render ${target} first (run.sh does)`);
    cache.set(target, parseYamlDocs(readFileSync(file, 'utf8'), file));
  }
  // Every caller gets its own copy, free to mutate.
  return structuredClone(cache.get(target));
}

export function byKind(docs, kind) {
  return docs.filter((d) => d.kind === kind);
}

export function find(docs, kind, name) {
  return docs.find((d) => d.kind === kind && d.metadata?.name === name);
}

/**
 * Kustomize's generated names carry a hash suffix: "initiative-service-h98hdk686g".
 * Its alphabet has no vowels, 0, 1 or 3 (kustomize's encodeHash).
 */
export function baseName(name) {
  return name.replace(/-[2456789bcdfghkmt]{10}$/, '');
}
