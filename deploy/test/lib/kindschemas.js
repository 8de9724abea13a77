// Validation of the custom kinds (CloudNativePG, Prometheus Operator) against the schemas the project wrote from
// their API references: one ajv, one cache of compiled schemas per kind list, one way of reporting errors.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DEPLOY_DIR } from './manifests.js';

let ajv;

function compiler() {
  if (!ajv) {
    // strict: a keyword ajv does not know (a typo in a schema) is an error.
    ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
  }
  return ajv;
}

/**
 * A function giving an object's errors against the project's schema of its kind ([] when valid). `files` maps
 * "apiVersion/kind" to a schema file in `dir`; an object of a kind without one is an error that says to write its
 * schema from `reference` first.
 */
export function kindValidator(dir, files, reference) {
  const validators = new Map();
  const where = join('deploy', relative(DEPLOY_DIR, dir));
  return (obj) => {
    const key = `${obj.apiVersion}/${obj.kind}`;
    if (!(key in files)) {
      return [`no schema for ${obj.apiVersion} ${obj.kind} in ${where}: write one from the ${reference} before using this kind`];
    }
    if (!validators.has(key)) {
      validators.set(key, compiler().compile(JSON.parse(readFileSync(join(dir, files[key]), 'utf8'))));
    }
    const validate = validators.get(key);
    if (validate(obj)) return [];
    return validate.errors.map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` (${e.params.additionalProperty})`
        : e.keyword === 'enum' ? ` (${e.params.allowedValues.join(', ')})` : '';
      return `${e.instancePath || '/'} ${e.message}${extra}`;
    });
  };
}
