// Committed files: each service's Dockerfile.jvm, and no secret in git.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from '../lib/manifests.js';
import { SERVICES } from '../lib/overlays.js';
import {
  committedSecretViolations, dockerfileViolations, kustomizations, secretGeneratorViolations,
} from '../lib/sources.js';

describe('Dockerfile.jvm per service', () => {
  for (const s of SERVICES) {
    test(`${s}: pinned JRE base without registry host, numeric non-root USER, Quarkus layout`, () => {
      const file = join(REPO_ROOT, s, 'src/main/docker/Dockerfile.jvm');
      assert.ok(existsSync(file), `${file} is missing`);
      assert.deepEqual(dockerfileViolations(readFileSync(file, 'utf8')), []);
    });
  }
  const good = () => readFileSync(join(REPO_ROOT, SERVICES[0], 'src/main/docker/Dockerfile.jvm'), 'utf8');
  const bad = [
    ['a moving base tag', (t) => t.replace(/^ARG JRE_IMAGE=.*$/m, 'ARG JRE_IMAGE=eclipse-temurin:latest')],
    ['a base image with a registry host', (t) => t.replace(/^ARG JRE_IMAGE=.*$/m, 'ARG JRE_IMAGE=mirror.example.invalid/eclipse-temurin:17')],
    ['no USER', (t) => t.replace(/^USER .*$/m, '')],
    ['USER root', (t) => t.replace(/^USER .*$/m, 'USER 0')],
    ['a named USER', (t) => t.replace(/^USER .*$/m, 'USER jboss')],
    ['a different jar', (t) => t.replace('/deployments/quarkus-run.jar"', '/deployments/app.jar"')],
    ['the lib layer missing', (t) => t.replace(/^COPY .*quarkus-app\/lib\/.*$/m, '')],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const text = mutate(good());
      assert.notEqual(text, good(), 'the mutation changed nothing');
      assert.notDeepEqual(dockerfileViolations(text), []);
    });
  }
});

describe('no secret in git', () => {
  test('no committed YAML under deploy/ is a Secret', () => {
    assert.deepEqual(committedSecretViolations(), []);
  });
  test('rejects a committed Secret', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'speelveld-secret-')), 'secret.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\nstringData:\n  password: hunter2\n');
    assert.equal(committedSecretViolations([file]).length, 1);
  });
  test('secret generators take sensitive values only from files that git ignores', () => {
    const found = kustomizations();
    assert.ok(found.some((k) => (k.content.secretGenerator ?? []).length > 0), 'no secretGenerator found');
    assert.deepEqual(found.flatMap((k) => secretGeneratorViolations(k.content, k.dir)), []);
  });
  test('rejects a literal password in a secret generator', () => {
    const k = { secretGenerator: [{ name: 'x', literals: ['username=x', 'password=hunter2'] }] };
    assert.notDeepEqual(secretGeneratorViolations(k, REPO_ROOT, () => true), []);
  });
  test('rejects a password file that git would commit', () => {
    const k = { secretGenerator: [{ name: 'x', files: ['password=deploy/README.md'] }] };
    assert.notDeepEqual(secretGeneratorViolations(k, REPO_ROOT), []);
  });
});
