// Date and time fields (given $..properties[*] on the resolved document: one
// property schema at a time, its name the last element of the path).
//
// options.check:
//   "format"     /core/date-time/format: a field with format date, date-time or
//                time-local is a string; a time of day uses "time-local"
//                (ISO 8601 partial-time), never "time"; a moment uses "date-time"
//                (with an offset), never "date-time-local"; and a string field whose
//                name says it holds a date or a moment (...Date, ...Datum, ...On,
//                ...At, ...Time, ...Tijdstip, ...Timestamp) declares one of
//                those formats.
//   "date-only"  /core/date-time/date-omit-time-portion: a field whose name says
//                it is a date (...Date, ...Datum, ...On, date, datum) uses
//                format date, not date-time.
// Formats and types are read from the schema itself and from the members of
// its allOf/anyOf/oneOf (a nullable date is anyOf [date, null]).
const DATE_NAME = /(^(date|datum)$)|([a-z0-9](Date|Datum|On)$)/;
const MOMENT_NAME = /(^(time|timestamp|tijdstip)$)|([a-z0-9](At|Time|Timestamp|Tijdstip)$)/;
const TEMPORAL = ['date', 'date-time', 'time-local'];

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function collect(schema, out, depth = 0) {
  if (!isObject(schema) || depth > 4) return out;
  if (typeof schema.format === 'string') out.formats.add(schema.format);
  if (typeof schema.type === 'string') out.types.add(schema.type);
  if (Array.isArray(schema.type)) schema.type.forEach((t) => out.types.add(t));
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(schema[key])) schema[key].forEach((s) => collect(s, out, depth + 1));
  }
  return out;
}

export default function dateTimeFields(schema, options, context) {
  if (!isObject(schema)) return [];
  const name = String(context.path[context.path.length - 1]);
  const { formats, types } = collect(schema, { formats: new Set(), types: new Set() });
  const temporal = TEMPORAL.filter((f) => formats.has(f));
  const at = (message) => [{ message, path: context.path }];
  if (options?.check === 'date-only') {
    if (DATE_NAME.test(name) && formats.has('date-time')) {
      return at(`"${name}" is a date: use format date, not date-time (a time portion invites a shift of a day)`);
    }
    return [];
  }
  if (formats.has('time')) {
    return at(`"${name}" uses format time; a time of day uses format time-local (ISO 8601 partial-time)`);
  }
  if (formats.has('date-time-local')) {
    return at(`"${name}" uses format date-time-local; a moment uses format date-time, with its offset`);
  }
  if (temporal.length > 0 && types.size > 0 && !types.has('string')) {
    return at(`"${name}" has format ${temporal[0]} but is not of type string`);
  }
  if (temporal.length === 0 && types.has('string') && (DATE_NAME.test(name) || MOMENT_NAME.test(name))) {
    return at(`"${name}" looks like a date or a moment but declares no format date, date-time or time-local`);
  }
  return [];
}
