// What the NetworkPolicies of one namespace allow, as a set of flows
// "source -> destination port/protocol".
//
// Endpoints inside the namespace are the pods of each workload (named after
// it) and the instance pods that the CloudNativePG operator creates for each
// Cluster (named after the Cluster, labelled cnpg.io/cluster). Peers outside
// are written as "ns:<namespace selector>[<pod selector>]" or "ip:<cidr>".
// A flow between two pods of the namespace is allowed only when the source's
// egress and the destination's ingress both allow it; a one-sided allowance
// is reported separately. A pod that no policy isolates allows everything
// ("*") in that direction.
import { podOf, selectorMatches, workloads } from './k8s.js';

function endpoints(docs) {
  const list = workloads(docs).map((w) => ({ name: w.metadata.name, labels: podOf(w).labels }));
  for (const c of docs.filter((d) => d.kind === 'Cluster' && d.apiVersion?.startsWith('postgresql.cnpg.io/'))) {
    list.push({ name: c.metadata.name, labels: { 'cnpg.io/cluster': c.metadata.name, 'cnpg.io/podRole': 'instance' } });
  }
  return list;
}

function formatSelector(sel) {
  if (!sel) return '*';
  const parts = [
    ...Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
    ...(sel.matchExpressions ?? []).map((e) => `${e.key}:${e.operator}(${(e.values ?? []).join(",")})`),
  ];
  return parts.length ? parts.join(',') : '*';
}

function peerNames(peer, eps) {
  if (peer.ipBlock) {
    const except = peer.ipBlock.except?.length ? `!${peer.ipBlock.except.join("!")}` : '';
    return [`ip:${peer.ipBlock.cidr}${except}`];
  }
  if (peer.namespaceSelector) {
    return [`ns:${formatSelector(peer.namespaceSelector)}[${formatSelector(peer.podSelector)}]`];
  }
  const matched = eps.filter((e) => selectorMatches(peer.podSelector ?? {}, e.labels)).map((e) => e.name);
  return matched.length ? matched : [`nothing:${formatSelector(peer.podSelector)}`];
}

function portNames(ports) {
  if (!ports || ports.length === 0) return ['*'];
  return ports.map((p) => {
    const range = p.endPort ? `${p.port}-${p.endPort}` : `${p.port ?? '*'}`;
    return `${range}/${p.protocol ?? 'TCP'}`;
  });
}

/** { flows: Set, oneSided: [], unusedPolicies: [] } for a rendered namespace. */
export function allowedFlows(docs) {
  const eps = endpoints(docs);
  const internal = new Set(eps.map((e) => e.name));
  const egress = new Set();
  const ingress = new Set();
  const isolatedIn = new Set();
  const isolatedOut = new Set();
  const unusedPolicies = [];
  for (const p of docs.filter((d) => d.kind === 'NetworkPolicy')) {
    const selected = eps.filter((e) => selectorMatches(p.spec.podSelector ?? {}, e.labels));
    if (selected.length === 0) unusedPolicies.push(p.metadata.name);
    const types = p.spec.policyTypes ?? (p.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
    for (const w of selected) {
      if (types.includes('Ingress')) {
        isolatedIn.add(w.name);
        for (const rule of p.spec.ingress ?? []) {
          const peers = rule.from?.length ? rule.from.flatMap((f) => peerNames(f, eps)) : ['*'];
          for (const src of peers) for (const port of portNames(rule.ports)) ingress.add(`${src} -> ${w.name} ${port}`);
        }
      }
      if (types.includes('Egress')) {
        isolatedOut.add(w.name);
        for (const rule of p.spec.egress ?? []) {
          const peers = rule.to?.length ? rule.to.flatMap((t) => peerNames(t, eps)) : ['*'];
          for (const dst of peers) for (const port of portNames(rule.ports)) egress.add(`${w.name} -> ${dst} ${port}`);
        }
      }
    }
  }
  for (const e of eps) {
    if (!isolatedIn.has(e.name)) ingress.add(`* -> ${e.name} *`);
    if (!isolatedOut.has(e.name)) egress.add(`${e.name} -> * *`);
  }
  const flows = new Set();
  const oneSided = [];
  const parse = (f) => /^(\S+) -> (\S+) (\S+)$/.exec(f);
  for (const f of egress) {
    const [, , dst] = parse(f);
    if (!internal.has(dst)) flows.add(f);
    else if (ingress.has(f)) flows.add(f);
    else oneSided.push(`${f} (egress allowed, ingress not)`);
  }
  for (const f of ingress) {
    const [, src] = parse(f);
    if (!internal.has(src)) flows.add(f);
    else if (!egress.has(f)) oneSided.push(`${f} (ingress allowed, egress not)`);
  }
  return { flows, oneSided, unusedPolicies };
}
