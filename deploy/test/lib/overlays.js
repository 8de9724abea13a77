// What each overlay is expected to allow and what it may skip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { baseName, DEPLOY_DIR } from './manifests.js';
import { clusterSecretRefs, containersOf, podOf, workloads } from './k8s.js';

export const SERVICES = ['initiative-service', 'stakeholder-service', 'assessment-service'];

// Who calls whom (README services table): assessment -> initiative and
// stakeholder, stakeholder -> initiative, initiative -> stakeholder (the
// group ids of issues and role observations).
export const CALLS = [
  ['stakeholder-service', 'initiative-service'],
  ['initiative-service', 'stakeholder-service'],
  ['assessment-service', 'initiative-service'],
  ['assessment-service', 'stakeholder-service'],
];

const INGRESS_CONTROLLER = 'ns:kubernetes.io/metadata.name=ingress-nginx[app.kubernetes.io/name=ingress-nginx]';
// Prometheus in the monitoring namespace scrapes the management port (9000).
const MONITORING = 'ns:kubernetes.io/metadata.name=monitoring[app.kubernetes.io/name=prometheus]';
const DNS = 'ns:kubernetes.io/metadata.name=kube-system[k8s-app=kube-dns]';
const CNPG_OPERATOR = 'ns:kubernetes.io/metadata.name=cnpg-system[app.kubernetes.io/name=cloudnative-pg]';
// Production exports traces to the OpenTelemetry collector in the monitoring
// namespace (OTLP gRPC 4317, OTLP/HTTP 4318).
const OTLP_COLLECTOR = 'ns:kubernetes.io/metadata.name=monitoring[app.kubernetes.io/name=opentelemetry-collector]';
// The identity provider's JWKS (services) and the Kubernetes API server
// (CloudNativePG instances) have no fixed in-cluster address.
const ANYWHERE = 'ip:0.0.0.0/0';

function common(pods) {
  const flows = [];
  for (const s of SERVICES) {
    flows.push(`${INGRESS_CONTROLLER} -> ${s} 8080/TCP`);
    flows.push(`${MONITORING} -> ${s} 9000/TCP`);
    flows.push(`${s} -> ${ANYWHERE} 443/TCP`);
  }
  for (const [from, to] of CALLS) flows.push(`${from} -> ${to} 8080/TCP`);
  for (const p of pods) flows.push(`${p} -> ${DNS} 53/UDP`, `${p} -> ${DNS} 53/TCP`);
  return flows;
}

function productionFlows() {
  const dbs = SERVICES.map((s) => s.replace('-service', '-db'));
  const flows = common([...SERVICES, ...dbs]);
  for (const s of SERVICES) {
    const db = s.replace('-service', '-db');
    flows.push(
      `${s} -> ${db} 5432/TCP`,
      `${db} -> ${db} 5432/TCP`,
      `${CNPG_OPERATOR} -> ${db} 5432/TCP`,
      `${CNPG_OPERATOR} -> ${db} 8000/TCP`,
      `${db} -> ${ANYWHERE} 443/TCP`,
      `${db} -> ${ANYWHERE} 6443/TCP`,
      `${s} -> ${OTLP_COLLECTOR} 4317/TCP`,
      `${s} -> ${OTLP_COLLECTOR} 4318/TCP`,
    );
  }
  return new Set(flows);
}

function localFlows() {
  const flows = common([...SERVICES, 'postgres']);
  for (const s of SERVICES) flows.push(`${s} -> postgres 5432/TCP`);
  return new Set(flows);
}

export const EXPECTED_FLOWS = { local: localFlows(), production: productionFlows() };

/**
 * Rules an overlay is exempt from, with the reason (also in deploy/README.md).
 * Nothing else may be skipped.
 */
export const EXEMPTIONS = {
  local: {
    replicas: 'a laptop cluster runs one replica of each service',
    'topology-spread': 'a laptop cluster usually has one node',
    'database-ha': 'one PostgreSQL StatefulSet instead of CloudNativePG clusters',
  },
  production: {},
};

