// The project's policy rules for rendered manifests (docs/operations.md,
// "Kubernetes"). Each rule returns its violations as strings; [] means it
// holds. Rules read only the rendered objects, never the source files.
import { allowedFlows } from './flows.js';
import {
  baseName, clusterSecretRefs, containersOf, durationSeconds, environment, hpaFor, isQuarkusService, label,
  podOf, quantity, selectorMatches, workloads,
} from './k8s.js';

const MIN_ID = 10000;
// PostgreSQL's superuser_reserved_connections default: never usable by a pool.
const SUPERUSER_RESERVED = 3;
const DEFAULT_MAX_CONNECTIONS = 100;
const SENSITIVE = /PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE_?KEY|API_?KEY/i;
// Keys of the "<cluster>-app" and "<cluster>-superuser" Secrets that CloudNativePG makes.
const CNPG_SECRET_KEYS = ['username', 'user', 'password', 'host', 'port', 'dbname', 'uri', 'jdbc-uri', 'pgpass', 'fqdn-uri', 'fqdn-jdbc-uri'];
// The services sign their paging cursors with this key; all replicas must share it.
const CURSOR_SECRET = 'SPEELVELD_CURSOR_SECRET';
// The standard OpenTelemetry variables the services read (conventions' TracingDefaults, docs/operations.md
// "Tracing"); any other OTEL_* variable is ignored by them. QUARKUS_OTEL_* keys are Quarkus's own.
const OTEL_READ = ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_TRACES_SAMPLER_ARG', 'OTEL_SDK_DISABLED'];
// Where traces go, first set wins (the traces key before the general one, Quarkus's name before the standard one).
const OTLP_ENDPOINT_KEYS = ['QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT'];

function eachContainer(docs, fn) {
  const out = [];
  for (const w of workloads(docs)) {
    const pod = podOf(w);
    for (const { c, where } of containersOf(pod.spec)) fn(w, pod.spec, c, `${label(w)} ${where} ${c.name}`, out);
  }
  return out;
}

function deployments(docs) {
  return docs.filter((d) => d.kind === 'Deployment');
}

function probePath(probe) {
  return probe?.httpGet?.path;
}

function maxSurge(deploy, replicas) {
  const s = deploy.spec?.strategy;
  if (s?.type === 'Recreate') return 0;
  const v = s?.rollingUpdate?.maxSurge ?? '25%';
  return typeof v === 'string' && v.endsWith('%') ? Math.ceil((replicas * parseFloat(v)) / 100) : Number(v);
}

function jdbcTarget(url) {
  const m = /^jdbc:postgresql:\/\/([^:/?]+)(?::(\d+))?\/([^?]+)/.exec(url ?? '');
  return m ? { host: m[1], port: Number(m[2] ?? 5432), database: m[3] } : null;
}

function maxConnectionsOfArgs(container) {
  const args = [...(container.command ?? []), ...(container.args ?? [])];
  for (let i = 0; i < args.length; i++) {
    const m = /^max_connections=(\d+)$/.exec(args[i]);
    if (m && args[i - 1] === '-c') return Number(m[1]);
    const inline = /^-cmax_connections=(\d+)$/.exec(args[i]);
    if (inline) return Number(inline[1]);
  }
  return DEFAULT_MAX_CONNECTIONS;
}

/** The database server behind a JDBC host: a CloudNativePG Cluster or a workload behind a Service. */
function databaseServer(host, docs) {
  const short = host.split('.')[0];
  const cluster = docs.find((d) => d.kind === 'Cluster' && [`${d.metadata.name}-rw`].includes(short));
  if (cluster) {
    const mc = cluster.spec?.postgresql?.parameters?.max_connections;
    return { name: `Cluster/${cluster.metadata.name}`, maxConnections: mc ? Number(mc) : DEFAULT_MAX_CONNECTIONS };
  }
  const svc = docs.find((d) => d.kind === 'Service' && d.metadata.name === short);
  if (!svc) return null;
  const w = workloads(docs).find((x) => selectorMatches({ matchLabels: svc.spec?.selector ?? {} }, podOf(x).labels)
    && Object.keys(svc.spec?.selector ?? {}).length > 0);
  if (!w) return null;
  const pg = podOf(w).spec.containers.find((c) => (c.ports ?? []).some((p) => p.containerPort === 5432)) ?? podOf(w).spec.containers[0];
  return { name: label(w), maxConnections: maxConnectionsOfArgs(pg) };
}

