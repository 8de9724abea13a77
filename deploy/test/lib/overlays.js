// What each overlay is expected to allow and what it may skip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEPLOY_DIR } from './manifests.js';

export const SERVICES = ['initiative-service', 'stakeholder-service', 'assessment-service'];

// Who calls whom (README services table): assessment -> initiative and
// stakeholder, stakeholder -> initiative.
export const CALLS = [
  ['stakeholder-service', 'initiative-service'],
  ['assessment-service', 'initiative-service'],
  ['assessment-service', 'stakeholder-service'],
];

const INGRESS_CONTROLLER = 'ns:kubernetes.io/metadata.name=ingress-nginx[app.kubernetes.io/name=ingress-nginx]';
const DNS = 'ns:kubernetes.io/metadata.name=kube-system[k8s-app=kube-dns]';
const CNPG_OPERATOR = 'ns:kubernetes.io/metadata.name=cnpg-system[app.kubernetes.io/name=cloudnative-pg]';
// The identity provider's JWKS (services) and the Kubernetes API server
// (CloudNativePG instances) have no fixed in-cluster address.
const ANYWHERE = 'ip:0.0.0.0/0';

function common(pods) {
  const flows = [];
  for (const s of SERVICES) {
    flows.push(`${INGRESS_CONTROLLER} -> ${s} 8080/TCP`);
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

/** Secrets the cluster provides (never in the manifests), per overlay. */
export const PROVIDED_SECRETS = ['speelveld-tls'];

/** Names of the Secrets an overlay generates with Kustomize (from its kustomization.yaml). */
export function generatedSecrets(overlay) {
  const k = parse(readFileSync(join(DEPLOY_DIR, 'overlays', overlay, 'kustomization.yaml'), 'utf8'));
  return (k.secretGenerator ?? []).map((g) => g.name);
}

export function ruleContext(overlay) {
  return {
    expectedFlows: EXPECTED_FLOWS[overlay],
    generatedSecrets: generatedSecrets(overlay),
    providedSecrets: PROVIDED_SECRETS,
  };
}
