// Backups (deploy/README.md "Backups", docs/restore.md): every production
// Cluster archives WAL and base backups to the object store with compression
// and a retention window, has one ScheduledBackup, reads its credentials from
// the operator's Secret; the restore example reads exactly what production
// writes and archives somewhere else. Each check has bad examples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEPLOY_DIR, find, parseYamlDocs, rendered } from '../lib/manifests.js';
import { PROVIDED_SECRETS, SERVICES } from '../lib/overlays.js';
import { clusterSecretRefs } from '../lib/k8s.js';
import { validateCustom } from '../lib/schemas.js';

const CLUSTERS = SERVICES.map((s) => s.replace('-service', '-db'));
const RESTORE_FILE = join(DEPLOY_DIR, 'restore', 'initiative-db-restore.yaml');

function restoreExample() {
  const docs = parseYamlDocs(readFileSync(RESTORE_FILE, 'utf8'), RESTORE_FILE);
  assert.equal(docs.length, 1);
  return docs[0];
}

/** The object store folder a Cluster archives into: destinationPath + serverName (default: its name). */
function archiveFolder(cluster) {
  const store = cluster.spec.backup.barmanObjectStore;
  return `${store.destinationPath.replace(/\/?$/, '/')}${store.serverName ?? cluster.metadata.name}`;
}

/** What the backup policy requires of production; [] when it holds. */
function backupProblems(docs) {
  const out = [];
  for (const name of CLUSTERS) {
    const c = find(docs, 'Cluster', name);
    const backup = c?.spec?.backup;
    if (!backup?.barmanObjectStore) { out.push(`${name}: no spec.backup.barmanObjectStore`); continue; }
    if (!backup.retentionPolicy) out.push(`${name}: no retentionPolicy`);
    if (!backup.barmanObjectStore.wal?.compression) out.push(`${name}: WAL files are archived uncompressed`);
    if (!backup.barmanObjectStore.data?.compression) out.push(`${name}: base backups are uploaded uncompressed`);
    for (const r of clusterSecretRefs(c)) {
      const keys = PROVIDED_SECRETS.production[r.name];
      if (!keys?.includes(r.key)) out.push(`${name}: ${r.where} reads ${r.name}/${r.key}, which is not a provided Secret key`);
    }
    const schedules = docs.filter((d) => d.kind === 'ScheduledBackup' && d.spec?.cluster?.name === name);
    if (schedules.length !== 1) out.push(`${name}: ${schedules.length} ScheduledBackups (want 1)`);
    for (const s of schedules) {
      if ((s.spec.method ?? 'barmanObjectStore') !== 'barmanObjectStore') out.push(`${s.metadata.name}: method ${s.spec.method}, not the object store`);
    }
  }
  for (const s of docs.filter((d) => d.kind === 'ScheduledBackup')) {
    if (!CLUSTERS.includes(s.spec?.cluster?.name)) out.push(`${s.metadata.name}: backs up ${s.spec?.cluster?.name}, which is no Cluster here`);
  }
  const folders = CLUSTERS.map((n) => find(docs, 'Cluster', n)).filter((c) => c?.spec?.backup).map(archiveFolder);
  if (new Set(folders).size !== folders.length) out.push(`two Clusters archive into the same folder: ${folders.join(', ')}`);
  return out;
}

