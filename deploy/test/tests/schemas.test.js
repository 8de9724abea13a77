// Rendering and schema validation: built-in kinds against the Kubernetes
// schemas (kubernetes-models), unknown fields against the same schemas' field
// lists, CloudNativePG objects against their CRDs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { find, OVERLAYS, rendered } from '../lib/manifests.js';
import { SERVICES } from '../lib/overlays.js';
import { isCustomKind, unknownFields, validateBuiltIn, validateCustom } from '../lib/schemas.js';

async function schemaErrors(docs) {
  const errors = [];
  for (const o of docs) {
    const errs = isCustomKind(o) ? validateCustom(o) : await validateBuiltIn(o);
    errors.push(...errs.map((e) => `${o.kind}/${o.metadata?.name}: ${e}`));
  }
  return errors;
}

function fieldErrors(docs) {
  return docs.flatMap((o) => unknownFields(o).map((e) => `${o.kind}/${o.metadata?.name}: ${e}`));
}

describe('rendering', () => {
  for (const target of ['base', ...OVERLAYS]) {
    test(`${target} renders to objects that all have apiVersion, kind and name`, () => {
      const docs = rendered(target);
      assert.ok(docs.length > 0);
      for (const d of docs) assert.ok(d.apiVersion && d.kind && d.metadata?.name, JSON.stringify(d).slice(0, 120));
    });
  }
  for (const overlay of OVERLAYS) {
    test(`${overlay} has per service a Deployment, Service, ServiceAccount, ConfigMap and PodDisruptionBudget`, () => {
      const docs = rendered(overlay);
      for (const s of SERVICES) {
        for (const kind of ['Deployment', 'Service', 'ServiceAccount', 'PodDisruptionBudget']) {
          assert.ok(find(docs, kind, s), `${kind}/${s} missing`);
        }
        assert.ok(docs.some((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith(`${s}-`)), `ConfigMap for ${s} missing`);
      }
      assert.ok(find(docs, 'Ingress', 'speelveld'));
      assert.ok(docs.every((d) => d.kind === 'Namespace' || d.metadata.namespace === 'speelveld'), 'an object outside namespace speelveld');
    });
  }
  test('production has three CloudNativePG Clusters, three HPAs and no other database', () => {
    const docs = rendered('production');
    for (const s of SERVICES) {
      assert.ok(find(docs, 'Cluster', s.replace('-service', '-db')));
      assert.ok(find(docs, 'HorizontalPodAutoscaler', s));
    }
    assert.equal(docs.filter((d) => d.kind === 'StatefulSet').length, 0);
  });
  test('local has one PostgreSQL StatefulSet with a PersistentVolumeClaim and generated Secrets', () => {
    const docs = rendered('local');
    const sts = find(docs, 'StatefulSet', 'postgres');
    assert.equal(sts.spec.replicas, 1);
    assert.equal(sts.spec.volumeClaimTemplates.length, 1);
    assert.ok(sts.spec.template.spec.containers[0].volumeMounts.some((m) => m.name === sts.spec.volumeClaimTemplates[0].metadata.name));
    assert.equal(docs.filter((d) => d.kind === 'Cluster').length, 0);
    for (const s of SERVICES) assert.ok(docs.some((d) => d.kind === 'Secret' && d.metadata.name.startsWith(s.replace('-service', '-db-app-'))));
  });
});

describe('built-in kinds validate against the Kubernetes schemas', () => {
  for (const target of ['base', ...OVERLAYS]) {
    test(`${target}: every built-in object is valid`, async () => {
      assert.deepEqual(await schemaErrors(rendered(target).filter((o) => !isCustomKind(o))), []);
    });
  }
  const bad = [
    ['a port as a word', (d) => { find(d, 'Deployment', 'initiative-service').spec.template.spec.containers[0].ports[0].containerPort = 'http'; }],
    ['no containers', (d) => { delete find(d, 'Deployment', 'initiative-service').spec.template.spec.containers; }],
    ['an unknown pathType', (d) => { find(d, 'Ingress', 'speelveld').spec.rules[0].http.paths[0].pathType = 'Glob'; }],
    ['an unknown kind', (d) => { d.push({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'x' } }); }],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, async () => {
      const docs = rendered('production');
      mutate(docs);
      assert.notDeepEqual(await schemaErrors(docs), []);
    });
  }
  // Kustomize wraps long generated values (the local cursor key) at 70 characters.
  const secret = (data) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data });
  test('accepts Secret data wrapped over lines, as Kustomize writes it', async () => {
    assert.deepEqual(await schemaErrors([secret({ secret: 'NjdkOWQ4YWRlYmZkNWUxZmY3MDkzMzU4NDY3NzFiNWJlMDBhNTMwNzFiNWIxYzA1YTM4Yj\nI4ZjkwOGViNmJiOA==\n' })]), []);
  });
  test('rejects Secret data that is not base64', async () => {
    assert.notDeepEqual(await schemaErrors([secret({ secret: 'not base64!\n' })]), []);
  });
});

