// /core/transport/no-sensitive-uris (a partial, mechanical check): no path or
// query parameter whose name says it carries a secret or a personal
// identifier, and no API key sent in the query string. Input: one parameter
// object (given every parameter list) or one security scheme.
// What counts as sensitive beyond these names needs a review by a person.
const SENSITIVE = new Set([
  'password', 'passwd', 'wachtwoord', 'secret', 'clientsecret', 'token', 'accesstoken', 'refreshtoken',
  'idtoken', 'apikey', 'key', 'sessionid', 'session', 'pin', 'bsn', 'burgerservicenummer', 'iban',
]);

function normal(name) {
  return String(name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

export default function sensitiveUriParts(target, _options, context) {
  if (target === null || typeof target !== 'object') return [];
  if (target.type === 'apiKey') {
    return target.in === 'query'
      ? [{ message: `security scheme sends its API key "${target.name}" in the query string, which ends up in logs; use a header`, path: context.path }]
      : [];
  }
  if ((target.in === 'query' || target.in === 'path') && SENSITIVE.has(normal(target.name))) {
    return [{ message: `${target.in} parameter "${target.name}" puts sensitive information in the URI; send it in a header or the body`, path: context.path }];
  }
  return [];
}
