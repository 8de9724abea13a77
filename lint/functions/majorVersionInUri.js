// /core/uri-version: the base path of the API carries the major version as
// "v<major>", and nothing more precise (no /v1.2). Input: the whole document
// (given $). Checks the root servers (there must be at least one, or the base
// path is unknown) and any servers of path items and operations. The major
// version in the URI must be the major of info.version.
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'];

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The server URL with each {variable} replaced by its default. */
function expand(server) {
  const vars = isObject(server.variables) ? server.variables : {};
  return String(server.url).replace(/\{([^}]+)\}/g, (m, name) => (isObject(vars[name]) && vars[name].default !== undefined ? String(vars[name].default) : m));
}

function pathSegments(url) {
  const noScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return noScheme.split(/[?#]/)[0].split('/').filter(Boolean);
}

function check(server, where, major) {
  if (!isObject(server) || typeof server.url !== 'string') return [];
  const url = expand(server);
  const segments = pathSegments(url);
  const exact = segments.filter((s) => /^v\d+$/.test(s));
  const tooPrecise = segments.filter((s) => /^v\d+(\.\d+)+$/.test(s));
  if (tooPrecise.length > 0) {
    return [{ message: `server ${url} has "${tooPrecise[0]}" in its path; only the major version belongs in the URI (v${tooPrecise[0].slice(1).split('.')[0]})`, path: [...where, 'url'] }];
  }
  if (exact.length === 0) {
    return [{ message: `server ${url} has no major version (such as /v1) in its base path`, path: [...where, 'url'] }];
  }
  if (major !== undefined && exact[exact.length - 1] !== `v${major}`) {
    return [{ message: `server ${url} names ${exact[exact.length - 1]} but info.version has major version ${major}`, path: [...where, 'url'] }];
  }
  return [];
}

export default function majorVersionInUri(doc, _options, context) {
  if (!isObject(doc)) return [];
  const m = /^(\d+)\./.exec(isObject(doc.info) && typeof doc.info.version === 'string' ? doc.info.version : '');
  const major = m ? String(Number(m[1])) : undefined;
  const results = [];
  const root = Array.isArray(doc.servers) ? doc.servers : [];
  if (root.length === 0) {
    results.push({ message: 'the document names no servers, so its base path (with the major version, such as /v1) is unknown', path: [...context.path] });
  }
  root.forEach((s, i) => results.push(...check(s, [...context.path, 'servers', i], major)));
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    (Array.isArray(item.servers) ? item.servers : []).forEach((s, i) => results.push(...check(s, [...context.path, 'paths', path, 'servers', i], major)));
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op) || !Array.isArray(op.servers)) continue;
      op.servers.forEach((s, i) => results.push(...check(s, [...context.path, 'paths', path, method, 'servers', i], major)));
    }
  }
  return results;
}
