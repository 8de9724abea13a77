// The policy rules, rule by rule, on the rendered overlays. Every rule must
// hold for production and for local (unless local is exempt, see
// EXEMPTIONS), and every rule has bad examples that it must reject: mutated
// copies of the rendered objects.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOY_DIR, find, OVERLAYS, rendered } from '../lib/manifests.js';
import { EXEMPTIONS, PROVIDED_SECRETS, providedSecretProblems, ruleContext } from '../lib/overlays.js';
import { RULES } from '../lib/rules.js';

const dep = (docs, name = 'initiative-service') => find(docs, 'Deployment', name);
const pod = (docs, name) => dep(docs, name).spec.template.spec;
const ctr = (docs, name) => pod(docs, name).containers[0];
const pg = (docs) => find(docs, 'StatefulSet', 'postgres').spec.template.spec;
const hpa = (docs, name = 'initiative-service') => find(docs, 'HorizontalPodAutoscaler', name);
const common = (docs) => docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('speelveld-common'));
const policy = (docs, name) => find(docs, 'NetworkPolicy', name);
const remove = (docs, obj) => docs.splice(docs.indexOf(obj), 1);
const envVar = (docs, name, service) => ctr(docs, service).env.find((e) => e.name === name);
const cursorRef = (docs, service) => envVar(docs, 'SPEELVELD_CURSOR_SECRET', service).valueFrom.secretKeyRef;
const generated = (docs, name) => docs.find((o) => o.kind === 'Secret' && o.metadata.name.startsWith(`${name}-`));