export const RULES = [
  {
    id: 'pinned-image',
    title: 'every image is pinned by tag or digest (never latest) and names no registry host',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      const image = c.image ?? '';
      const digest = /@sha256:[0-9a-f]{64}$/.test(image);
      const last = image.split('@')[0].split('/').pop();
      const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : null;
      if (!digest && (!tag || tag === 'latest')) out.push(`${where}: image "${image}" is not pinned`);
      const first = image.split('/')[0];
      if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        out.push(`${where}: image "${image}" names a registry host; set it per environment with kustomize images:`);
      }
    }),
  },
  {
    id: 'health-probes',
    title: 'startup, readiness and liveness probes on every container; readiness and liveness differ; '
      + 'our services use /q/health/started, /q/health/ready and /q/health/live on their management port',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      if (where.includes('initContainer')) return;
      for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        if (!c[p]) out.push(`${where}: no ${p}`);
      }
      if (c.readinessProbe && c.livenessProbe
          && JSON.stringify(c.readinessProbe) === JSON.stringify(c.livenessProbe)) {
        out.push(`${where}: readiness and liveness probes are the same`);
      }
      if (isQuarkusService(c)) {
        const want = { startupProbe: '/q/health/started', readinessProbe: '/q/health/ready', livenessProbe: '/q/health/live' };
        for (const [p, path] of Object.entries(want)) {
          if (c[p] && probePath(c[p]) !== path) out.push(`${where}: ${p} should GET ${path}, not ${probePath(c[p])}`);
          if (c[p] && c[p].httpGet?.port !== 'management') {
            out.push(`${where}: ${p} should use the management port (health answers only there), not ${c[p].httpGet?.port}`);
          }
        }
      }
    }),
  },
  {
    id: 'resources',
    title: 'CPU and memory requests and limits on every container, requests not above limits',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      for (const kind of ['requests', 'limits']) {
        for (const r of ['cpu', 'memory']) {
          const v = c.resources?.[kind]?.[r];
          if (v === undefined) out.push(`${where}: no ${r} ${kind}`);
          else if (!(quantity(v) > 0)) out.push(`${where}: ${r} ${kind} "${v}" is not a positive quantity`);
        }
      }
      for (const r of ['cpu', 'memory']) {
        const req = c.resources?.requests?.[r];
        const lim = c.resources?.limits?.[r];
        if (req !== undefined && lim !== undefined && quantity(req) > quantity(lim)) {
          out.push(`${where}: ${r} request ${req} is above the limit ${lim}`);
        }
      }
    }),
  },
  {
    id: 'non-root',
    title: `runAsNonRoot with UID and GID above ${MIN_ID} (fsGroup too, when set)`,
    check: (docs) => {
      const out = eachContainer(docs, (w, pod, c, where, o) => {
        const eff = (k) => c.securityContext?.[k] ?? pod.securityContext?.[k];
        if (eff('runAsNonRoot') !== true) o.push(`${where}: runAsNonRoot is not true`);
        for (const k of ['runAsUser', 'runAsGroup']) {
          const v = eff(k);
          if (!(Number.isInteger(v) && v > MIN_ID)) o.push(`${where}: ${k} ${v ?? '(image default)'} is not above ${MIN_ID}`);
        }
      });
      for (const w of workloads(docs)) {
        const fsGroup = podOf(w).spec.securityContext?.fsGroup;
        if (fsGroup !== undefined && !(fsGroup > MIN_ID)) out.push(`${label(w)}: fsGroup ${fsGroup} is not above ${MIN_ID}`);
      }
      return out;
    },
  },
  {
    id: 'read-only-root',
    title: 'readOnlyRootFilesystem, with an emptyDir mounted on /tmp',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      if (c.securityContext?.readOnlyRootFilesystem !== true) out.push(`${where}: readOnlyRootFilesystem is not true`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      const vol = tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name);
      if (!tmp) out.push(`${where}: nothing is mounted on /tmp`);
      else if (!vol?.emptyDir) out.push(`${where}: /tmp is not an emptyDir volume`);
    }),
  },
  {
    id: 'no-privilege-escalation',
    title: 'allowPrivilegeEscalation: false and not privileged',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      if (c.securityContext?.allowPrivilegeEscalation !== false) out.push(`${where}: allowPrivilegeEscalation is not false`);
      if (c.securityContext?.privileged === true) out.push(`${where}: privileged`);
    }),
  },
  {
    id: 'drop-all-capabilities',
    title: 'capabilities drop ALL and add none',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      const caps = c.securityContext?.capabilities;
      if (!(caps?.drop ?? []).includes('ALL')) out.push(`${where}: capabilities do not drop ALL`);
      if ((caps?.add ?? []).length > 0) out.push(`${where}: capabilities add ${caps.add.join(', ')}`);
    }),
  },
  {
    id: 'seccomp-runtime-default',
    title: 'seccomp profile RuntimeDefault (pod or container level)',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      const type = c.securityContext?.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type;
      if (type !== 'RuntimeDefault') out.push(`${where}: seccomp profile is ${type ?? 'not set'}`);
    }),
  },
  {
    id: 'no-service-account-token',
    title: 'automountServiceAccountToken: false on the pod, and on its own ServiceAccount',
    check: (docs) => {
      const out = [];
      for (const w of workloads(docs)) {
        const spec = podOf(w).spec;
        if (spec.automountServiceAccountToken !== false) out.push(`${label(w)}: pod automountServiceAccountToken is not false`);
        const name = spec.serviceAccountName;
        if (!name || name === 'default') {
          out.push(`${label(w)}: runs as the default ServiceAccount`);
          continue;
        }
        const sa = docs.find((d) => d.kind === 'ServiceAccount' && d.metadata.name === name);
        if (!sa) out.push(`${label(w)}: ServiceAccount ${name} is not in the output`);
        else if (sa.automountServiceAccountToken !== false) out.push(`ServiceAccount/${name}: automountServiceAccountToken is not false`);
      }
      return out;
    },
  },
  {
    id: 'replicas',
    title: '>= 2 replicas, or an HPA with minReplicas >= 2 and then no replicas field',
    ha: true,
    check: (docs) => {
      const out = [];
      for (const d of deployments(docs)) {
        const hpa = hpaFor(d, docs);
        if (hpa) {
          if ('replicas' in d.spec) out.push(`${label(d)}: has a replicas field although ${label(hpa)} scales it`);
          if (!((hpa.spec.minReplicas ?? 1) >= 2)) out.push(`${label(hpa)}: minReplicas ${hpa.spec.minReplicas ?? 1} < 2`);
          if (!(hpa.spec.maxReplicas >= (hpa.spec.minReplicas ?? 1))) out.push(`${label(hpa)}: maxReplicas below minReplicas`);
        } else if (!((d.spec.replicas ?? 1) >= 2)) {
          out.push(`${label(d)}: ${d.spec.replicas ?? 1} replica(s) and no HPA`);
        }
      }
      return out;
    },
  },
  {
    id: 'pod-disruption-budget',
    title: 'exactly one PodDisruptionBudget per Deployment, one that lets a drain proceed',
    check: (docs) => {
      const out = [];
      const pdbs = docs.filter((d) => d.kind === 'PodDisruptionBudget');
      for (const d of deployments(docs)) {
        const labels = podOf(d).labels;
        const mine = pdbs.filter((p) => selectorMatches(p.spec?.selector, labels));
        if (mine.length !== 1) {
          out.push(`${label(d)}: ${mine.length} PodDisruptionBudgets select its pods (want 1)`);
          continue;
        }
        const spec = mine[0].spec;
        const min = hpaFor(d, docs)?.spec?.minReplicas ?? d.spec.replicas ?? 1;
        if (spec.maxUnavailable !== undefined && !(String(spec.maxUnavailable) !== '0' && String(spec.maxUnavailable) !== '0%')) {
          out.push(`${label(mine[0])}: maxUnavailable 0 blocks every drain`);
        }
        if (spec.minAvailable !== undefined && Number.isInteger(spec.minAvailable) && spec.minAvailable >= min) {
          out.push(`${label(mine[0])}: minAvailable ${spec.minAvailable} >= ${min} replicas blocks every drain`);
        }
        if (spec.maxUnavailable === undefined && spec.minAvailable === undefined) {
          out.push(`${label(mine[0])}: neither minAvailable nor maxUnavailable`);
        }
      }
      return out;
    },
  },
  {
    id: 'topology-spread',
    title: "a topology spread constraint over nodes (kubernetes.io/hostname) selecting the Deployment's own pods",
    ha: true,
    check: (docs) => {
      const out = [];
      for (const d of deployments(docs)) {
        const { spec, labels } = podOf(d);
        const others = deployments(docs).filter((o) => o !== d).map((o) => podOf(o).labels);
        const good = (spec.topologySpreadConstraints ?? []).filter((t) => {
          if (t.topologyKey !== 'kubernetes.io/hostname' || !(t.maxSkew >= 1)) return false;
          // matchLabelKeys adds "key = this pod's value" to the selector.
          const sel = structuredClone(t.labelSelector ?? {});
          sel.matchLabels = { ...(sel.matchLabels ?? {}) };
          for (const k of t.matchLabelKeys ?? []) if (k in labels) sel.matchLabels[k] = labels[k];
          return selectorMatches(sel, labels) && !others.some((o) => selectorMatches(sel, o));
        });
        if (good.length === 0) out.push(`${label(d)}: no spread over kubernetes.io/hostname that selects exactly its own pods`);
      }
      return out;
    },
  },
  {
    id: 'database-ha',
    title: 'every CloudNativePG Cluster has >= 3 instances, synchronous replication and its PodDisruptionBudgets',
    ha: true,
    check: (docs) => {
      const out = [];
      const clusters = docs.filter((d) => d.kind === 'Cluster');
      if (clusters.length === 0) out.push('no CloudNativePG Cluster');
      for (const c of clusters) {
        const spec = c.spec ?? {};
        if (!(spec.instances >= 3)) out.push(`${label(c)}: ${spec.instances} instances (want >= 3)`);
        const sync = spec.postgresql?.synchronous;
        if (!((sync && sync.number >= 1 && sync.method) || spec.minSyncReplicas >= 1)) {
          out.push(`${label(c)}: no synchronous replication (postgresql.synchronous or minSyncReplicas)`);
        }
        if (sync?.dataDurability === 'preferred') out.push(`${label(c)}: synchronous dataDurability "preferred" may drop to asynchronous`);
        if (spec.enablePDB === false) out.push(`${label(c)}: enablePDB is false`);
      }
      return out;
    },
  },
  {
    id: 'network-default-deny',
    title: 'a NetworkPolicy denying all ingress and egress to every pod of the namespace',
    check: (docs) => {
      const deny = docs.filter((d) => d.kind === 'NetworkPolicy'
        && Object.keys(d.spec?.podSelector ?? {}).every((k) => Object.keys(d.spec.podSelector[k] ?? {}).length === 0)
        && (d.spec?.policyTypes ?? []).includes('Ingress') && (d.spec?.policyTypes ?? []).includes('Egress')
        && (d.spec?.ingress ?? []).length === 0 && (d.spec?.egress ?? []).length === 0);
      return deny.length ? [] : ['no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)'];
    },
  },
  {
    id: 'network-flows',
    title: 'NetworkPolicies allow exactly the needed flows (see EXPECTED_FLOWS), each on both ends',
    // Checked against the overlay's expected flows, passed in by the test.
    check: (docs, { expectedFlows } = {}) => {
      if (!expectedFlows) return ['no expected flows given'];
      const { flows, oneSided, unusedPolicies } = allowedFlows(docs);
      const out = [];
      for (const f of flows) if (!expectedFlows.has(f)) out.push(`allowed but not needed: ${f}`);
      for (const f of expectedFlows) if (!flows.has(f)) out.push(`needed but not allowed: ${f}`);
      for (const f of oneSided) out.push(`one-sided: ${f}`);
      for (const p of unusedPolicies) out.push(`NetworkPolicy/${p} selects no pod`);
      return out;
    },
  },
  {
    id: 'no-literal-secrets',
    title: 'secrets are referenced, never literal: no Secret objects except ones generated from untracked files, '
      + 'no sensitive env values or ConfigMap keys, no credentials in URLs',
    // generatedSecrets: names of Secrets that the overlay generates from untracked files.
    check: (docs, { generatedSecrets = [] } = {}) => {
      const out = [];
      for (const s of docs.filter((d) => d.kind === 'Secret')) {
        if (!generatedSecrets.includes(baseName(s.metadata.name))) out.push(`Secret/${s.metadata.name} is literal in the manifests`);
        if (s.stringData) out.push(`Secret/${s.metadata.name} has stringData`);
      }
      const credentialInUrl = /:\/\/[^/\s:@]+:[^/\s@]+@|[?&;](password|passwd)=/i;
      for (const cm of docs.filter((d) => d.kind === 'ConfigMap')) {
        for (const [k, v] of Object.entries(cm.data ?? {})) {
          if (SENSITIVE.test(k)) out.push(`ConfigMap/${cm.metadata.name}: key ${k} looks like a secret`);
          if (credentialInUrl.test(v)) out.push(`ConfigMap/${cm.metadata.name}: ${k} carries credentials`);
        }
      }
      out.push(...eachContainer(docs, (w, pod, c, where, o) => {
        for (const e of c.env ?? []) {
          if ('value' in e && SENSITIVE.test(e.name)) o.push(`${where}: env ${e.name} has a literal value`);
          if ('value' in e && credentialInUrl.test(String(e.value))) o.push(`${where}: env ${e.name} carries credentials`);
        }
      }));
      return out;
    },
  },
  {
    id: 'graceful-shutdown',
    title: 'preStop sleep + quarkus.shutdown.delay + quarkus.shutdown.timeout < terminationGracePeriodSeconds',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      if (!isQuarkusService(c)) return;
      const env = environment(c, docs);
      const delay = durationSeconds(env.QUARKUS_SHUTDOWN_DELAY);
      const timeout = durationSeconds(env.QUARKUS_SHUTDOWN_TIMEOUT);
      if (Number.isNaN(delay)) out.push(`${where}: QUARKUS_SHUTDOWN_DELAY is not set to a duration`);
      if (Number.isNaN(timeout)) out.push(`${where}: QUARKUS_SHUTDOWN_TIMEOUT is not set to a duration`);
      const pre = c.lifecycle?.preStop;
      let preStop = 0;
      if (pre?.sleep) preStop = pre.sleep.seconds;
      else if (pre?.exec) preStop = Number(/^sleep\s+(\d+)$/.exec(pre.exec.command.join(' ').replace(/^.*-c\s+/, ''))?.[1] ?? NaN);
      if (Number.isNaN(preStop)) out.push(`${where}: preStop hook of unknown length`);
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      const sum = preStop + delay + timeout;
      if (!(sum < grace)) out.push(`${where}: preStop ${preStop} s + delay ${delay} s + timeout ${timeout} s = ${sum} s, not below terminationGracePeriodSeconds ${grace}`);
    }),
  },
  {
    id: 'pool-size',
    title: 'per database server, the pools of all pods at the most replicas (plus rollout surge) '
      + `and ${SUPERUSER_RESERVED} superuser-reserved connections stay below max_connections`,
    check: (docs) => {
      const out = [];
      const servers = new Map();
      for (const d of deployments(docs)) {
        for (const c of podOf(d).spec.containers ?? []) {
          const env = environment(c, docs);
          if (!env.QUARKUS_DATASOURCE_JDBC_URL) continue;
          const target = jdbcTarget(env.QUARKUS_DATASOURCE_JDBC_URL);
          const pool = Number(env.QUARKUS_DATASOURCE_JDBC_MAX_SIZE);
          if (!target) { out.push(`${label(d)}: JDBC URL ${env.QUARKUS_DATASOURCE_JDBC_URL} is not a PostgreSQL URL`); continue; }
          if (!(pool > 0)) { out.push(`${label(d)}: QUARKUS_DATASOURCE_JDBC_MAX_SIZE is not set`); continue; }
          const server = databaseServer(target.host, docs);
          if (!server) { out.push(`${label(d)}: database host ${target.host} is not in the output`); continue; }
          const hpa = hpaFor(d, docs);
          const most = hpa ? hpa.spec.maxReplicas : (d.spec.replicas ?? 1);
          const pods = most + maxSurge(d, most);
          const entry = servers.get(server.name) ?? { ...server, uses: [] };
          entry.uses.push({ what: `${label(d)} ${pods} pods x ${pool}`, connections: pods * pool });
          servers.set(server.name, entry);
        }
      }
      for (const s of servers.values()) {
        const total = s.uses.reduce((n, u) => n + u.connections, 0) + SUPERUSER_RESERVED;
        if (!(total < s.maxConnections)) {
          out.push(`${s.name}: ${s.uses.map((u) => u.what).join(' + ')} + ${SUPERUSER_RESERVED} reserved = ${total}, not below max_connections ${s.maxConnections}`);
        }
      }
      return out;
    },
  },
  {
    id: 'cursor-secret',
    title: `every service container takes ${CURSOR_SECRET} from a Secret key (required, not optional), never from a `
      + 'literal or a ConfigMap, so that all replicas share one key and the development default is never used '
      + '(that the Secret and key exist is references-resolve)',
    check: (docs) => eachContainer(docs, (w, pod, c, where, out) => {
      if (!isQuarkusService(c)) return;
      const entries = (c.env ?? []).filter((e) => e.name === CURSOR_SECRET);
      if (entries.length === 0) {
        out.push(`${where}: ${CURSOR_SECRET} is not set (the service would sign with its development default)`);
        return;
      }
      if (entries.length > 1) out.push(`${where}: ${CURSOR_SECRET} is set ${entries.length} times`);
      const ref = entries.at(-1).valueFrom?.secretKeyRef;
      if (!ref?.name || !ref?.key) out.push(`${where}: ${CURSOR_SECRET} does not come from a Secret key`);
      else if (ref.optional === true) out.push(`${where}: ${CURSOR_SECRET} is optional (a missing Secret would silently use the development default)`);
    }),
  },
  {
    id: 'otlp-export',
    title: 'the tracing variables are ones the services read, and a service that names an OTLP endpoint may reach '
      + 'it: its egress allows the endpoint\'s namespace (host name.namespace) or address on the endpoint\'s port',
    check: (docs) => {
      const { flows } = allowedFlows(docs);
      return eachContainer(docs, (w, pod, c, where, out) => {
        if (!isQuarkusService(c)) return;
        const env = environment(c, docs);
        for (const k of Object.keys(env)) {
          if (k.startsWith('OTEL_') && !OTEL_READ.includes(k)) out.push(`${where}: ${k} is not read by the services`);
        }
        const disabled = [env.QUARKUS_OTEL_SDK_DISABLED, env.OTEL_SDK_DISABLED].some((v) => String(v).trim() === 'true');
        const key = OTLP_ENDPOINT_KEYS.find((k) => typeof env[k] === 'string' && env[k].trim() !== '');
        if (!key || disabled) return;
        let url;
        try {
          url = new URL(env[key].trim());
        } catch {
          out.push(`${where}: ${key} is not a URL: ${env[key]}`);
          return;
        }
        const port = url.port || (url.protocol === 'https:' ? '443' : '80');
        const host = url.hostname;
        const ip = /^[0-9.]+$|^\[/.test(host);
        const labels = host.split('.');
        if (!ip && labels.length < 2) {
          out.push(`${where}: ${key} names ${host} without its namespace (write name.namespace)`);
          return;
        }
        const peer = ip ? 'ip:' : `ns:kubernetes.io/metadata.name=${labels[1]}[`;
        const allowed = [...flows].some((f) => f.startsWith(`${w.metadata.name} -> ${peer}`)
          && (f.endsWith(` ${port}/TCP`) || f.endsWith(' *')));
        if (!allowed) out.push(`${where}: ${key} is ${env[key]}, but no NetworkPolicy lets it out to ${ip ? host : `namespace ${labels[1]}`} on ${port}/TCP`);
      });
    },
  },
  {
    id: 'references-resolve',
    title: 'ConfigMaps, Secrets (and their keys), ServiceAccounts, Services and volumes that pods and the Ingress '
      + 'name exist (or are made by CloudNativePG, or are listed as provided by the operator, with their keys)',
    // providedSecrets: { name: [keys] } of the Secrets the operator creates for
    // this overlay (lib/overlays.js, PROVIDED_SECRETS). A Secret that is neither
    // in the output, nor made by CloudNativePG, nor listed there is missing.
    check: (docs, { providedSecrets = {} } = {}) => {
      const out = [];
      const has = (kind, name) => docs.some((d) => d.kind === kind && d.metadata.name === name);
      // The keys of a Secret, or null when nobody makes it.
      const secretKeys = (name) => {
        const s = docs.find((d) => d.kind === 'Secret' && d.metadata.name === name);
        if (s) return [...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})];
        if (docs.some((d) => d.kind === 'Cluster' && [`${d.metadata.name}-app`, `${d.metadata.name}-superuser`].includes(name))) {
          return CNPG_SECRET_KEYS;
        }
        return Object.hasOwn(providedSecrets, name) ? providedSecrets[name] : null;
      };
      const secretOk = (name) => secretKeys(name) !== null;
      const secretProblem = (name, key) => {
        const keys = secretKeys(name);
        if (keys === null) return `Secret ${name} is neither in the output, nor made by CloudNativePG, nor listed as provided`;
        if (key !== undefined && !keys.includes(key)) return `Secret ${name} has no key ${key} (it has ${keys.join(', ')})`;
        return null;
      };
      out.push(...eachContainer(docs, (w, pod, c, where, o) => {
        for (const f of c.envFrom ?? []) {
          if (f.configMapRef && !has('ConfigMap', f.configMapRef.name)) o.push(`${where}: ConfigMap ${f.configMapRef.name} missing`);
          if (f.secretRef && !secretOk(f.secretRef.name)) o.push(`${where}: ${secretProblem(f.secretRef.name)}`);
        }
        for (const e of c.env ?? []) {
          const s = e.valueFrom?.secretKeyRef;
          const problem = s && secretProblem(s.name, s.key);
          if (problem) o.push(`${where}: env ${e.name}: ${problem}`);
          const m = e.valueFrom?.configMapKeyRef;
          if (m && !has('ConfigMap', m.name)) o.push(`${where}: ConfigMap ${m.name} missing`);
        }
        const env = environment(c, docs);
        const target = jdbcTarget(env.QUARKUS_DATASOURCE_JDBC_URL);
        if (target) {
          const short = target.host.split('.')[0];
          const cluster = docs.find((d) => d.kind === 'Cluster' && `${d.metadata.name}-rw` === short);
          if (cluster) {
            if (cluster.spec.bootstrap?.initdb?.database !== target.database) o.push(`${where}: database ${target.database} is not the one ${label(cluster)} creates`);
            for (const k of ['QUARKUS_DATASOURCE_USERNAME', 'QUARKUS_DATASOURCE_PASSWORD']) {
              if (env[k]?.secret !== `${cluster.metadata.name}-app`) o.push(`${where}: ${k} does not come from ${cluster.metadata.name}-app`);
            }
          } else if (!has('Service', short)) o.push(`${where}: database host ${target.host} is neither a Service nor a Cluster's -rw Service`);
        }
        for (const key of Object.keys(env).filter((k) => /^QUARKUS_REST_CLIENT_.*_URL$/.test(k))) {
          const host = /^https?:\/\/([^:/]+)/.exec(env[key])?.[1];
          if (host && !host.includes('.') && !has('Service', host)) o.push(`${where}: ${key} names Service ${host}, which is missing`);
        }
      }));
      for (const w of workloads(docs)) {
        const spec = podOf(w).spec;
        for (const v of spec.volumes ?? []) {
          if (v.configMap && !has('ConfigMap', v.configMap.name)) out.push(`${label(w)}: volume ${v.name}: ConfigMap ${v.configMap.name} missing`);
          if (v.secret && !secretOk(v.secret.secretName)) out.push(`${label(w)}: volume ${v.name}: Secret ${v.secret.secretName} missing`);
        }
      }
      for (const c of docs.filter((d) => d.kind === 'Cluster')) {
        for (const r of clusterSecretRefs(c)) {
          const problem = secretProblem(r.name, r.key);
          if (problem) out.push(`${label(c)}: ${r.where}: ${problem}`);
        }
      }
      for (const ing of docs.filter((d) => d.kind === 'Ingress')) {
        for (const t of ing.spec.tls ?? []) {
          if (!secretOk(t.secretName)) out.push(`${label(ing)}: TLS Secret ${t.secretName} is neither in the output nor listed as provided`);
        }
        for (const r of ing.spec.rules ?? []) {
          for (const p of r.http?.paths ?? []) {
            const svc = docs.find((d) => d.kind === 'Service' && d.metadata.name === p.backend?.service?.name);
            if (!svc) out.push(`${label(ing)}: backend ${p.backend?.service?.name} missing`);
            else if (!(svc.spec.ports ?? []).some((sp) => sp.name === p.backend.service.port?.name || sp.port === p.backend.service.port?.number)) {
              out.push(`${label(ing)}: backend ${svc.metadata.name} has no port ${JSON.stringify(p.backend.service.port)}`);
            }
          }
        }
      }
      return out;
    },
  },
  {
    id: 'ingress-by-host',
    title: 'the Ingress routes each service on its own host, only /v1, and every host is covered by TLS',
    check: (docs) => {
      const out = [];
      const ings = docs.filter((d) => d.kind === 'Ingress');
      const services = deployments(docs).filter((d) => podOf(d).spec.containers.some(isQuarkusService)).map((d) => d.metadata.name);
      const hostOf = new Map();
      for (const ing of ings) {
        const tlsHosts = new Set((ing.spec.tls ?? []).flatMap((t) => t.hosts ?? []));
        for (const r of ing.spec.rules ?? []) {
          if (!r.host) out.push(`${label(ing)}: a rule without host`);
          else if (!tlsHosts.has(r.host)) out.push(`${label(ing)}: host ${r.host} is not covered by TLS`);
          for (const p of r.http?.paths ?? []) {
            if (p.path !== '/v1') out.push(`${label(ing)}: ${r.host} routes ${p.path}, not only /v1`);
            const name = p.backend?.service?.name;
            if (hostOf.has(name) && hostOf.get(name) !== r.host) out.push(`${name} is served on two hosts`);
            hostOf.set(name, r.host);
          }
        }
      }
      for (const s of services) if (!hostOf.has(s)) out.push(`${s} is not routed by any Ingress`);
      const hosts = [...hostOf.values()];
      if (new Set(hosts).size !== hosts.length) out.push('two services share a host');
      return out;
    },
  },
];

export function rule(id) {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
