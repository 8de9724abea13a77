// Checks that look at every operation of a path item (given $.paths[*]) with
// its resolved responses.
//
// options.check:
//   "version-header"  /core/version-header: every 2xx and 3xx response declares
//                     the API-Version header (name compared case-insensitively).
//                     4xx/5xx are left out: the standard lets an intermediate
//                     component answer an error without it.
//   "invalid-input"   /core/error-handling/invalid-input: an operation that takes
//                     query parameters or a request body declares a 400 response.
//   "problem-details" /core/error-handling/problem-details: every 4xx and 5xx
//                     response has a body, only of application/problem+json or
//                     application/problem+xml, and a JSON problem schema has
//                     status, title and detail as required properties.
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'];
const PROBLEM_TYPES = ['application/problem+json', 'application/problem+xml'];
const PROBLEM_MEMBERS = ['status', 'title', 'detail'];

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Properties and required names of a schema, through allOf. */
function members(schema, seen = new Set()) {
  const props = new Set();
  const required = new Set();
  if (!isObject(schema) || seen.has(schema)) return { props, required };
  seen.add(schema);
  for (const p of Object.keys(isObject(schema.properties) ? schema.properties : {})) props.add(p);
  for (const r of Array.isArray(schema.required) ? schema.required : []) required.add(r);
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const m = members(part, seen);
    m.props.forEach((p) => props.add(p));
    m.required.forEach((r) => required.add(r));
  }
  return { props, required };
}

function queryParameters(pathItem, operation) {
  const all = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  return all.filter((p) => isObject(p) && p.in === 'query');
}

function versionHeader(op, at) {
  const results = [];
  for (const [code, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    if (!/^[23](\d\d|XX)$/i.test(code) || !isObject(response)) continue;
    const headers = Object.keys(isObject(response.headers) ? response.headers : {});
    if (!headers.some((h) => h.toLowerCase() === 'api-version')) {
      results.push({
        message: `response ${code} does not declare the API-Version header (the full version, e.g. 1.0.2)`,
        path: [...at, 'responses', code],
      });
    }
  }
  return results;
}

function invalidInput(pathItem, op, at) {
  const reasons = [];
  if (queryParameters(pathItem, op).length > 0) reasons.push('query parameters');
  if (op.requestBody !== undefined) reasons.push('a request body');
  if (reasons.length === 0 || (isObject(op.responses) && op.responses['400'] !== undefined)) return [];
  return [{
    message: `the operation takes ${reasons.join(' and ')} but declares no 400 response for invalid input`,
    path: [...at, 'responses'],
  }];
}

function problemDetails(op, at) {
  const results = [];
  for (const [code, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    if (!/^[45](\d\d|XX)$/i.test(code) || !isObject(response)) continue;
    const where = [...at, 'responses', code];
    const content = isObject(response.content) ? response.content : {};
    const types = Object.keys(content);
    if (types.length === 0) {
      results.push({ message: `error response ${code} has no body; it must be a problem document (RFC 9457)`, path: where });
      continue;
    }
    for (const type of types) {
      if (!PROBLEM_TYPES.includes(type.toLowerCase())) {
        results.push({
          message: `error response ${code} is ${type}; use application/problem+json or application/problem+xml`,
          path: [...where, 'content', type],
        });
      }
    }
    const json = content['application/problem+json'];
    if (isObject(json)) {
      const { props, required } = members(json.schema);
      const missing = PROBLEM_MEMBERS.filter((m) => !props.has(m) || !required.has(m));
      if (missing.length > 0) {
        results.push({
          message: `the problem schema of response ${code} lacks required ${missing.join(', ')} (status, title and detail must be present)`,
          path: [...where, 'content', 'application/problem+json', 'schema'],
        });
      }
    }
  }
  return results;
}

export default function operations(pathItem, options, context) {
  if (!isObject(pathItem)) return [];
  const results = [];
  for (const method of METHODS) {
    const op = pathItem[method];
    if (!isObject(op)) continue;
    const at = [...context.path, method];
    if (options?.check === 'version-header') results.push(...versionHeader(op, at));
    else if (options?.check === 'invalid-input') results.push(...invalidInput(pathItem, op, at));
    else if (options?.check === 'problem-details') results.push(...problemDetails(op, at));
  }
  return results;
}
