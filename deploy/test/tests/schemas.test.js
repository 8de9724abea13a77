// Rendering and schema validation: built-in kinds against the Kubernetes
// schemas (kubernetes-models), unknown fields against the same schemas' field
// lists, CloudNativePG objects against the project's schemas
// (deploy/test/schemas/cnpg, written from the CloudNativePG API reference).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { find, OVERLAYS, rendered } from '../lib/manifests.js';
import { SERVICES } from '../lib/overlays.js';
import {
  CNPG_SCHEMAS, cnpgSchemaFiles, isCustomKind, unknownFields, validateBuiltIn, validateCustom,
} from '../lib/schemas.js';
import { isMonitoringKind } from '../lib/monitoring.js';

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

describe('CloudNativePG objects validate against the project\'s schemas (deploy/test/schemas/cnpg)', () => {
  test('each schema file is a schema ajv compiles strictly, names the API reference it was written from, and is used', () => {
    const files = cnpgSchemaFiles();
    assert.deepEqual(Object.keys(files).sort(), Object.values(CNPG_SCHEMAS).sort());
    for (const [file, schema] of Object.entries(files)) {
      assert.match(schema.$comment ?? '', /CloudNativePG API reference .*release \d+\.\d+/, `${file}: $comment must name the API reference and its release`);
      assert.equal(schema.additionalProperties, false, `${file}: unknown top-level fields must be rejected`);
    }
    // Compiling happens on first use; a schema ajv refuses (strict mode) throws here.
    for (const key of Object.keys(CNPG_SCHEMAS)) {
      const [group, version, kind] = key.split('/');
      validateCustom({ apiVersion: `${group}/${version}`, kind, metadata: { name: 'x' }, spec: {} });
    }
  });
  test('every CloudNativePG kind in the rendered overlays has a schema', () => {
    for (const overlay of OVERLAYS) {
      for (const o of rendered(overlay).filter((d) => isCustomKind(d) && !isMonitoringKind(d))) {
        assert.ok(`${o.apiVersion}/${o.kind}` in CNPG_SCHEMAS, `${overlay}: ${o.apiVersion} ${o.kind} has no schema`);
      }
    }
  });
  test('production: every Cluster is valid', () => {
    const clusters = rendered('production').filter((o) => isCustomKind(o) && o.kind === 'Cluster');
    assert.equal(clusters.length, 3);
    assert.deepEqual(clusters.flatMap((c) => validateCustom(c).map((e) => `${c.metadata.name}: ${e}`)), []);
  });
  // Each bad example is a rendered Cluster with one change, and the error it must give.
  const bad = [
    ['instances as text (type)', (c) => { c.spec.instances = 'three'; }, /\/spec\/instances must be integer/],
    ['instances 2.5 (type)', (c) => { c.spec.instances = 2.5; }, /\/spec\/instances must be integer/],
    ['zero instances (minimum 1)', (c) => { c.spec.instances = 0; }, /\/spec\/instances must be >= 1/],
    ['no instances (required)', (c) => { delete c.spec.instances; }, /must have required property 'instances'/],
    ['no spec (required)', (c) => { delete c.spec; }, /must have required property 'spec'/],
    ['an unknown synchronous method (enum)', (c) => { c.spec.postgresql.synchronous.method = 'all'; }, /\/spec\/postgresql\/synchronous\/method must be equal to one of the allowed values \(any, first\)/],
    ['zero synchronous replicas (the API rule self > 0)', (c) => { c.spec.postgresql.synchronous.number = 0; }, /\/spec\/postgresql\/synchronous\/number must be >= 1/],
    ['synchronous without number (required)', (c) => { delete c.spec.postgresql.synchronous.number; }, /must have required property 'number'/],
    ['an unknown dataDurability (enum)', (c) => { c.spec.postgresql.synchronous.dataDurability = 'strict'; }, /dataDurability must be equal to one of the allowed values \(required, preferred\)/],
    ['a max_connections number instead of a string (type)', (c) => { c.spec.postgresql.parameters.max_connections = 100; }, /\/spec\/postgresql\/parameters\/max_connections must be string/],
    ['an unknown primaryUpdateStrategy (enum)', (c) => { c.spec.primaryUpdateStrategy = 'automatic'; }, /primaryUpdateStrategy must be equal to one of the allowed values \(unsupervised, supervised\)/],
    ['an unknown primaryUpdateMethod (enum)', (c) => { c.spec.primaryUpdateMethod = 'rolling'; }, /primaryUpdateMethod must be equal to one of the allowed values \(switchover, restart\)/],
    ['an unknown podAntiAffinityType (enum)', (c) => { c.spec.affinity.podAntiAffinityType = 'strict'; }, /podAntiAffinityType must be equal to one of the allowed values \(preferred, required\)/],
    ['enablePDB as text (type)', (c) => { c.spec.enablePDB = 'yes'; }, /\/spec\/enablePDB must be boolean/],
    ['dataChecksums as text (type)', (c) => { c.spec.bootstrap.initdb.dataChecksums = 'true'; }, /\/spec\/bootstrap\/initdb\/dataChecksums must be boolean/],
    ['a storage size that is no quantity (pattern)', (c) => { c.spec.storage.size = '10 GB'; }, /\/spec\/storage\/size must match pattern/],
    ['a memory limit that is no quantity', (c) => { c.spec.resources.limits.memory = '1 gigabyte'; }, /\/spec\/resources\/limits\/memory must match pattern/],
    ['a misspelt spec field (unknown field)', (c) => { c.spec.instance = 3; }, /\/spec must NOT have additional properties \(instance\)/],
    ['a misspelt storage field (unknown field)', (c) => { c.spec.storage.sizee = '10Gi'; }, /\/spec\/storage must NOT have additional properties \(sizee\)/],
    ['a misspelt synchronous field (unknown field)', (c) => { c.spec.postgresql.synchronous.numbr = 1; }, /\/spec\/postgresql\/synchronous must NOT have additional properties \(numbr\)/],
    ['a second bootstrap method (one method only)', (c) => { c.spec.bootstrap.recovery = { source: 'x' }; }, /\/spec\/bootstrap must NOT have/],
    ['a status in a manifest (unknown field)', (c) => { c.status = { instances: 3 }; }, /\/ must NOT have additional properties \(status\)/],
    ['another apiVersion (no schema)', (c) => { c.apiVersion = 'postgresql.cnpg.io/v2'; }, /no schema for postgresql\.cnpg\.io\/v2 Cluster/],
  ];
  for (const [what, mutate, expected] of bad) {
    test(`rejects ${what}`, () => {
      const c = find(rendered('production'), 'Cluster', 'initiative-db');
      mutate(c);
      const errors = validateCustom(c);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:\n${errors.join('\n')}`);
    });
  }
  test('rejects a CloudNativePG kind that has no schema here (a Pooler)', () => {
    const pooler = {
      apiVersion: 'postgresql.cnpg.io/v1', kind: 'Pooler', metadata: { name: 'initiative-pooler' },
      spec: { cluster: { name: 'initiative-db' }, instances: 2, type: 'rw', pgbouncer: { poolMode: 'session' } },
    };
    assert.ok(isCustomKind(pooler));
    assert.match(validateCustom(pooler).join('\n'), /no schema for postgresql\.cnpg\.io\/v1 Pooler/);
  });
});
