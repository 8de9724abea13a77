// Schema validation of rendered objects.
//
// Built-in kinds: kubernetes-models validates types, required fields and
// enums, but not unknown fields (a typo such as `livenessprobe` would be
// dropped silently by the API server's pruning, or refused with strict field
// validation). So unknownFields() walks the object against the field lists in
// kubernetes-models' own type declarations (.d.ts), which come from the same
// OpenAPI schemas.
//
// CloudNativePG kinds (postgresql.cnpg.io): ajv against the project's own JSON
// schemas in deploy/test/schemas/cnpg/, written from the CloudNativePG API
// reference for the fields the manifests use (additionalProperties false, as
// the API server's strict field validation; enums, bounds and required fields
// from the reference). A CloudNativePG kind without a schema there is an error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { kindValidator } from './kindschemas.js';
import { CNPG_SCHEMA_DIR, TEST_DIR } from './manifests.js';
import { isMonitoringKind, validateMonitoring } from './monitoring.js';

const NODE_MODULES = join(TEST_DIR, 'node_modules');
const MODELS = join(NODE_MODULES, 'kubernetes-models');

/** The schema file of each CloudNativePG kind the manifests may use. */
export const CNPG_SCHEMAS = {
  'postgresql.cnpg.io/v1/Cluster': 'cluster.schema.json',
  'postgresql.cnpg.io/v1/ScheduledBackup': 'scheduledbackup.schema.json',
};

/**
 * Every object of the CloudNativePG API group, whether or not it has a schema here, and every object of the
 * Prometheus Operator's (lib/monitoring.js, schemas/prometheus-operator).
 */
export function isCustomKind(obj) {
  return (typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('postgresql.cnpg.io/'))
    || isMonitoringKind(obj);
}

// ---- built-in kinds: kubernetes-models -------------------------------------

const modelModules = new Map();

async function modelClass(apiVersion, kind) {
  if (!modelModules.has(apiVersion)) {
    let mod = null;
    try {
      mod = await import(`kubernetes-models/${apiVersion}`);
    } catch {
      mod = null;
    }
    modelModules.set(apiVersion, mod);
  }
  const mod = modelModules.get(apiVersion);
  return mod && typeof mod[kind] === 'function' ? mod[kind] : null;
}

/** Errors from kubernetes-models' schema validation; [] when valid. */
/**
 * Kustomize writes long base64 values (Secret data, ConfigMap binaryData) as
 * YAML block scalars wrapped at 70 characters. The API server's base64
 * decoder skips line breaks; kubernetes-models' "byte" format does not, so
 * they are removed before validation (anything else that is not base64 still
 * fails).
 */
function unwrapBase64(obj) {
  const copy = structuredClone(obj);
  const field = { Secret: 'data', ConfigMap: 'binaryData' }[obj.kind];
  for (const [k, v] of Object.entries((field && copy[field]) ?? {})) {
    if (typeof v === 'string') copy[field][k] = v.replace(/\r?\n/g, '');
  }
  return copy;
}

export async function validateBuiltIn(obj) {
  const Model = await modelClass(obj.apiVersion, obj.kind);
  if (!Model) return [`no Kubernetes schema for ${obj.apiVersion} ${obj.kind}`];
  try {
    new Model(unwrapBase64(obj)).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

// ---- unknown fields of built-in kinds: the .d.ts field lists ---------------

const declCache = new Map();

function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function matchingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

// Splits `"a"?: T; "b": {...};` at top-level semicolons into [name, type].
function properties(body) {
  const props = new Map();
  let depth = 0;
  let start = 0;
  const parts = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if ('{<(['.includes(c)) depth++;
    else if ('}>)]'.includes(c)) depth--;
    else if (c === ';' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  for (const part of parts) {
    const m = /^\s*"([^"]+)"\??\s*:\s*([\s\S]*)$/.exec(part);
    if (m) props.set(m[1], m[2].trim());
  }
  return props;
}

function resolveImport(fromFile, spec) {
  if (spec.startsWith('.')) return resolve(dirname(fromFile), spec.replace(/\.js$/, '.d.ts'));
  return join(NODE_MODULES, `${spec.replace(/\.js$/, '')}.d.ts`);
}

/** { props: Map<field, typeString>, imports: Map<name, file> } or null (an alias). */
function declaration(file) {
  if (declCache.has(file)) return declCache.get(file);
  let decl = null;
  if (existsSync(file)) {
    const text = stripComments(readFileSync(file, 'utf8'));
    const imports = new Map();
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
      for (const name of m[1].split(',').map((n) => n.trim()).filter(Boolean)) {
        const [imported, local] = name.split(/\s+as\s+/);
        imports.set((local || imported).trim(), resolveImport(file, m[2]));
      }
    }
    const iface = /export interface \w+(?:\s+extends\s+[^{]+)?\s*\{/.exec(text);
    if (iface) {
      const open = iface.index + iface[0].length - 1;
      const body = text.slice(open + 1, matchingBrace(text, open));
      decl = { props: properties(body), imports };
    }
  }
  declCache.set(file, decl);
  return decl;
}

function typeNode(type, decl) {
  const t = type.trim();
  const array = /^Array<([\s\S]*)>$/.exec(t);
  if (array) return { array: typeNode(array[1], decl) };
  const map = /^\{\s*\[key: string\]:\s*([\s\S]*?);?\s*\}$/.exec(t);
  if (map) return { map: typeNode(map[1], decl) };
  if (/^\w+$/.test(t) && decl.imports.has(t)) {
    const file = decl.imports.get(t);
    if (declaration(file)) return { file };
  }
  return { leaf: true };
}

function walk(value, node, path, errors) {
  if (value === null || value === undefined || node.leaf) return;
  if (node.array) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, node.array, `${path}[${i}]`, errors));
    return;
  }
  if (node.map) {
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, node.map, `${path}.${k}`, errors);
    return;
  }
  const decl = declaration(node.file);
  if (typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (!decl.props.has(key)) {
      errors.push(`${path}.${key}: unknown field`);
    } else {
      walk(v, typeNode(decl.props.get(key), decl), `${path}.${key}`, errors);
    }
  }
}

function rootDeclFile(apiVersion, kind) {
  return join(MODELS, ...apiVersion.split('/'), `${kind}.d.ts`);
}

/** Fields that no schema of the kind knows, as "path: unknown field". */
export function unknownFields(obj) {
  const errors = [];
  if (isCustomKind(obj)) {
    // The CRD schema checks spec/status; metadata is the usual ObjectMeta.
    const meta = join(NODE_MODULES, '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta.d.ts');
    walk(obj.metadata, { file: meta }, 'metadata', errors);
    return errors;
  }
  const file = rootDeclFile(obj.apiVersion, obj.kind);
  if (!declaration(file)) return [`no field list for ${obj.apiVersion} ${obj.kind}`];
  walk(obj, { file }, obj.kind, errors);
  return errors;
}

// ---- CloudNativePG kinds: ajv on the project's schemas ---------------------

/** The parsed schema files in deploy/test/schemas/cnpg, by file name. */
export function cnpgSchemaFiles() {
  return Object.fromEntries(readdirSync(CNPG_SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(CNPG_SCHEMA_DIR, f), 'utf8'))]));
}

const validateCnpg = kindValidator(CNPG_SCHEMA_DIR, CNPG_SCHEMAS, 'CloudNativePG API reference');

/** Errors of a CloudNativePG or Prometheus Operator object against the project's schema of its kind; [] when valid. */
export function validateCustom(obj) {
  return isMonitoringKind(obj) ? validateMonitoring(obj) : validateCnpg(obj);
}
