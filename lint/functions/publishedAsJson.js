// /core/publish-openapi (the part a linter can see): the document is JSON, the
// format every API must publish at <base path>/openapi.json. Input: the whole
// document (given $); the raw text is read from the linted file.
// Where and how it is served (no authentication, any origin) is tested by
// the services themselves.
export default function publishedAsJson(_doc, _options, context) {
  const text = typeof context.document?.input === 'string' ? context.document.input : undefined;
  const source = String(context.document?.source ?? '');
  let json = false;
  if (text !== undefined) {
    try {
      JSON.parse(text);
      json = true;
    } catch {
      json = false;
    }
  }
  if (json && /\.json$/i.test(source)) return [];
  return [{ message: `the document must be published as JSON (openapi.json); ${source.split('/').pop() || 'this document'} is not`, path: [] }];
}