describe('backups in production', () => {
  test('every Cluster archives compressed WAL and base backups with a retention window, one ScheduledBackup each', () => {
    assert.deepEqual(backupProblems(rendered('production')), []);
  });
  test('each Cluster archives into a folder of its own', () => {
    const docs = rendered('production');
    assert.deepEqual(CLUSTERS.map((n) => archiveFolder(find(docs, 'Cluster', n))),
      CLUSTERS.map((n) => `s3://speelveld-backups/${n}`));
  });
  test('every ScheduledBackup is valid against the project\'s schema', () => {
    const schedules = rendered('production').filter((d) => d.kind === 'ScheduledBackup');
    assert.equal(schedules.length, 3);
    assert.deepEqual(schedules.flatMap((s) => validateCustom(s).map((e) => `${s.metadata.name}: ${e}`)), []);
  });
  test('local has no CloudNativePG backup objects (its StatefulSet is a laptop database)', () => {
    assert.equal(rendered('local').filter((d) => d.kind === 'ScheduledBackup').length, 0);
  });
  const policy = [
    ['no backup section', (d) => { delete find(d, 'Cluster', 'stakeholder-db').spec.backup; }, /stakeholder-db: no spec.backup/],
    ['no retention', (d) => { delete find(d, 'Cluster', 'initiative-db').spec.backup.retentionPolicy; }, /initiative-db: no retentionPolicy/],
    ['uncompressed WAL', (d) => { delete find(d, 'Cluster', 'assessment-db').spec.backup.barmanObjectStore.wal.compression; }, /WAL files are archived uncompressed/],
    ['uncompressed base backups', (d) => { delete find(d, 'Cluster', 'assessment-db').spec.backup.barmanObjectStore.data; }, /base backups are uploaded uncompressed/],
    ['a credentials key the Secret does not have', (d) => { find(d, 'Cluster', 'initiative-db').spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key = 'AWS_KEY'; }, /speelveld-backup-s3\/AWS_KEY/],
    ['no ScheduledBackup', (d) => { d.splice(d.findIndex((o) => o.kind === 'ScheduledBackup' && o.spec.cluster.name === 'assessment-db'), 1); }, /assessment-db: 0 ScheduledBackups/],
    ['two ScheduledBackups for one Cluster', (d) => { d.push({ ...structuredClone(find(d, 'ScheduledBackup', 'initiative-db-nightly')), metadata: { name: 'x' } }); }, /initiative-db: 2 ScheduledBackups/],
    ['a ScheduledBackup of a Cluster that does not exist', (d) => { find(d, 'ScheduledBackup', 'stakeholder-db-nightly').spec.cluster.name = 'stakeholders-db'; }, /backs up stakeholders-db/],
    ['volume snapshots instead of the object store', (d) => { find(d, 'ScheduledBackup', 'initiative-db-nightly').spec.method = 'volumeSnapshot'; }, /method volumeSnapshot/],
    ['two Clusters in one folder', (d) => { find(d, 'Cluster', 'stakeholder-db').spec.backup.barmanObjectStore.serverName = 'initiative-db'; }, /same folder/],
  ];
  for (const [what, mutate, expected] of policy) {
    test(`fails with ${what}`, () => {
      const docs = rendered('production');
      mutate(docs);
      const problems = backupProblems(docs);
      assert.ok(problems.some((p) => expected.test(p)), `expected ${expected}, got:\n${problems.join('\n')}`);
    });
  }
});

describe('the backup fields against the project\'s CloudNativePG schemas', () => {
  const clusterBad = [
    ['a retention policy in words', (c) => { c.spec.backup.retentionPolicy = '30 days'; }, /retentionPolicy must match pattern/],
    ['a zero retention', (c) => { c.spec.backup.retentionPolicy = '0d'; }, /retentionPolicy must match pattern/],
    ['retention in hours', (c) => { c.spec.backup.retentionPolicy = '720h'; }, /retentionPolicy must match pattern/],
    ['an unknown WAL compression', (c) => { c.spec.backup.barmanObjectStore.wal.compression = 'gz'; }, /wal\/compression must be equal to one of the allowed values/],
    ['an unknown data compression', (c) => { c.spec.backup.barmanObjectStore.data.compression = 'zip'; }, /data\/compression must be equal to one of the allowed values/],
    ['zero parallel WAL uploads', (c) => { c.spec.backup.barmanObjectStore.wal.maxParallel = 0; }, /maxParallel must be >= 1/],
    ['zero upload jobs', (c) => { c.spec.backup.barmanObjectStore.data.jobs = 0; }, /jobs must be >= 1/],
    ['an unknown backup target', (c) => { c.spec.backup.target = 'standby'; }, /target must be equal to one of the allowed values \(primary, prefer-standby\)/],
    ['no destinationPath', (c) => { delete c.spec.backup.barmanObjectStore.destinationPath; }, /must have required property 'destinationPath'/],
    ['a destinationPath that is no s3 URL', (c) => { c.spec.backup.barmanObjectStore.destinationPath = 'speelveld-backups'; }, /destinationPath must match pattern/],
    ['an access key without the secret key', (c) => { delete c.spec.backup.barmanObjectStore.s3Credentials.secretAccessKey; }, /must have property secretAccessKey when property accessKeyId is present/],
    ['a credential without its key', (c) => { delete c.spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key; }, /must have required property 'key'/],
    ['no credentials', (c) => { delete c.spec.backup.barmanObjectStore.s3Credentials; }, /must have required property 's3Credentials'/],
    ['an endpoint that is no URL', (c) => { c.spec.backup.barmanObjectStore.endpointURL = 'not a url'; }, /endpointURL must match format "uri"/],
    ['a misspelt wal field', (c) => { c.spec.backup.barmanObjectStore.wal.compresion = 'gzip'; }, /must NOT have additional properties \(compresion\)/],
    ['a misspelt backup field', (c) => { c.spec.backup.retention = '30d'; }, /must NOT have additional properties \(retention\)/],
  ];
  for (const [what, mutate, expected] of clusterBad) {
    test(`a Cluster with ${what} is rejected`, () => {
      const c = find(rendered('production'), 'Cluster', 'initiative-db');
      mutate(c);
      const errors = validateCustom(c);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:\n${errors.join('\n')}`);
    });
  }
  const scheduleBad = [
    ['a five-field CronJob schedule', (s) => { s.spec.schedule = '0 2 * * *'; }, /schedule must match pattern/],
    ['no schedule', (s) => { delete s.spec.schedule; }, /must have required property 'schedule'/],
    ['no cluster', (s) => { delete s.spec.cluster; }, /must have required property 'cluster'/],
    ['an unknown method', (s) => { s.spec.method = 'barman'; }, /method must be equal to one of the allowed values \(barmanObjectStore, volumeSnapshot, plugin\)/],
    ['an unknown owner reference', (s) => { s.spec.backupOwnerReference = 'owner'; }, /backupOwnerReference must be equal to one of the allowed values \(none, self, cluster\)/],
    ['immediate as text', (s) => { s.spec.immediate = 'yes'; }, /immediate must be boolean/],
    ['a misspelt field', (s) => { s.spec.schedul = '0 0 2 * * *'; }, /must NOT have additional properties \(schedul\)/],
  ];
  for (const [what, mutate, expected] of scheduleBad) {
    test(`a ScheduledBackup with ${what} is rejected`, () => {
      const s = find(rendered('production'), 'ScheduledBackup', 'initiative-db-nightly');
      mutate(s);
      const errors = validateCustom(s);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:\n${errors.join('\n')}`);
    });
  }
});

