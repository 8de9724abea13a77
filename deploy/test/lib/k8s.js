// Small helpers over rendered Kubernetes objects.
import { baseName } from './manifests.js';

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'Pod'];

/** Pod spec and pod labels of a workload object. */
export function podOf(obj) {
  switch (obj.kind) {
    case 'Pod':
      return { spec: obj.spec ?? {}, labels: obj.metadata?.labels ?? {} };
    case 'CronJob':
      return {
        spec: obj.spec?.jobTemplate?.spec?.template?.spec ?? {},
        labels: obj.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {},
      };
    default:
      return { spec: obj.spec?.template?.spec ?? {}, labels: obj.spec?.template?.metadata?.labels ?? {} };
  }
}

export function workloads(docs) {
  return docs.filter((d) => WORKLOAD_KINDS.includes(d.kind));
}

export function label(obj) {
  return `${obj.kind}/${obj.metadata?.name}`;
}

/** Every container of a pod spec, init containers included, with its list name. */
export function containersOf(podSpec) {
  return [
    ...(podSpec.initContainers ?? []).map((c) => ({ c, where: 'initContainer' })),
    ...(podSpec.containers ?? []).map((c) => ({ c, where: 'container' })),
  ];
}

/** Does a LabelSelector (matchLabels + matchExpressions) match these labels? */
export function selectorMatches(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In': if (!has || !e.values.includes(labels[e.key])) return false; break;
      case 'NotIn': if (has && e.values.includes(labels[e.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

/** Kubernetes quantity to a number (cores for CPU, bytes for memory). */
export function quantity(q) {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(q));
  if (!m) return NaN;
  const factors = {
    '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40,
  };
  return m[2] in factors ? Number(m[1]) * factors[m[2]] : NaN;
}

/** Quarkus/Java durations as seconds: "5s", "500ms", "1m", "PT5S", "20" (seconds). */
export function durationSeconds(text) {
  const s = String(text).trim();
  let m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/i.exec(s);
  if (m) {
    const unit = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase()];
    return Number(m[1]) * unit;
  }
  m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(s);
  if (m) return (Number(m[1] ?? 0) * 3600) + (Number(m[2] ?? 0) * 60) + Number(m[3] ?? 0);
  return NaN;
}

/**
 * The environment a container sees from env and envFrom, resolved against the
 * ConfigMaps in the same output. Secret-backed variables map to
 * { secret: name, key }.
 */
export function environment(container, docs) {
  const env = {};
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const cm = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === from.configMapRef.name);
      for (const [k, v] of Object.entries(cm?.data ?? {})) env[(from.prefix ?? '') + k] = v;
    }
    if (from.secretRef) env[`${from.prefix ?? ''}*`] = { secret: from.secretRef.name };
  }
  for (const e of container.env ?? []) {
    if ('value' in e) env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) env[e.name] = { secret: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key };
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef;
      const cm = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === ref.name);
      env[e.name] = cm?.data?.[ref.key];
    } else env[e.name] = undefined;
  }
  return env;
}

/** The HPA that scales a workload, if any. */
export function hpaFor(obj, docs) {
  return docs.find((d) => d.kind === 'HorizontalPodAutoscaler'
    && d.spec?.scaleTargetRef?.kind === obj.kind
    && d.spec?.scaleTargetRef?.name === obj.metadata.name);
}

/** Our own service images ("speelveld/<service>"), whose probes are Quarkus's. */
export function isQuarkusService(container) {
  return /^speelveld\/[a-z-]+-service[:@]/.test(container.image ?? '');
}

export { baseName };

/**
 * The Secret keys a CloudNativePG Cluster reads: the object store credentials
 * of spec.backup and of each external cluster, as [{ where, name, key }].
 */
export function clusterSecretRefs(cluster) {
  const stores = [
    ['spec.backup.barmanObjectStore', cluster.spec?.backup?.barmanObjectStore],
    ...(cluster.spec?.externalClusters ?? []).map((e, i) => [`spec.externalClusters[${i}].barmanObjectStore`, e.barmanObjectStore]),
  ];
  const refs = [];
  for (const [where, store] of stores) {
    for (const [field, sel] of Object.entries(store?.s3Credentials ?? {})) {
      if (sel && typeof sel === 'object') refs.push({ where: `${where}.s3Credentials.${field}`, name: sel.name, key: sel.key });
    }
  }
  return refs;
}
