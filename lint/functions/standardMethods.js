// /core/http-methods: a path item offers only GET, POST, PUT, PATCH and DELETE.
// Input: one path item (given $.paths[*]). The other fields a path item may
// hold (summary, description, servers, parameters, $ref) and x- extensions
// are not operations and pass.
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const NOT_OPERATIONS = new Set(['summary', 'description', 'servers', 'parameters', '$ref']);

export default function standardMethods(pathItem, _options, context) {
  if (pathItem === null || typeof pathItem !== 'object') return [];
  const results = [];
  for (const key of Object.keys(pathItem)) {
    if (METHODS.has(key) || NOT_OPERATIONS.has(key) || key.startsWith('x-')) continue;
    results.push({
      message: `"${key.toUpperCase()}" is not one of the standard methods GET, POST, PUT, PATCH, DELETE`,
      path: [...context.path, key],
    });
  }
  return results;
}