describe('the restore example (deploy/restore, docs/restore.md)', () => {
  test('is a valid Cluster', () => {
    assert.deepEqual(validateCustom(restoreExample()), []);
  });
  test('recovers from the object store folder production\'s initiative-db archives into, with the same credentials', () => {
    const r = restoreExample();
    const prod = find(rendered('production'), 'Cluster', 'initiative-db');
    const source = r.spec.externalClusters.find((e) => e.name === r.spec.bootstrap.recovery.source);
    assert.ok(source, 'bootstrap.recovery.source names no entry of externalClusters');
    const from = source.barmanObjectStore;
    const written = prod.spec.backup.barmanObjectStore;
    assert.equal(from.destinationPath, written.destinationPath);
    assert.equal(from.endpointURL, written.endpointURL);
    assert.equal(from.serverName ?? source.name, written.serverName ?? prod.metadata.name);
    assert.deepEqual(from.s3Credentials, written.s3Credentials);
    assert.equal(r.spec.bootstrap.recovery.database, prod.spec.bootstrap.initdb.database);
    assert.equal(r.spec.bootstrap.recovery.owner, prod.spec.bootstrap.initdb.owner);
  });
  test('archives into a folder of its own, never into the one it recovers from', () => {
    const r = restoreExample();
    assert.notEqual(archiveFolder(r), archiveFolder(find(rendered('production'), 'Cluster', 'initiative-db')));
  });
  const bad = [
    ['two recovery targets', (c) => { c.spec.bootstrap.recovery.recoveryTarget.targetName = 'before-import'; }, /recoveryTarget must match exactly one schema in oneOf/],
    ['a target time without an offset', (c) => { c.spec.bootstrap.recovery.recoveryTarget.targetTime = '2026-12-01 09:30'; }, /targetTime must match format "date-time"/],
    ['a malformed LSN', (c) => { c.spec.bootstrap.recovery.recoveryTarget = { targetLSN: '0/ZZ' }; }, /targetLSN must match pattern/],
    ['recovery without a source', (c) => { delete c.spec.bootstrap.recovery.source; }, /must have required property 'source'/],
    ['initdb and recovery together', (c) => { c.spec.bootstrap.initdb = { database: 'initiative' }; }, /\/spec\/bootstrap must NOT have more than 1 properties/],
    ['an external cluster without a name', (c) => { delete c.spec.externalClusters[0].name; }, /must have required property 'name'/],
    ['a misspelt recovery field', (c) => { c.spec.bootstrap.recovery.recoveryTargets = {}; }, /must NOT have additional properties \(recoveryTargets\)/],
  ];
  for (const [what, mutate, expected] of bad) {
    test(`rejects ${what}`, () => {
      const c = restoreExample();
      mutate(c);
      const errors = validateCustom(c);
      assert.ok(errors.some((e) => expected.test(e)), `expected ${expected}, got:\n${errors.join('\n')}`);
    });
  }
});
