// Checks on the literal segments of each path key (given $.paths, field @key).
// Template segments such as {id} are skipped.
//
// options.check:
//   "kebab-case"      /core/path-segments-kebab-case: lowercase letters, digits
//                     and single hyphens between words; the last segment may
//                     start with "_" (a resource operation such as /_zoek).
//                     A file extension is cut off first: it has its own check.
//   "file-extension"  /core/path-segments-kebab-case: no ".ext" on a segment;
//                     content negotiation goes through the Accept header.
//   "no-verbs"        /core/naming-resources: no segment that starts with a verb
//                     that repeats an HTTP method (get-, create-, opvragen ...).
//                     Only these verbs are known to the check; other verbs need
//                     a review by a person. Segments starting with "_" are
//                     resource operations and pass.
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPERATION = /^_[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CRUD_VERBS = [
  // English
  'get', 'fetch', 'retrieve', 'read', 'list', 'create', 'add', 'insert', 'new', 'update', 'modify', 'edit',
  'change', 'set', 'save', 'put', 'post', 'patch', 'delete', 'remove', 'destroy',
  // Dutch
  'opvragen', 'ophalen', 'lezen', 'registreren', 'aanmaken', 'toevoegen', 'maken', 'wijzigen', 'bijwerken',
  'aanpassen', 'opslaan', 'verwijderen', 'wissen',
];

function literalSegments(path) {
  return path.split('/').slice(1).filter((s) => s !== '' && !/^\{[^}]*\}$/.test(s));
}

function firstWord(segment) {
  // "get-gebouwen" -> "get"; "getGebouwen" -> "get"; "gebouwen" -> "gebouwen"
  return segment.split(/[-_.]|(?=[A-Z])/)[0].toLowerCase();
}

export default function pathSegments(path, options, context) {
  if (typeof path !== 'string') return [];
  const check = options?.check;
  const all = literalSegments(path);
  const messages = [];
  all.forEach((segment, i) => {
    const last = i === all.length - 1;
    const dot = segment.indexOf('.');
    if (check === 'file-extension' && dot >= 0) {
      messages.push(`segment "${segment}" of ${path} has a file extension; use one resource and the Accept header`);
    } else if (check === 'kebab-case') {
      const stem = dot >= 0 ? segment.slice(0, dot) : segment;
      if (!(KEBAB.test(stem) || (last && OPERATION.test(stem)))) {
        messages.push(`segment "${segment}" of ${path} is not kebab-case (lowercase letters, digits, hyphens between words)`);
      }
    } else if (check === 'no-verbs' && !segment.startsWith('_') && CRUD_VERBS.includes(firstWord(segment))) {
      messages.push(`segment "${segment}" of ${path} starts with the verb "${firstWord(segment)}"; name the resource with a noun and let the HTTP method say what happens`);
    }
  });
  return messages.map((message) => ({ message, path: context.path }));
}
