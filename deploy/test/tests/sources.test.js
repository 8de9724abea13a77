// Committed files: images/Containerfile (the only image build), and no secret in git.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from '../lib/manifests.js';
import { SERVICES } from '../lib/overlays.js';
import {
  committedSecretViolations, containerfileViolations, kustomizations, secretGeneratorViolations,
} from '../lib/sources.js';

describe('images/Containerfile (the one image build of the three services)', () => {
  const file = join(REPO_ROOT, 'images', 'Containerfile');
  const good = () => readFileSync(file, 'utf8');
  test('base pinned by digest without registry host, numeric non-root USER, Quarkus layout, exec-form java, labels', () => {
    assert.ok(existsSync(file), `${file} is missing`);
    assert.deepEqual(containerfileViolations(good()), []);
  });
  test('no other image build: no Dockerfile.jvm, no Jib', () => {
    for (const s of SERVICES) {
      assert.ok(!existsSync(join(REPO_ROOT, s, 'src/main/docker/Dockerfile.jvm')), `${s} has a Dockerfile.jvm`);
      assert.doesNotMatch(readFileSync(join(REPO_ROOT, s, 'pom.xml'), 'utf8'), /jib/i, `${s}/pom.xml`);
      assert.doesNotMatch(readFileSync(join(REPO_ROOT, s, 'src/main/resources/application.properties'), 'utf8'),
        /quarkus\.(jib|container-image)\./, `${s} application.properties`);
    }
    assert.doesNotMatch(readFileSync(join(REPO_ROOT, 'conventions/src/main/resources/META-INF/microprofile-config.properties'),
      'utf8'), /quarkus\.(jib|container-image)\./, 'conventions\' shared configuration');
  });
  const base = /^ARG BASE_IMAGE=.*$/m;
  const bad = [
    ['a base pinned by tag only', (t) => t.replace(base, 'ARG BASE_IMAGE=eclipse-temurin:17.0.16_8-jre')],
    ['a moving base tag', (t) => t.replace(base, 'ARG BASE_IMAGE=eclipse-temurin:latest')],
    ['a base image with a registry host', (t) => t.replace(base, (l) => l.replace('=', '=mirror.example.invalid/'))],
    ['no USER', (t) => t.replace(/^USER .*$/m, '')],
    ['USER root', (t) => t.replace(/^USER .*$/m, 'USER 0')],
    ['a named USER', (t) => t.replace(/^USER .*$/m, 'USER jboss')],
    ['a different jar', (t) => t.replace('/deployments/quarkus-run.jar"', '/deployments/app.jar"')],
    ['the lib layer missing', (t) => t.replace(/^COPY .*quarkus-app\/lib\/.*$/m, '')],
    ['no SBOM', (t) => t.replace(/^COPY .*bom\.json.*$/m, '')],
    ['a shell-form entry point', (t) => t.replace(/^ENTRYPOINT \[.*$/m, 'ENTRYPOINT java -jar /deployments/quarkus-run.jar')],
    ['a shell wrapper', (t) => t.replace(/^ENTRYPOINT \["java",/m, 'ENTRYPOINT ["/bin/sh", "-c", "exec java",')],
    ['a RUN step', (t) => t.replace(/^USER /m, 'RUN chmod -R a+r /deployments\nUSER ')],
    ['no -Xmx', (t) => t.replace(/"-Xmx\d+[mg]", /, '')],
    ['another heap than ./speelveld up', (t) => t.replace(/"-Xmx\d+[mg]"/, '"-Xmx999m"')],
    ['another GC than ./speelveld up', (t) => t.replace('"-XX:+UseSerialGC"', '"-XX:+UseG1GC"')],
    ['no ExitOnOutOfMemoryError', (t) => t.replace('"-XX:+ExitOnOutOfMemoryError", ', '')],
    ['no licence label', (t) => t.replace(/org\.opencontainers\.image\.licenses=/, 'org.example.licenses=')],
    ['no revision label', (t) => t.replace(/org\.opencontainers\.image\.revision=/, 'org.example.revision=')],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const text = mutate(good());
      assert.notEqual(text, good(), 'the mutation changed nothing');
      assert.notDeepEqual(containerfileViolations(text), []);
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