describe('no unknown fields (kubernetes-models does not check these)', () => {
  for (const target of ['base', ...OVERLAYS]) {
    test(`${target}: every field is known`, () => {
      assert.deepEqual(fieldErrors(rendered(target)), []);
    });
  }
  const bad = [
    ['a misspelt probe', (d) => { find(d, 'Deployment', 'initiative-service').spec.template.spec.containers[0].livenessprobe = {}; }],
    ['a field deep in the security context', (d) => { find(d, 'Deployment', 'stakeholder-service').spec.template.spec.containers[0].securityContext.capabilities.dorp = ['ALL']; }],
    ['a misspelt metadata field', (d) => { find(d, 'Service', 'assessment-service').metadata.label = {}; }],
    ['a field in a NetworkPolicy peer', (d) => { find(d, 'NetworkPolicy', 'allow-dns').spec.egress[0].to[0].namespaceSelectors = {}; }],
    ['a field in the HPA', (d) => { find(d, 'HorizontalPodAutoscaler', 'initiative-service').spec.minReplica = 2; }],
    ['a field in a Cluster', (d) => { find(d, 'Cluster', 'initiative-db').spec.instance = 3; }],
    ['a field in a Cluster\'s metadata', (d) => { find(d, 'Cluster', 'initiative-db').metadata.annotation = {}; }],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const docs = rendered('production');
      mutate(docs);
      const errors = [...fieldErrors(docs), ...docs.filter(isCustomKind).flatMap(validateCustom)];
      assert.ok(errors.some((e) => /unknown field|additional properties/.test(e)), errors.join('\n'));
    });
  }
});

describe('CloudNativePG objects validate against the CRDs in ../shared/conformance/k8s', () => {
  test('production: every Cluster is valid (schema and CEL rules)', () => {
    const clusters = rendered('production').filter(isCustomKind);
    assert.equal(clusters.length, 3);
    assert.deepEqual(clusters.flatMap((c) => validateCustom(c).map((e) => `${c.metadata.name}: ${e}`)), []);
  });
  const bad = [
    ['instances as text', (c) => { c.spec.instances = 'three'; }],
    ['an unknown synchronous method', (c) => { c.spec.postgresql.synchronous.method = 'all'; }],
    ['zero synchronous replicas (CEL rule)', (c) => { c.spec.postgresql.synchronous.number = 0; }],
    ['synchronous without number (required)', (c) => { delete c.spec.postgresql.synchronous.number; }],
    ['a max_connections number instead of a string', (c) => { c.spec.postgresql.parameters.max_connections = 100; }],
  ];
  for (const [what, mutate] of bad) {
    test(`rejects ${what}`, () => {
      const c = find(rendered('production'), 'Cluster', 'initiative-db');
      mutate(c);
      assert.notDeepEqual(validateCustom(c), []);
    });
  }
});