// rule id -> bad examples: [description, overlay, mutate(docs)]
const BAD = {
  'pinned-image': [
    ['tag latest', 'production', (d) => { ctr(d).image = 'speelveld/initiative-service:latest'; }],
    ['no tag', 'production', (d) => { ctr(d).image = 'speelveld/initiative-service'; }],
    ['registry host in the name', 'production', (d) => { ctr(d).image = 'registry.example.invalid:5000/speelveld/initiative-service:0.1.0'; }],
    ['database image without tag', 'local', (d) => { pg(d).containers[0].image = 'postgres'; }],
  ],
  'health-probes': [
    ['liveness equals readiness', 'production', (d) => { ctr(d).livenessProbe = structuredClone(ctr(d).readinessProbe); }],
    ['no startup probe', 'production', (d) => { delete ctr(d).startupProbe; }],
    ['liveness on the readiness endpoint', 'production', (d) => { ctr(d).livenessProbe.httpGet.path = '/q/health/ready'; }],
    ['readiness on the API port', 'production', (d) => { ctr(d).readinessProbe.httpGet.port = 'http'; }],
    ['no readiness probe on the database', 'local', (d) => { delete pg(d).containers[0].readinessProbe; }],
  ],
  resources: [
    ['no memory limit', 'production', (d) => { delete ctr(d).resources.limits.memory; }],
    ['no requests', 'production', (d) => { delete ctr(d).resources.requests; }],
    ['CPU request above limit', 'production', (d) => { ctr(d).resources.requests.cpu = '4'; }],
    ['no database CPU limit', 'local', (d) => { delete pg(d).containers[0].resources.limits.cpu; }],
  ],
  'non-root': [
    ['image default user 185', 'production', (d) => { pod(d).securityContext.runAsUser = 185; }],
    ['no runAsGroup', 'production', (d) => { delete pod(d).securityContext.runAsGroup; }],
    ['container allows root', 'production', (d) => { ctr(d).securityContext.runAsNonRoot = false; delete pod(d).securityContext.runAsNonRoot; }],
    ['fsGroup 0', 'local', (d) => { pg(d).securityContext.fsGroup = 0; }],
  ],
  'read-only-root': [
    ['writable root filesystem', 'production', (d) => { ctr(d).securityContext.readOnlyRootFilesystem = false; }],
    ['no /tmp mount', 'production', (d) => { ctr(d).volumeMounts = []; }],
    ['/tmp from the host', 'production', (d) => { pod(d).volumes[0] = { name: 'tmp', hostPath: { path: '/tmp' } }; }],
  ],
  'no-privilege-escalation': [
    ['allowPrivilegeEscalation unset', 'production', (d) => { delete ctr(d).securityContext.allowPrivilegeEscalation; }],
    ['privileged', 'local', (d) => { pg(d).containers[0].securityContext.privileged = true; }],
  ],
  'drop-all-capabilities': [
    ['drops only NET_RAW', 'production', (d) => { ctr(d).securityContext.capabilities.drop = ['NET_RAW']; }],
    ['adds NET_ADMIN', 'production', (d) => { ctr(d).securityContext.capabilities.add = ['NET_ADMIN']; }],
  ],
  'seccomp-runtime-default': [
    ['pod unconfined', 'production', (d) => { pod(d).securityContext.seccompProfile.type = 'Unconfined'; }],
    ['container overrides with unconfined', 'production', (d) => { ctr(d).securityContext.seccompProfile = { type: 'Unconfined' }; }],
    ['not set', 'local', (d) => { delete pg(d).securityContext.seccompProfile; }],
  ],
  'no-service-account-token': [
    ['pod mounts the token', 'production', (d) => { pod(d).automountServiceAccountToken = true; }],
    ['pod field missing', 'production', (d) => { delete pod(d).automountServiceAccountToken; }],
    ['ServiceAccount mounts the token', 'production', (d) => { find(d, 'ServiceAccount', 'initiative-service').automountServiceAccountToken = true; }],
    ['default ServiceAccount', 'local', (d) => { delete pg(d).serviceAccountName; }],
  ],
  replicas: [
    ['replicas field beside the HPA', 'production', (d) => { dep(d).spec.replicas = 3; }],
    ['HPA minimum 1', 'production', (d) => { hpa(d).spec.minReplicas = 1; }],
    ['no HPA and one replica', 'production', (d) => { remove(d, hpa(d)); }],
  ],
  'pod-disruption-budget': [
    ['no PDB', 'production', (d) => { remove(d, find(d, 'PodDisruptionBudget', 'initiative-service')); }],
    ['PDB selects other pods', 'production', (d) => { find(d, 'PodDisruptionBudget', 'initiative-service').spec.selector.matchLabels['app.kubernetes.io/name'] = 'initiative'; }],
    ['PDB blocks every drain', 'production', (d) => { find(d, 'PodDisruptionBudget', 'initiative-service').spec.maxUnavailable = 0; }],
    ['two PDBs', 'local', (d) => { const p = structuredClone(find(d, 'PodDisruptionBudget', 'initiative-service')); p.metadata.name = 'twin'; d.push(p); }],
  ],
  'topology-spread': [
    ['no constraints', 'production', (d) => { delete pod(d).topologySpreadConstraints; }],
    ['only zones', 'production', (d) => { pod(d).topologySpreadConstraints = pod(d).topologySpreadConstraints.filter((t) => t.topologyKey !== 'kubernetes.io/hostname'); }],
    ['selector spans all services', 'production', (d) => { for (const t of pod(d).topologySpreadConstraints) delete t.matchLabelKeys; }],
  ],
  'database-ha': [
    ['one instance', 'production', (d) => { find(d, 'Cluster', 'initiative-db').spec.instances = 1; }],
    ['asynchronous', 'production', (d) => { delete find(d, 'Cluster', 'stakeholder-db').spec.postgresql.synchronous; }],
    ['durability preferred', 'production', (d) => { find(d, 'Cluster', 'assessment-db').spec.postgresql.synchronous.dataDurability = 'preferred'; }],
  ],
  'network-default-deny': [
    ['no default deny', 'production', (d) => { remove(d, policy(d, 'default-deny')); }],
    ['default deny allows ingress', 'production', (d) => { policy(d, 'default-deny').spec.ingress = [{}]; }],
    ['default deny only for ingress', 'local', (d) => { policy(d, 'default-deny').spec.policyTypes = ['Ingress']; }],
  ],
  'network-flows': [
    ['initiative may call assessment', 'production', (d) => {
      policy(d, 'stakeholder-service-to-initiative').spec.podSelector.matchLabels['app.kubernetes.io/name'] = 'initiative-service';
      policy(d, 'stakeholder-service-to-initiative').spec.egress[0].to[0].podSelector.matchLabels['app.kubernetes.io/name'] = 'assessment-service';
    }],
    ['callers on all ports', 'production', (d) => { delete policy(d, 'initiative-service-from-callers').spec.ingress[0].ports; }],
    ['stakeholder ingress missing (one-sided)', 'production', (d) => { remove(d, policy(d, 'stakeholder-service-from-callers')); }],
    ['database open to every pod', 'local', (d) => { delete policy(d, 'postgres-from-services').spec.ingress[0].from; }],
    ['portal traffic from any namespace', 'local', (d) => { policy(d, 'services-from-ingress').spec.ingress[0].from[0].namespaceSelector = {}; }],
  ],
  'no-literal-secrets': [
    ['a committed Secret', 'production', (d) => { d.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'initiative-db-app' }, stringData: { password: 'hunter2' } }); }],
    ['literal password in env', 'production', (d) => { ctr(d).env[1] = { name: 'QUARKUS_DATASOURCE_PASSWORD', value: 'hunter2' }; }],
    ['password in the JDBC URL', 'production', (d) => { const cm = d.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('initiative-service')); cm.data.QUARKUS_DATASOURCE_JDBC_URL += '?password=hunter2'; }],
    ['password key in a ConfigMap', 'local', (d) => { common(d).data.MP_JWT_SECRET = 'x'; }],
  ],
  'graceful-shutdown': [
    ['grace period too short', 'production', (d) => { pod(d).terminationGracePeriodSeconds = 30; }],
    ['longer shutdown timeout', 'production', (d) => { common(d).data.QUARKUS_SHUTDOWN_TIMEOUT = '35s'; }],
    ['shutdown delay unset', 'local', (d) => { delete common(d).data.QUARKUS_SHUTDOWN_DELAY; }],
  ],
  'pool-size': [
    ['HPA grows past the connection limit', 'production', (d) => { hpa(d).spec.maxReplicas = 10; }],
    ['smaller max_connections', 'production', (d) => { find(d, 'Cluster', 'initiative-db').spec.postgresql.parameters.max_connections = '50'; }],
    ['more local replicas', 'local', (d) => { for (const s of ['initiative-service', 'stakeholder-service', 'assessment-service']) dep(d, s).spec.replicas = 2; }],
  ],
  'cursor-secret': [
    ['unset in one Deployment', 'production', (d) => { ctr(d, 'stakeholder-service').env = ctr(d, 'stakeholder-service').env.filter((e) => e.name !== 'SPEELVELD_CURSOR_SECRET'); }],
    ['a literal value', 'production', (d) => { Object.assign(envVar(d, 'SPEELVELD_CURSOR_SECRET'), { value: 'change-me' }); delete envVar(d, 'SPEELVELD_CURSOR_SECRET').valueFrom; }],
    ['an optional Secret reference', 'production', (d) => { cursorRef(d, 'assessment-service').optional = true; }],
    ['from a ConfigMap key', 'local', (d) => {
      envVar(d, 'SPEELVELD_CURSOR_SECRET').valueFrom = { configMapKeyRef: { name: common(d).metadata.name, key: 'SPEELVELD_CURSOR_SECRET' } };
    }],
    ['unset in one Deployment', 'local', (d) => { ctr(d, 'assessment-service').env = ctr(d, 'assessment-service').env.filter((e) => e.name !== 'SPEELVELD_CURSOR_SECRET'); }],
  ],
  'otlp-export': [
    ['the collector in another namespace', 'production', (d) => { common(d).data.OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.tracing:4317'; }],
    ['no egress to the collector', 'production', (d) => { remove(d, policy(d, 'services-to-otlp-collector')); }],
    ['another port', 'production', (d) => { common(d).data.OTEL_EXPORTER_OTLP_ENDPOINT = 'http://otel-collector.monitoring:14317'; }],
    ['a standard name the services do not read', 'local', (d) => { common(d).data.OTEL_SERVICE_NAME = 'speelveld'; }],
    ['an endpoint without a policy', 'local', (d) => { common(d).data.QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = 'http://jaeger.observability:4317'; }],
  ],
  'references-resolve': [
    ['operator Secret that is not listed as provided', 'production', (d) => { cursorRef(d, 'initiative-service').name = 'speelveld-cursor-secret'; }],
    ['key the provided Secret does not have', 'production', (d) => { cursorRef(d, 'initiative-service').key = 'value'; }],
    ['key the -app Secret does not have', 'production', (d) => { ctr(d).env[1].valueFrom.secretKeyRef.key = 'passwd'; }],
    ['cursor Secret not generated (local provides none)', 'local', (d) => { remove(d, generated(d, 'speelveld-cursor')); }],
    ['key the generated Secret does not have', 'local', (d) => { cursorRef(d, 'stakeholder-service').key = 'cursor-secret'; }],
    ['wrong -app Secret', 'production', (d) => { ctr(d).env[0].valueFrom.secretKeyRef.name = 'stakeholder-db-app'; }],
    ['database the Cluster does not create', 'production', (d) => { find(d, 'Cluster', 'initiative-db').spec.bootstrap.initdb.database = 'app'; }],
    ['missing ConfigMap', 'production', (d) => { ctr(d).envFrom[0].configMapRef.name = 'speelveld-common'; }],
    ['unknown TLS Secret', 'local', (d) => { find(d, 'Ingress', 'speelveld').spec.tls[0].secretName = 'other-tls'; }],
    ['backup credentials from a Secret nobody provides', 'production', (d) => { find(d, 'Cluster', 'assessment-db').spec.backup.barmanObjectStore.s3Credentials.secretAccessKey.name = 'aws-creds'; }],
    ['backup credentials key the provided Secret does not have', 'production', (d) => { find(d, 'Cluster', 'stakeholder-db').spec.backup.barmanObjectStore.s3Credentials.accessKeyId.key = 'AWS_ACCESS_KEY_ID'; }],
  ],
  'ingress-by-host': [
    ['routes everything', 'production', (d) => { find(d, 'Ingress', 'speelveld').spec.rules[0].http.paths[0].path = '/'; }],
    ['host without TLS', 'production', (d) => { find(d, 'Ingress', 'speelveld').spec.tls[0].hosts.pop(); }],
    ['two services on one host', 'local', (d) => { const r = find(d, 'Ingress', 'speelveld').spec.rules; r[1].host = r[0].host; }],
  ],
};

describe('every rule has bad examples', () => {
  test('each rule in lib/rules.js has at least two', () => {
    for (const r of RULES) assert.ok((BAD[r.id] ?? []).length >= 2, `rule ${r.id} has no bad examples`);
    for (const id of Object.keys(BAD)) assert.ok(RULES.some((r) => r.id === id), `bad examples for unknown rule ${id}`);
  });
  test('exemptions name existing rules only', () => {
    for (const ids of Object.values(EXEMPTIONS)) {
      for (const id of Object.keys(ids)) assert.ok(RULES.some((r) => r.id === id), `exemption for unknown rule ${id}`);
    }
  });
});

for (const r of RULES) {
  describe(`rule ${r.id}: ${r.title}`, () => {
    for (const overlay of OVERLAYS) {
      const reason = EXEMPTIONS[overlay][r.id];
      if (reason) {
        test(`${overlay} is exempt (${reason}) and indeed breaks it`, () => {
          // An exemption that is no longer needed should be removed.
          assert.notDeepEqual(r.check(rendered(overlay), ruleContext(overlay)), []);
        });
      } else {
        test(`holds for ${overlay}`, () => {
          assert.deepEqual(r.check(rendered(overlay), ruleContext(overlay)), []);
        });
      }
    }
    for (const [what, overlay, mutate] of BAD[r.id] ?? []) {
      test(`fails on ${overlay} with ${what}`, () => {
        const docs = rendered(overlay);
        mutate(docs);
        const violations = r.check(docs, ruleContext(overlay));
        assert.ok(violations.length > 0, `rule ${r.id} accepted: ${what}`);
        if (process.env.SHOW_VIOLATIONS) console.log(`${r.id} / ${what}:\n  ${violations.join("\n  ")}`);
      });
    }
  });
}

// references-resolve accepts a Secret that is not in the output only when the
// overlay lists it in PROVIDED_SECRETS; the list itself must stay exact.
describe('Secrets the operator provides (PROVIDED_SECRETS)', () => {
  const readme = readFileSync(join(DEPLOY_DIR, 'README.md'), 'utf8');
  test('every overlay has a list', () => {
    for (const overlay of OVERLAYS) assert.ok(PROVIDED_SECRETS[overlay], `no PROVIDED_SECRETS for ${overlay}`);
  });
  for (const overlay of OVERLAYS) {
    test(`${overlay}: each listed Secret is referenced, not made by the output, has keys and is in the README`, () => {
      assert.deepEqual(providedSecretProblems(rendered(overlay), PROVIDED_SECRETS[overlay], readme), []);
    });
  }
  test('production expects the operator to create the cursor Secret, overlays/local generates it', () => {
    assert.deepEqual(PROVIDED_SECRETS.production['speelveld-cursor'], ['secret']);
    assert.ok(!('speelveld-cursor' in PROVIDED_SECRETS.local));
    assert.ok(readme.includes('kubectl -n speelveld create secret generic speelveld-cursor --from-literal=secret="$(openssl rand -base64 32)"'),
      'README lacks the command that creates speelveld-cursor');
  });
  const bad = [
    ['a stale entry', 'production', { ...PROVIDED_SECRETS.production, 'old-api-key': ['key'] }],
    ['a generated Secret listed as provided', 'local', { ...PROVIDED_SECRETS.local, 'speelveld-cursor': ['secret'] }],
    ['a CloudNativePG Secret listed as provided', 'production', { ...PROVIDED_SECRETS.production, 'initiative-db-app': ['password'] }],
    ['an entry without keys', 'production', { ...PROVIDED_SECRETS.production, 'speelveld-cursor': [] }],
  ];
  for (const [what, overlay, list] of bad) {
    test(`rejects ${what} (${overlay})`, () => {
      assert.notDeepEqual(providedSecretProblems(rendered(overlay), list, readme), []);
    });
  }
  test('rejects an entry the README does not name', () => {
    assert.notDeepEqual(providedSecretProblems(rendered('production'), PROVIDED_SECRETS.production, readme.replaceAll('`speelveld-cursor`', 'it')), []);
  });
});