/**
 * Secrets that the operator creates in the cluster (never in the manifests),
 * per overlay, with the keys the manifests may read from them. Every one is a
 * prerequisite in deploy/README.md; references-resolve accepts a reference to
 * a Secret that is not in the output only when it is listed here (with the
 * key), and the tests fail when an entry is no longer referenced or is in the
 * output after all. Nothing else may be assumed to exist.
 */
export const PROVIDED_SECRETS = {
  local: {
    // kubectl create secret tls (README, "Deploying to a laptop cluster").
    'speelveld-tls': ['tls.crt', 'tls.key'],
  },
  production: {
    // cert-manager or kubectl create secret tls (README, "Prerequisites").
    'speelveld-tls': ['tls.crt', 'tls.key'],
    // kubectl create secret generic speelveld-cursor --from-literal=secret=...
    // (README, "Prerequisites"); overlays/local generates it instead.
    'speelveld-cursor': ['secret'],
    // The object store's access key for CloudNativePG's backups (README,
    // "Backups"): kubectl create secret generic speelveld-backup-s3 ...
    'speelveld-backup-s3': ['ACCESS_KEY_ID', 'ACCESS_SECRET_KEY'],
  },
};


/** Names of the Secrets an overlay generates with Kustomize (from its kustomization.yaml). */
export function generatedSecrets(overlay) {
  const k = parse(readFileSync(join(DEPLOY_DIR, 'overlays', overlay, 'kustomization.yaml'), 'utf8'));
  return (k.secretGenerator ?? []).map((g) => g.name);
}

export function ruleContext(overlay) {
  return {
    expectedFlows: EXPECTED_FLOWS[overlay],
    generatedSecrets: generatedSecrets(overlay),
    providedSecrets: PROVIDED_SECRETS[overlay],
  };
}

/** Names of the Secrets that rendered objects refer to (env, envFrom, volumes, Ingress TLS). */
export function referencedSecrets(docs) {
  const names = new Set();
  for (const w of workloads(docs)) {
    const spec = podOf(w).spec;
    for (const { c } of containersOf(spec)) {
      for (const f of c.envFrom ?? []) if (f.secretRef) names.add(f.secretRef.name);
      for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) names.add(e.valueFrom.secretKeyRef.name);
    }
    for (const v of spec.volumes ?? []) if (v.secret) names.add(v.secret.secretName);
  }
  for (const ing of docs.filter((d) => d.kind === 'Ingress')) {
    for (const t of ing.spec?.tls ?? []) if (t.secretName) names.add(t.secretName);
  }
  for (const c of docs.filter((d) => d.kind === 'Cluster')) {
    for (const r of clusterSecretRefs(c)) names.add(r.name);
  }
  return names;
}

/**
 * Problems with an overlay's list of operator-provided Secrets: an entry that
 * nothing refers to (stale), one that the output makes after all (then it is
 * not the operator's), one without keys, one the README does not name as a
 * prerequisite.
 */
export function providedSecretProblems(docs, provided, readme) {
  const out = [];
  const referenced = referencedSecrets(docs);
  for (const [name, keys] of Object.entries(provided)) {
    if (!referenced.has(name)) out.push(`${name} is listed as provided but nothing refers to it`);
    if (docs.some((d) => d.kind === 'Secret' && baseName(d.metadata.name) === name)) out.push(`${name} is listed as provided but the output makes it`);
    if (docs.some((d) => d.kind === 'Cluster' && [`${d.metadata.name}-app`, `${d.metadata.name}-superuser`].includes(name))) {
      out.push(`${name} is listed as provided but CloudNativePG makes it`);
    }
    if (!Array.isArray(keys) || keys.length === 0) out.push(`${name} is listed without its keys`);
    if (!readme.includes(`\`${name}\``)) out.push(`${name} is not named in deploy/README.md`);
  }
  return out;
}
