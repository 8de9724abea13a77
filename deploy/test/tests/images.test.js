// The release overlay names the service images by digest, and deploy/set-image-digests.sh writes the digests of the
// images just built into it (and refuses to write anything when a digest is missing or malformed).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEPLOY_DIR, parseYamlDocs, rendered } from '../lib/manifests.js';
import { SERVICES } from '../lib/overlays.js';

const DIGEST = /^speelveld\/[a-z-]+-service@sha256:[0-9a-f]{64}$/;
const serviceImages = (docs) => Object.fromEntries(docs.filter((d) => d.kind === 'Deployment')
  .map((d) => [d.metadata.name, d.spec.template.spec.containers[0].image]));

/** A copy of deploy/ and a fake build output with the given digest (or text) per service. */
function workspace(digests, names = {}) {
  const work = mkdtempSync(join(tmpdir(), 'speelveld-digests-'));
  cpSync(join(DEPLOY_DIR, 'base'), join(work, 'base'), { recursive: true });
  cpSync(join(DEPLOY_DIR, 'overlays', 'production'), join(work, 'overlays', 'production'), { recursive: true });
  cpSync(join(DEPLOY_DIR, 'monitoring'), join(work, 'monitoring'), { recursive: true });
  for (const [service, digest] of Object.entries(digests)) {
    const out = join(work, 'build', service, 'target', 'image');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'digest'), `${digest}\n`);
    writeFileSync(join(out, 'name'), `${names[service] ?? `speelveld/${service}`}\n`);
    writeFileSync(join(out, 'labels.json'), '{"org.opencontainers.image.revision":"0123abc"}\n');
  }
  return work;
}

function setDigests(work) {
  return spawnSync('bash', [join(DEPLOY_DIR, 'set-image-digests.sh'), join(work, 'overlays', 'production'),
    join(work, 'build')], { encoding: 'utf8' });
}

const fakeDigest = (service) => `sha256:${Buffer.from(service.padEnd(32, '.')).toString('hex').slice(0, 64)}`;

describe('release images by digest', () => {
  test('production names each service image by digest, never by tag', () => {
    const images = serviceImages(rendered('production'));
    assert.deepEqual(Object.keys(images).sort(), [...SERVICES].sort());
    for (const [service, image] of Object.entries(images)) {
      assert.match(image, DIGEST, `${service}: ${image}`);
      assert.ok(image.startsWith(`speelveld/${service}@`), `${service} runs ${image}`);
    }
  });

  test('set-image-digests.sh writes the digests just built; the overlay renders with them', () => {
    const digests = Object.fromEntries(SERVICES.map((s) => [s, fakeDigest(s)]));
    const work = workspace(digests);
    const run = setDigests(work);
    assert.equal(run.status, 0, run.stderr);
    const docs = parseYamlDocs(execFileSync('kubectl', ['kustomize', join(work, 'overlays', 'production')],
      { encoding: 'utf8' }), 'render');
    assert.deepEqual(serviceImages(docs), Object.fromEntries(SERVICES.map((s) => [s, `speelveld/${s}@${digests[s]}`])));
    // a second run replaces the block instead of adding one
    const again = setDigests(work);
    assert.equal(again.status, 0, again.stderr);
    const text = readFileSync(join(work, 'overlays', 'production', 'kustomization.yaml'), 'utf8');
    assert.equal(text.match(/^images:/gm).length, 1);
    assert.match(text, /images of revision 0123abc/);
  });

  test('set-image-digests.sh writes a pushed image\'s registry path as newName', () => {
    const digests = Object.fromEntries(SERVICES.map((s) => [s, fakeDigest(s)]));
    const work = workspace(digests, { 'assessment-service': 'registry.example.invalid/team/assessment-service' });
    assert.equal(setDigests(work).status, 0);
    const docs = parseYamlDocs(execFileSync('kubectl', ['kustomize', join(work, 'overlays', 'production')],
      { encoding: 'utf8' }), 'render');
    assert.equal(serviceImages(docs)['assessment-service'],
      `registry.example.invalid/team/assessment-service@${digests['assessment-service']}`);
  });

  const bad = [
    ['a malformed digest', { 'initiative-service': 'sha256:1234' }],
    ['a tag instead of a digest', { 'stakeholder-service': '0.1.0' }],
    ['a missing service', { 'assessment-service': null }],
  ];
  for (const [what, change] of bad) {
    test(`set-image-digests.sh refuses ${what} and leaves the overlay as it was`, () => {
      const digests = Object.fromEntries(SERVICES.map((s) => [s, fakeDigest(s)]));
      for (const [s, d] of Object.entries(change)) {
        if (d === null) delete digests[s]; else digests[s] = d;
      }
      const work = workspace(digests);
      const file = join(work, 'overlays', 'production', 'kustomization.yaml');
      const before = readFileSync(file, 'utf8');
      const run = setDigests(work);
      assert.notEqual(run.status, 0);
      assert.equal(readFileSync(file, 'utf8'), before);
    });
  }
});
