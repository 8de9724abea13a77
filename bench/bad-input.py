#!/usr/bin/env python3
"""Bad input never gives a 5xx: a suite generated from each service's published OpenAPI document.

For every operation with a request body or parameters it sends, one fault at a time on top of a valid request:
missing required fields, nulls, wrong types, overlong strings (beyond maxLength, and very long where there is none),
numbers outside the schema's bounds or their format's range (and extreme ones inside them, which may be accepted),
unknown enum codes, pattern and format violations (ids, dates), too many array
items, control characters, unknown and read-only fields, malformed JSON (truncated, trailing garbage, invalid UTF-8,
deep nesting, huge numbers), oversize bodies (> 256 KiB), wrong media types, bad path ids, bad query parameters and
bad conditional headers. Parents are created first (in the token's municipality) so that real path ids exist;
DELETE is only ever sent with ids that do not exist.

Every answer must be a 4xx `application/problem+json` document (type, title, status, detail) or a 2xx; a 5xx, a
4xx that is not a problem document, or no answer at all is a failure. Prints per service the count sent and the
count per status class, lists every failure with method, path and body, lists bad input that was accepted (2xx)
where the contract says it must be refused, and exits 1 when any failure occurred.

usage:
  bad-input.py [--token TOKEN] [--municipality GM0363] [--initiative-url URL] [--stakeholder-url URL]
               [--assessment-url URL] [--verbose]

Without --token it asks `../speelveld token <municipality>` (the keys of the default data folder). Use a
municipality of its own (default GM0363): accepted bad input stays in that tenant. Python 3 standard library only.
"""
import argparse
import copy
import http.client
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import uuid

BIG = 256 * 1024
REF_MARK = "bad-input-external-ref"
PHASE_MARK = "PHASE_TO_BE_CHOSEN"
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
READ_ONLY = ["id", "municipalityCode", "version", "createdAt", "updatedAt"]
# categories where the contract (docs/api-guide.md, the published schema) says the request must be refused
MUST_REFUSE = {"missing-required", "null-required", "wrong-type", "over-maxLength", "out-of-range", "overflow",
               "unknown-enum", "pattern", "format", "too-many-items", "too-few-items", "unknown-field",
               "read-only-field", "malformed-json", "oversize", "media-type", "bad-path-id", "bad-query",
               "empty-localized", "unknown-reference"}


# the status the conventions name for these faults (docs/api-guide.md): another 4xx is listed, not counted
EXPECTED = {"bad-query": {400}, "malformed-json": {400}, "oversize": {413}, "media-type": {415},
            "wrong-type": {400}, "unknown-field": {400}, "read-only-field": {400}, "missing-required": {400},
            "out-of-range": {400}, "over-maxLength": {400}, "unknown-enum": {400}}


# ------------------------------------------------------------------------------------------------------------ HTTP


class Client:
    def __init__(self, base, token):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.token = token

    def send(self, method, path, body=None, ctype="application/json", headers=None, timeout=60):
        """Sends raw bytes; returns (status or None, content type, body bytes, error)."""
        h = {"Accept": "image/svg+xml" if path.split("?")[0].endswith(".svg") else "application/json"}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        if body is not None:
            if ctype:
                h["Content-Type"] = ctype
            h["Content-Length"] = str(len(body))
        h.update(headers or {})
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            for k, v in h.items():
                conn.putheader(k, v)
            conn.endheaders()
            if body is not None:
                try:
                    conn.send(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # a server may answer (413) and close before it has read an oversize body
            resp = conn.getresponse()
            data = resp.read()
            return resp.status, resp.getheader("Content-Type") or "", data, dict(resp.getheaders())
        except (OSError, http.client.HTTPException) as e:
            return None, "", b"", {"error": f"{type(e).__name__}: {e}"}
        finally:
            conn.close()

    def json(self, method, path, body=None, headers=None, ctype="application/json"):
        raw = json.dumps(body).encode() if body is not None else None
        st, ct, data, hdrs = self.send(method, path, raw, ctype, headers)
        try:
            payload = json.loads(data) if data else None
        except ValueError:
            payload = data[:300]
        return st, payload, hdrs

    def create(self, path, body, headers=None):
        st, payload, hdrs = self.json("POST", path, body, headers)
        if st not in (200, 201):
            raise SystemExit(f"bad-input: could not create a parent with POST {path}: {st} {payload}")
        return payload, hdrs


# ------------------------------------------------------------------------------------------------------ schemas


class Spec:
    def __init__(self, doc):
        self.doc = doc
        servers = [s["url"] for s in doc.get("servers", []) if "localhost" in s.get("url", "")]
        self.prefix = urllib.parse.urlsplit(servers[0]).path.rstrip("/") if servers else ""

    def target(self, ref):
        """What a local $ref (#/components/schemas/…) points at."""
        target = self.doc
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        return target

    def variant(self, schema, value):
        """For a oneOf told apart by a discriminator, the variant that value names (a change of kind SET_VOICE is
        checked against ScenarioSetVoice, not against the first variant); otherwise resolve()."""
        raw, hops = schema, 0
        while isinstance(raw, dict) and "$ref" in raw and hops < 20:
            raw, hops = self.target(raw["$ref"]), hops + 1
        if isinstance(raw, dict) and isinstance(value, dict) and raw.get("oneOf") and raw.get("discriminator"):
            ref = raw["discriminator"].get("mapping", {}).get(value.get(raw["discriminator"].get("propertyName")))
            if ref:
                return self.resolve({"$ref": ref})
        return self.resolve(schema)

    def resolve(self, schema, depth=0):
        """The schema with $ref followed (siblings override) and allOf merged; oneOf/anyOf: the first."""
        if not isinstance(schema, dict) or depth > 20:
            return schema or {}
        s = dict(schema)
        if "$ref" in s:
            merged = dict(self.resolve(self.target(s.pop("$ref")), depth + 1))
            merged.update(s)
            s = merged
        for key in ("oneOf", "anyOf"):
            if key in s and s[key]:
                first = self.resolve(s[key][0], depth + 1)
                s = {**first, **{k: v for k, v in s.items() if k != key}}
        if "allOf" in s:
            merged = {}
            for part in s.pop("allOf"):
                r = self.resolve(part, depth + 1)
                for k, v in r.items():
                    if k == "properties":
                        merged.setdefault("properties", {}).update(v)
                    elif k == "required":
                        merged.setdefault("required", []).extend(v)
                    else:
                        merged[k] = v
            merged.update(s)
            s = merged
        return s


def type_of(s):
    t = s.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if t:
        return t
    if "enum" in s:
        return "string"
    if "properties" in s or "additionalProperties" in s:
        return "object"
    if "items" in s:
        return "array"
    return None


# ------------------------------------------------------------------------------------------------- bad values


def wrong_types(t):
    return {"string": [12345, True, {"nl": "x"}, ["a"]],
            "integer": ["12", "abc", True, 1.5, {"n": 1}],
            "number": ["0.5", "abc", False, [1]],
            "boolean": ["true", 1, "yes", {}],
            "object": ["text", 42, ["a"], True],
            "array": ["text", {"a": 1}, 42]}.get(t, [12345, {"x": 1}])


def string_cases(s, ids):
    out = []
    fmt = s.get("format")
    if "enum" in s:
        codes = s["enum"]
        out += [("unknown-enum", "NOT_A_CODE"), ("unknown-enum", ""), ("unknown-enum", " " + str(codes[0]))]
        if str(codes[0]).lower() not in codes:
            out.append(("unknown-enum", str(codes[0]).lower()))
    if "maxLength" in s:
        out.append(("over-maxLength", "x" * (s["maxLength"] + 1)))
    if fmt == "uuid" or s.get("name") == "Uuid":
        out += [("format", "not-a-uuid"), ("format", "00000000-0000-0000-0000-00000000000g"),
                ("unknown-reference", str(uuid.uuid4())), ("unknown-reference", ids["other-tenant-like"])]
    elif fmt == "date" or re.match(r"^\d{4}-\d\d-\d\d$", str((s.get("examples") or [""])[0])):
        out += [("format", "2026-02-30"), ("format", "01-11-2026"), ("format", "2026-11-01T10:00:00Z"),
                ("format", "+999999999-12-31"), ("format", "-999999999-01-01"), ("extreme-date", "0000-01-01"),
                ("extreme-date", "9999-12-31")]
    elif fmt == "date-time":
        out += [("format", "yesterday"), ("format", "2026-13-01T00:00:00Z"), ("out-of-range", "+999999999-12-31T23:59:59Z")]
    elif "pattern" in s:
        bad = []
        for cand in ("", "   ", "::", "<script>", "a b", "\u00e9", "-"):
            try:
                if not re.search(s["pattern"], cand):
                    bad.append(cand)
            except re.error:
                break
        out += [("pattern", v) for v in bad[:3]]
    out += [("long-string", "y" * 100_000), ("control-chars", "a\u0000b"), ("control-chars", "a\ud800b"),
            ("control-chars", "\u202e\u0007\u001b[31m")]
    return out


FORMAT_RANGE = {"int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1),
                "float": (-3.4028235e38, 3.4028235e38)}


def outside_schema(s, t, v):
    """Whether v breaks the schema's bounds or its format's range (the JSON type aside)."""
    lo, hi = FORMAT_RANGE.get(s.get("format"), (None, None))
    if t == "integer" and s.get("format") is None:
        lo, hi = FORMAT_RANGE["int64"]
    if "minimum" in s:
        lo = s["minimum"] if lo is None else max(lo, s["minimum"])
    if "maximum" in s:
        hi = s["maximum"] if hi is None else min(hi, s["maximum"])
    if "exclusiveMinimum" in s and not isinstance(s["exclusiveMinimum"], bool) and v <= s["exclusiveMinimum"]:
        return True
    if "exclusiveMaximum" in s and not isinstance(s["exclusiveMaximum"], bool) and v >= s["exclusiveMaximum"]:
        return True
    return (lo is not None and v < lo) or (hi is not None and v > hi)


def number_cases(s, t):
    out = []
    if "maximum" in s:
        out.append(("out-of-range", s["maximum"] + 1))
    if "minimum" in s:
        out.append(("out-of-range", s["minimum"] - 1))
    if "exclusiveMaximum" in s and not isinstance(s["exclusiveMaximum"], bool):
        out.append(("out-of-range", s["exclusiveMaximum"]))
    if "exclusiveMinimum" in s and not isinstance(s["exclusiveMinimum"], bool):
        out.append(("out-of-range", s["exclusiveMinimum"]))
    # extreme values: a refusal is owed only where the schema's bounds or format exclude them (2 ** 31 is a valid
    # int64 up to 10,000,000,000, 1e308 a valid double without bounds); elsewhere they must just never give a 5xx
    for v in (2 ** 31, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, -1, 1e308):
        if outside_schema(s, t, v):
            out.append(("overflow" if abs(v) > 2 ** 30 else "out-of-range", v))
        else:
            out.append(("extreme-value", v))
    if t == "integer":
        out.append(("wrong-type", 2.5))
    return out


def example_of(spec, s, ids, key=""):
    """A plausible valid value for a schema (for array items and required fields)."""
    s = spec.resolve(s)
    t = type_of(s)
    if "enum" in s:
        return s["enum"][0]
    if "examples" in s and s["examples"]:
        return s["examples"][0]
    if "example" in s:
        return s["example"]
    if t == "string":
        if s.get("format") == "uuid":
            return id_for(key, ids)
        if s.get("format") == "date":
            return "2026-10-01"
        return "tekst"
    if t in ("integer", "number"):
        return s.get("minimum", 1)
    if t == "boolean":
        return True
    if t == "array":
        return [example_of(spec, s.get("items", {}), ids, key)]
    if t == "object":
        if "properties" in s:
            return {k: example_of(spec, v, ids, k) for k, v in s["properties"].items() if k in s.get("required", [])}
        return {"nl": "tekst"}
    return "tekst"


def id_for(key, ids):
    k = key.lower()
    if "represented" in k or "constituency" in k:
        return ids["group2"]
    if "group" in k:
        return ids["group"]
    if "interestidb" in k:
        return ids["interest2"]
    if "interest" in k:
        return ids["interest"]
    if "issue" in k:
        return ids["issue"]
    if "profile" in k:
        return ids["population"]
    if "initiative" in k:
        return ids["initiative"]
    return ids["initiative"]


def with_real_ids(value, ids, key=""):
    """The spec's example with its (made-up) ids replaced by ids that exist in this tenant."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "supersedes":
                continue
            out[k] = with_real_ids(v, ids, k)
        return out
    if isinstance(value, list):
        return [with_real_ids(v, ids, key) for v in value]
    if isinstance(value, str) and UUID_RE.match(value):
        return id_for(key, ids)
    return value


def body_cases(spec, schema, base, ids):
    """(category, description, body) one fault at a time; body is a JSON value or raw bytes."""
    s = spec.resolve(schema)
    cases = []
    if not isinstance(base, dict):
        # a body that is no JSON object (POST /v1/imports takes an NDJSON file as text): there are no fields to
        # leave out or add; its refusals are the import's own tests (ExportImportTest), the raw cases still run
        return cases
    props = s.get("properties", {})
    required = s.get("required", [])

    def put(path, value):
        b = copy.deepcopy(base)
        target = b
        for p in path[:-1]:
            target = target[p]
        target[path[-1]] = value
        return b

    def remove(path):
        b = copy.deepcopy(base)
        target = b
        for p in path[:-1]:
            target = target[p]
        target.pop(path[-1], None)
        return b

    def field_cases(path, fs, req, depth):
        name = ".".join(str(p) for p in path)
        fs = spec.variant(fs, get_path(base, path))
        t = type_of(fs)
        if req:
            cases.append(("missing-required", f"without {name}", remove(path)))
            cases.append(("null-required", f"{name}: null", put(path, None)))
        else:
            cases.append(("null-optional", f"{name}: null", put(path, None)))
        for v in wrong_types(t):
            cases.append(("wrong-type", f"{name}: {json.dumps(v)}", put(path, v)))
        if t == "string":
            for cat, v in string_cases(fs, ids):
                cases.append((cat, f"{name}: {short(v)}", put(path, v)))
        elif t in ("integer", "number"):
            for cat, v in number_cases(fs, t):
                cases.append((cat, f"{name}: {v}", put(path, v)))
        elif t == "array":
            current = get_path(base, path)
            first = current[0] if isinstance(current, list) and current else None
            items = spec.variant(fs.get("items", {}), first)
            sample = first if first is not None else example_of(spec, items, ids, path[-1])
            if "maxItems" in fs:
                cases.append(("too-many-items", f"{name}: {fs['maxItems'] + 1} items",
                              put(path, [copy.deepcopy(sample) for _ in range(fs["maxItems"] + 1)])))
            if fs.get("minItems", 0) > 0:
                cases.append(("too-few-items", f"{name}: []", put(path, [])))
            cases.append(("wrong-type", f"{name}: [null]", put(path, [None])))
            it = type_of(items)
            for v in wrong_types(it)[:2]:
                cases.append(("wrong-type", f"{name}[0]: {json.dumps(v)}", put(path, [v])))
            if it == "string":
                for cat, v in string_cases(items, ids):
                    if cat in ("long-string",):
                        continue
                    cases.append((cat, f"{name}[0]: {short(v)}", put(path, [v])))
            elif it in ("integer", "number"):
                for cat, v in number_cases(items, it)[:3]:
                    cases.append((cat, f"{name}[0]: {v}", put(path, [v])))
            elif it == "object" and depth < 2 and isinstance(sample, dict):
                b2 = put(path, [copy.deepcopy(sample)])
                sub = spec.resolve(items)
                for k, v in sub.get("properties", {}).items():
                    nested = body_cases_nested(spec, b2, path + [0, k], v, k in sub.get("required", []), ids)
                    cases.extend(nested)
                cases.append(("unknown-field", f"{name}[0].unknownField", put(path, [{**sample, "unknownField": 1}])))
        elif t == "object":
            if "properties" in fs and depth < 2:
                current = get_path(base, path)
                sub_base = current if isinstance(current, dict) else example_of(spec, fs, ids, path[-1])
                b2 = put(path, copy.deepcopy(sub_base))
                for k, v in fs["properties"].items():
                    cases.extend(body_cases_nested(spec, b2, path + [k], v, k in fs.get("required", []), ids))
                cases.append(("unknown-field", f"{name}.unknownField", put(path, {**sub_base, "unknownField": 1})))
            else:  # a map, e.g. a localized text {"nl": "..."}
                ap = fs.get("additionalProperties")
                vt = type_of(spec.resolve(ap)) if isinstance(ap, dict) else None
                cases.append(("empty-localized", f"{name}: {{}}", put(path, {})))
                if vt == "string":
                    cases.extend([("unknown-field", f"{name}: unknown language key", put(path, {"not a language!": "x"})),
                              ("wrong-type", f"{name}.nl: 5", put(path, {"nl": 5})),
                              ("wrong-type", f"{name}.nl: null", put(path, {"nl": None})),
                              ("empty-localized", f"{name}.nl: \"\"", put(path, {"nl": ""})),
                              ("long-string", f"{name}.nl: 100000 chars", put(path, {"nl": "z" * 100_000})),
                              ("control-chars", f"{name}.nl: NUL", put(path, {"nl": "a\u0000b"})),
                              ("control-chars", f"{name}.nl: lone surrogate", put(path, {"nl": "a\ud800b"})),
                              ("long-string", f"{name}: 2000 keys", put(path, {f"x{i}": "t" for i in range(2000)}))])
                elif vt in ("number", "integer"):
                    vs = spec.resolve(ap)
                    cases.extend([("wrong-type", f"{name}: {{key: \"a\"}}", put(path, {"band.fi5.hi": "a"})),
                              ("unknown-field", f"{name}: unknown key", put(path, {"no.such.key": 0.5}))])
                    for v in (-1e308, 1e308):
                        cat = "out-of-range" if outside_schema(vs, vt, v) else "extreme-value"
                        cases.append((cat, f"{name}: {v}", put(path, {"band.fi5.hi": v})))

    def body_cases_nested(spec_, b2, path, fs, req, ids_):
        nonlocal base
        saved = base
        base = b2
        before = len(cases)
        field_cases(path, fs, req, len(path))
        base = saved
        new = cases[before:]
        del cases[before:]
        return new

    for k, v in props.items():
        field_cases([k], v, k in required, 1)
    if required:
        cases.append(("missing-required", "{} (every required field missing)", {}))
    cases.append(("unknown-field", "unknownField at the top", {**base, "unknownField": "x"}))
    cases.append(("unknown-field", "tenant in the body (municipalityCode)", {**base, "municipalityCode": "GM0344"}))
    for ro in READ_ONLY:
        value = {"id": str(uuid.uuid4()), "version": 7, "createdAt": "2026-01-01T00:00:00Z",
                 "updatedAt": "2026-01-01T00:00:00Z", "municipalityCode": "GM0363"}[ro]
        cases.append(("read-only-field", f"read-only {ro}", {**base, ro: value}))
    return cases


def get_path(value, path):
    for p in path:
        try:
            value = value[p]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def short(v):
    text = json.dumps(v, ensure_ascii=True) if not isinstance(v, str) else json.dumps(v, ensure_ascii=True)
    return text if len(text) <= 60 else f"{text[:40]}...({len(text)} chars)"


def raw_cases(base):
    good = json.dumps(base).encode()
    deep = ("[" * 5000 + "]" * 5000).encode()
    return [
        ("malformed-json", "truncated JSON", good[: max(1, len(good) // 2)]),
        ("malformed-json", "trailing garbage", good + b"garbage"),
        ("malformed-json", "trailing comma", good[:-1] + b",}"),
        ("malformed-json", "not JSON at all", b"this is not json"),
        ("malformed-json", "empty body", b""),
        ("malformed-json", "JSON null", b"null"),
        ("malformed-json", "JSON array", b"[]"),
        ("malformed-json", "JSON string", b'"text"'),
        ("malformed-json", "JSON number", b"42"),
        ("malformed-json", "invalid UTF-8", b'{"x": "\xff\xfe\xfd"}'),
        ("malformed-json", "single quotes", b"{'a': 1}"),
        ("malformed-json", "comment", b"/* c */ " + good),
        ("malformed-json", "byte-order mark", b"\xef\xbb\xbf" + good),
        ("malformed-json", "deeply nested arrays (5000)", deep),
        ("malformed-json", "deeply nested objects (5000)", (b'{"a":' * 5000) + b"1" + (b"}" * 5000)),
        ("malformed-json", "number with 5000 digits", good[:-1] + b', "n": ' + b"9" * 5000 + b"}"),
        ("malformed-json", "NaN literal", good[:-1] + b', "n": NaN}'),
        ("malformed-json", "duplicate key", b'{"a": 1, "a": 2}' if not base else good[:-1] + b", " + good[1:]),
        ("malformed-json", "unterminated string", b'{"a": "abc'),
        ("malformed-json", "NUL byte in the body", good[:1] + b"\x00" + good[1:]),
        ("oversize", "valid JSON of 300 KiB (padding field)", good[:-1] + b', "padding": "' + b"p" * (300 * 1024) + b'"}'),
        ("oversize", "1 MiB of junk", b"{" + b"a" * (1024 * 1024)),
        ("oversize", "valid JSON of 5 MiB", good[:-1] + b', "padding": "' + b"p" * (5 * 1024 * 1024) + b'"}'),
    ]


# ------------------------------------------------------------------------------------------------------ parents


def make_parents(ini, sth, ass):
    ids = {"other-tenant-like": str(uuid.uuid4())}
    i, _ = ini.create("/v1/initiatives", {"title": {"nl": "Bad-input ouder"}, "type": "COPRODUCTION",
                                          "primaryDomain": "GREEN_PUBLIC_SPACE"})
    ids["initiative"] = i["id"]
    ids["issue"] = ini.create(f"/v1/initiatives/{i['id']}/issues", {"label": {"nl": "Kwestie A"}})[0]["id"]
    ids["issue2"] = ini.create(f"/v1/initiatives/{i['id']}/issues", {"label": {"nl": "Kwestie B"}})[0]["id"]
    ids["problemDefinition"] = ini.create(f"/v1/initiatives/{i['id']}/problem-definitions",
                                          {"statement": {"nl": "Afbakening"}, "issueIdsInScope": [ids["issue"]]})[0]["id"]
    g = {"initiativeId": i["id"], "source": "BROADER_PUBLIC", "affected": True, "voice": "NOT_INVOLVED"}
    ids["group"] = sth.create("/v1/stakeholder-groups", {**g, "name": "Groep een"})[0]["id"]
    ids["group2"] = sth.create("/v1/stakeholder-groups", {**g, "name": "Groep twee"})[0]["id"]
    ids["roleObservation"] = ini.create(f"/v1/initiatives/{i['id']}/role-observations", {
        "kind": "TAKEN", "holderSource": "PUBLIC_ORGANISATION", "role": "FACILITATE", "observedOn": "2026-09-01"})[0]["id"]
    ids["keyDecision"] = ini.create(f"/v1/initiatives/{i['id']}/key-decisions", {
        "subject": "Besluit", "decidedOn": "2026-01-10", "decidedBy": "CITIZENS"})[0]["id"]
    st, cur, hdrs = ini.json("GET", f"/v1/initiatives/{i['id']}")
    ids["phaseTransition"] = ini.create(f"/v1/initiatives/{i['id']}/phase-transitions",
                                        {"to": "EXPLORATION", "reason": "Verder"},
                                        {"If-Match": hdrs.get("ETag") or f'"{cur["version"]}"'})[0]["id"]
    it = {"initiativeId": i["id"], "issueId": ids["issue"], "kind": "INTEREST", "recordedOn": "2026-10-01"}
    ids["interest"] = sth.create("/v1/interests", {**it, "groupId": ids["group"], "stance": "SUPPORT"})[0]["id"]
    ids["interest2"] = sth.create("/v1/interests", {**it, "groupId": ids["group2"], "stance": "OPPOSE"})[0]["id"]
    ids["population"] = sth.create("/v1/population-profiles", {
        "name": "Bevolking", "basis": "ALL_RESIDENTS",
        "shares": [{"dimension": "TENURE", "category": "OWNER", "value": 0.6},
                   {"dimension": "TENURE", "category": "SOCIAL_RENT", "value": 0.4}]})[0]["id"]
    ids["participantProfile"] = sth.create("/v1/participant-profiles", {
        "initiativeId": i["id"], "groupId": ids["group"], "scope": "MEMBERS", "measuredOn": "2026-09-01", "n": 10,
        "referenceProfileId": ids["population"],
        "counts": [{"dimension": "TENURE", "category": "OWNER", "count": 10}]})[0]["id"]
    ids["coreGroupSnapshot"] = sth.create("/v1/core-group-snapshots", {
        "initiativeId": i["id"], "groupId": ids["group"], "takenOn": "2026-10-01", "coreSize": 5,
        "coreJoinedLast24Months": 1})[0]["id"]
    ids["consultation"] = sth.create("/v1/constituency-consultations", {
        "initiativeId": i["id"], "representativeGroupId": ids["group"], "heldOn": "2026-06-01",
        "method": "SURVEY", "constituencySize": 100, "respondents": 20})[0]["id"]
    ids["representation"] = sth.create("/v1/representations", {
        "representativeGroupId": ids["group"], "representedGroupId": ids["group2"], "basis": "ELECTED_MANDATE"})[0]["id"]
    ids["conflictOverride"] = sth.create("/v1/conflict-overrides", {
        "interestIdA": ids["interest"], "interestIdB": ids["interest2"], "relation": "COMPATIBLE",
        "reason": "Past samen"})[0]["id"]
    ids["assessment"] = ass.create("/v1/assessments", {"initiativeId": i["id"], "asOf": "2026-11-01"})[0]["id"]
    ids["decisionRecord"] = ass.create(f"/v1/assessments/{ids['assessment']}/decision-records", {
        "axis": "FEASIBILITY_INCLUSIVITY", "choice": "KEEP_FOCUS", "rationale": "Haalbaar",
        "decidedOn": "2026-11-01"})[0]["id"]
    st, cur, _ = ass.json("GET", "/v1/threshold-sets/current")
    ids["thresholdVersion"] = (cur or {}).get("version") or (cur or {}).get("id") or "default-1"
    st, voc, _ = ini.json("GET", "/v1/vocabularies")
    ids["vocabulary"] = ((voc or {}).get("items") or [{}])[0].get("name", "InitiativeType")
    st, voc, _ = sth.json("GET", "/v1/vocabularies")
    ids["vocabulary-stakeholder"] = ((voc or {}).get("items") or [{}])[0].get("name", "VoiceMode")
    # a webhook subscription of each service (each has its own event types and its own ids)
    for service, client, resource in (("initiative-service", ini, "initiative"),
                                      ("stakeholder-service", sth, "stakeholder-group"),
                                      ("assessment-service", ass, "assessment")):
        ids["webhook-" + service] = client.create("/v1/webhook-subscriptions", {
            "url": "https://portal.example.nl/hooks/speelveld",
            "types": [f"nl.speelveld.{resource}.created.v1"]})[0]["id"]
    # victims: PATCH and PUT change what they are sent to; these keep the parents above as they are
    v, _ = ini.create("/v1/initiatives", {"title": {"nl": "Bad-input wijzigingen"}, "type": "COPRODUCTION"})
    ids["v-initiative"] = v["id"]
    ids["v-issue"] = ini.create(f"/v1/initiatives/{v['id']}/issues", {"label": {"nl": "Kwestie V"}})[0]["id"]
    ids["v-group"] = sth.create("/v1/stakeholder-groups", {**g, "name": "Groep V"})[0]["id"]
    ids["v-interest"] = sth.create("/v1/interests", {**it, "groupId": ids["v-group"], "stance": "SUPPORT"})[0]["id"]
    return ids


def sparse_records(ini, sth, ass, report):
    """Valid records with only their required fields must not break the reads that use them: after each one,
    POST /v1/assessments on their initiative must still answer 201. A failure is recorded with the record that
    caused it; then the script waits out assessment-service's circuit breaker (5 s) so later cases are not hit."""
    i, _ = ini.create("/v1/initiatives", {"title": {"nl": "Bad-input kale records"}, "type": "CITIZEN_INITIATIVE"})
    iid = i["id"]
    issue = ini.create(f"/v1/initiatives/{iid}/issues", {"label": {"nl": "K"}})[0]["id"]
    g1 = sth.create("/v1/stakeholder-groups", {"initiativeId": iid, "name": "Kaal een"})[0]["id"]
    g2 = sth.create("/v1/stakeholder-groups", {"initiativeId": iid, "name": "Kaal twee"})[0]["id"]
    records = [
        ("/v1/interests", {"initiativeId": iid, "groupId": g1, "issueId": issue, "kind": "WISH", "stance": "SUPPORT"}),
        ("/v1/interests", {"initiativeId": iid, "groupId": g2, "issueId": issue, "kind": "WISH", "stance": "OPPOSE"}),
        ("/v1/participant-profiles", {"initiativeId": iid, "groupId": g1, "scope": "CORE_GROUP",
                                      "measuredOn": "2026-09-01", "n": 3,
                                      "counts": [{"dimension": "TENURE", "category": "OWNER", "count": 3}]}),
        ("/v1/core-group-snapshots", {"initiativeId": iid, "groupId": g1, "takenOn": "2026-10-01", "coreSize": 3,
                                      "coreJoinedLast24Months": 0}),
        ("/v1/representations", {"representativeGroupId": g1, "representedGroupId": g2, "basis": "SELF_APPOINTED"}),
        ("/v1/constituency-consultations", {"initiativeId": iid, "representativeGroupId": g1,
                                            "heldOn": "2026-06-01"}),
    ]
    ini.create(f"/v1/initiatives/{iid}/role-observations", {"kind": "TAKEN", "holderSource": "POLITICS",
                                                             "role": "DIRECT", "observedOn": "2026-09-01"})
    ini.create(f"/v1/initiatives/{iid}/key-decisions", {"subject": "Kaal", "decidedOn": "2026-01-10",
                                                         "decidedBy": "JOINT"})
    broken = None
    for path, body in records:
        st, payload, _ = sth.json("POST", path, body)
        if st not in (200, 201):
            report.notes.append(f"sparse record POST {path} {json.dumps(body)} was refused: {st} {payload}")
            continue
        code, ct, data, _ = ass.send("POST", "/v1/assessments",
                                     json.dumps({"initiativeId": iid, "asOf": "2026-11-01"}).encode())
        report.record("assessment-service", "POST", "/v1/assessments", "sparse-valid",
                      f"after a valid {path} with only its required fields: {json.dumps(body)}",
                      json.dumps({"initiativeId": iid, "asOf": "2026-11-01"}).encode(), code, ct, data)
        if code != 201:
            broken = (path, body, code, data)
            report.notes.append(f"POST /v1/assessments answers {code} for an initiative once it has a valid "
                                f"{path} record with only its required fields {json.dumps(body)}: "
                                f"{data[:300].decode(errors='replace')}")
            break
    if broken:
        time.sleep(6)  # assessment-service's circuit breaker (delay 5 s) must not colour the cases that follow


def breaker_isolation(ass, ids, report):
    """Requests of one client that are rightly refused (unknown initiativeId: 400) must not make assessment-service
    refuse the next valid request of anyone else. Three unknown ids, then one valid assessment."""
    time.sleep(6)
    for _ in range(3):
        body = json.dumps({"initiativeId": str(uuid.uuid4())}).encode()
        st, ct, data, _ = ass.send("POST", "/v1/assessments", body)
        report.record("assessment-service", "POST", "/v1/assessments", "unknown-reference",
                      "initiativeId: a random id (isolation check, 1 of 3)", body, st, ct, data)
    body = json.dumps({"initiativeId": ids["initiative"], "asOf": "2026-11-01"}).encode()
    st, ct, data, _ = ass.send("POST", "/v1/assessments", body)
    report.record("assessment-service", "POST", "/v1/assessments", "isolation",
                  "a VALID assessment right after three requests with unknown initiativeIds", body, st, ct, data)
    if st != 201:
        report.notes.append(f"a valid POST /v1/assessments answered {st} right after three requests with unknown "
                            "initiativeIds (each answered 400 or 503): refused requests open a circuit breaker that "
                            "then refuses everyone's assessments")
    time.sleep(6)


SEGMENT_IDS = {"initiatives": "initiative", "issues": "issue", "key-decisions": "keyDecision",
               "phase-transitions": "phaseTransition", "problem-definitions": "problemDefinition",
               "role-observations": "roleObservation", "stakeholder-groups": "group", "interests": "interest",
               "conflict-overrides": "conflictOverride", "constituency-consultations": "consultation",
               "core-group-snapshots": "coreGroupSnapshot", "participant-profiles": "participantProfile",
               "population-profiles": "population", "representations": "representation",
               "assessments": "assessment", "decision-records": "decisionRecord",
               "threshold-sets": "thresholdVersion", "interest-matrices": "initiative",
               "stakeholder-maps": "initiative", "assessment-timelines": "initiative",
               "participation-reports": "initiative"}


def path_values(path, method, ids, service):
    """A real value for every path parameter; PATCH and PUT get the victims."""
    values = {}
    segments = path.strip("/").split("/")
    for i, seg in enumerate(segments):
        m = re.fullmatch(r"\{(\w+)\}", seg)
        if not m:
            continue
        name = m.group(1)
        prev = segments[i - 1] if i else ""
        key = SEGMENT_IDS.get(prev)
        if prev == "vocabularies":
            key = "vocabulary-stakeholder" if service == "stakeholder-service" else "vocabulary"
        if prev == "webhook-subscriptions":
            key = "webhook-" + service
        if key is None:
            key = "initiative"
        if method in ("PATCH", "PUT") and "v-" + key in ids:
            key = "v-" + key
        values[name] = str(ids[key])
    return values


def fill(path, values):
    return re.sub(r"\{(\w+)\}", lambda m: urllib.parse.quote(values[m.group(1)], safe=""), path)


def etag_path(path, method):
    """Where the If-Match of a write comes from: the resource itself, or its parent for sub-actions."""
    if method == "PATCH":
        return path
    for suffix in ("/response", "/phase-transitions"):
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


# ---------------------------------------------------------------------------------------------------------- run


class Report:
    def __init__(self):
        self.by_service = {}
        self.failures = []
        self.accepted = []
        self.base = []
        self.notes = []
        self.odd = []

    def record(self, service, method, path, category, what, body, st, ct, data, retry=None):
        s = self.by_service.setdefault(service, {"sent": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, "none": 0,
                                                 "non-problem 4xx": 0})
        s["sent"] += 1
        if st is None:
            s["none"] += 1
            self.failures.append((service, "NO ANSWER", method, path, category, what, body, st, data))
            return
        s[f"{st // 100}xx"] = s.get(f"{st // 100}xx", 0) + 1
        if st >= 500:
            self.failures.append((service, "5xx", method, path, category, what, body, st,
                                  data + (f"\n    same request again after 6 s: {retry}".encode() if retry else b"")))
        elif category in EXPECTED and st not in EXPECTED[category] and 400 <= st < 500:
            self.odd.append((service, method, path, category, what, st))
        elif 400 <= st < 500:
            problem = problem_issue(st, ct, data)
            if problem:
                s["non-problem 4xx"] += 1
                self.failures.append((service, "NON-PROBLEM 4xx: " + problem, method, path, category, what, body,
                                      st, data))
        elif 200 <= st < 300 and category in MUST_REFUSE:
            self.accepted.append((service, method, path, category, what, st))


def problem_issue(st, ct, data):
    if "application/problem+json" not in ct.lower():
        return f"Content-Type {ct or '(none)'}"
    try:
        doc = json.loads(data)
    except ValueError:
        return "body is not JSON"
    if not isinstance(doc, dict):
        return "body is not an object"
    missing = [k for k in ("type", "title", "status", "detail") if k not in doc]
    if missing:
        return "problem document without " + ", ".join(missing)
    if doc.get("status") != st:
        return f"problem status {doc.get('status')} differs from HTTP {st}"
    return None


def show_body(body):
    if body is None:
        return "(none)"
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    text = raw.decode("utf-8", errors="backslashreplace")
    return text if len(text) <= 1000 else f"{text[:900]}...({len(raw)} bytes)"


def run_service(name, client, spec, ids, report, verbose):
    for path, ops in spec.doc["paths"].items():
        for method, op in ops.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            M = method.upper()
            params = [spec.resolve(p) for p in op.get("parameters", [])]
            rb = op.get("requestBody")
            if not rb and not params:
                continue
            full = spec.prefix + path
            values = path_values(full, M, ids, name)
            real_path = fill(full, values)
            header_names = {p["name"] for p in params if p.get("in") == "header"}

            def send(category, what, body=None, raw=None, ctype="application/json", url=None, headers=None):
                h = dict(headers or {})
                target = url or real_path
                if "If-Match" in header_names and "If-Match" not in h:
                    st0, _, hd = client.json("GET", etag_path(target, M))
                    if hd.get("ETag") or hd.get("Etag"):
                        h["If-Match"] = hd.get("ETag") or hd.get("Etag")
                data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
                if data is None and ctype and rb:
                    data = b""
                if data and REF_MARK.encode() in data:
                    data = data.replace(REF_MARK.encode(), f"bad-input-{uuid.uuid4()}".encode())
                if data and PHASE_MARK.encode() in data:
                    _, cur, _ = client.json("GET", etag_path(target, M))
                    phase = (cur or {}).get("phase") if isinstance(cur, dict) else None
                    data = data.replace(PHASE_MARK.encode(), b"DESIGN" if phase != "DESIGN" else b"IMPLEMENTATION")
                st, ct, resp, _ = client.send(M, target, data, ctype if data is not None else None, h)
                retry = None
                if st == 503:
                    # a 503 may be assessment-service's circuit breaker, opened by an earlier case: wait it out,
                    # send the same request again and show both answers (the first one is what is counted)
                    time.sleep(6)
                    if "If-Match" in header_names and "If-Match" not in (headers or {}):
                        _, _, hd = client.json("GET", etag_path(target, M))
                        h["If-Match"] = hd.get("ETag") or hd.get("Etag") or h.get("If-Match", "")
                    retry, _, rdata, _ = client.send(M, target, data, ctype if data is not None else None, h)
                    retry = f"{retry} {rdata[:160].decode(errors='replace')}"
                report.record(name, M, target, category, what, data if data is not None else None, st, ct, resp,
                              retry)
                if verbose:
                    print(f"  {st} {M} {target} [{category}] {what}")
                return st, resp

            # path parameters: bad ids (DELETE only ever gets these)
            for pname in values:
                for bad in ("not-a-uuid", str(uuid.uuid4()), "0", "-1", "%00", "..%2F..%2Fetc", "x" * 5000,
                            "' OR '1'='1", "%ZZ", "null"):
                    v = dict(values)
                    v[pname] = bad
                    url = re.sub(r"\{(\w+)\}", lambda m: v[m.group(1)] if m.group(1) == pname and bad.startswith(("%", ".."))
                                 else urllib.parse.quote(v[m.group(1)], safe=""), full)
                    body = None
                    if rb:
                        body = base_body(spec, rb, ids)
                    send("bad-path-id", f"{pname}={short(bad)}", body=body, url=url,
                         ctype=first_ctype(rb) if rb else None)
            if M == "DELETE":
                for p in params:
                    if p.get("in") == "query":
                        v = dict(values)
                        for k in v:
                            v[k] = str(uuid.uuid4())
                        for bad in ("maybe", "x" * 3000):
                            send("bad-query", f"{p['name']}={short(bad)} on an unknown id",
                                 url=fill(full, v) + "?" + urllib.parse.urlencode({p["name"]: bad}))
                continue
            # query parameters
            for p in params:
                if p.get("in") != "query":
                    continue
                s = spec.resolve(p.get("schema", {}))
                t = type_of(s)
                bads = []
                if t in ("integer", "number"):
                    bads = [("bad-query", x) for x in ("abc", "1.5", "", "-1", "0", "101", "99999999999999999999",
                                                        "1e3", "0x10", " 5")]
                    if "maximum" in s:
                        bads.append(("bad-query", str(s["maximum"] + 1)))
                elif t == "string":
                    bads = [(c, v) for c, v in string_cases(s, ids) if c != "long-string"]
                    bads += [("bad-query", "x" * 3000), ("bad-query", "%"), ("bad-query", "\u0000")]
                    if p["name"] == "cursor":
                        bads += [("bad-query", "garbage"), ("bad-query", "eyJhIjoxfQ"), ("bad-query", "a.b.c")]
                for cat, bad in bads:
                    if cat == "unknown-reference":
                        cat = "unknown-filter-id"  # a filter on an unknown id may well answer an empty list
                    if cat in ("over-maxLength",) or cat.startswith("control"):
                        cat = "bad-query" if cat == "over-maxLength" else cat
                    q = urllib.parse.urlencode({p["name"]: bad if isinstance(bad, str) else json.dumps(bad)},
                                               errors="surrogatepass")
                    send(cat if cat != "unknown-enum" else "bad-query", f"?{p['name']}={short(bad)}",
                         body=base_body(spec, rb, ids) if rb else None, url=real_path + "?" + q,
                         ctype=first_ctype(rb) if rb else None)
                if p["name"] == "limit":
                    send("bad-query", "?limit twice", url=real_path + "?limit=1&limit=500")
            # header parameters
            for p in params:
                if p.get("in") != "header":
                    continue
                hn = p["name"]
                bads = {"If-Match": ["garbage", 'W/"0"', '"999999"', "*", '"' + "9" * 40 + '"', ""],
                        "If-None-Match": ["garbage", "*", '"' + "9" * 400 + '"', "\u00e9"],
                        "Idempotency-Key": ["", "k" * 300, "k" * 5000, "\u00e9\u00e9"],
                        "Accept-Language": ["xx-!!", "*;q=abc", "nl-" + "x" * 300, ""]}.get(hn, ["x" * 3000])
                for bad in bads:
                    cat = "bad-header"
                    try:
                        bad.encode("latin-1")
                    except UnicodeEncodeError:
                        continue
                    send(cat, f"{hn}: {short(bad)}", body=base_body(spec, rb, ids) if rb else None,
                         headers={hn: bad}, ctype=first_ctype(rb) if rb else None)
            if not rb:
                continue
            # request bodies
            ctype = first_ctype(rb)
            schema = rb["content"][ctype].get("schema", {})
            base = base_body(spec, rb, ids)
            st, resp = send("base", "the valid base request", body=base, ctype=ctype)
            report.base.append((name, M, full, st, resp[:300] if st and st >= 300 else b""))
            for cat, what, body in body_cases(spec, schema, base, ids):
                send(cat, what, body=body, ctype=ctype)
            for cat, what, raw in raw_cases(base):
                send(cat, what, raw=raw, ctype=ctype)
            send("media-type", "Content-Type text/plain", raw=json.dumps(base).encode(), ctype="text/plain")
            send("media-type", "Content-Type application/xml", raw=b"<a>1</a>", ctype="application/xml")
            send("media-type", "no Content-Type", raw=json.dumps(base).encode(), ctype=None)
            send("media-type", "Content-Type with a bad charset", raw=json.dumps(base).encode(),
                 ctype=ctype + "; charset=klingon")
            if ctype == "application/merge-patch+json":
                send("media-type", "PATCH as application/json", raw=json.dumps(base).encode(),
                     ctype="application/json")


def first_ctype(rb):
    return next(iter(rb["content"]))


def base_body(spec, rb, ids):
    c = rb["content"][first_ctype(rb)]
    ex = None
    if c.get("examples"):
        ex = next(iter(c["examples"].values())).get("value")
    elif "example" in c:
        ex = c["example"]
    if ex is None:
        ex = example_of(spec, c.get("schema", {}), ids)
    body = with_real_ids(ex, ids)
    if isinstance(body, dict) and "externalRefs" in body:
        for r in body["externalRefs"]:
            r["id"] = REF_MARK  # made unique at sending: a second initiative with the same reference is a 409
    if isinstance(body, dict) and body.get("to") and "reason" in body:
        body["to"] = PHASE_MARK  # a phase transition: at sending, a phase the initiative is not in (same phase: 409)
    if isinstance(body, dict) and "issueIdsInScope" in body:
        body["issueIdsInScope"] = [ids["issue"]]
    return body


def token_from_repo(municipality):
    here = os.path.dirname(os.path.abspath(__file__))
    cmd = os.path.join(os.path.dirname(here), "speelveld")
    try:
        return subprocess.run([cmd, "token", municipality], check=True, capture_output=True, text=True,
                              timeout=120).stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        raise SystemExit(f"bad-input: no --token given and `{cmd} token {municipality}` failed: {e}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--token", default=os.environ.get("SPEELVELD_TOKEN"))
    ap.add_argument("--municipality", default="GM0363")
    ap.add_argument("--initiative-url", default="http://127.0.0.1:8081")
    ap.add_argument("--stakeholder-url", default="http://127.0.0.1:8082")
    ap.add_argument("--assessment-url", default="http://127.0.0.1:8083")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    token = a.token or token_from_repo(a.municipality)
    urls = {"initiative-service": a.initiative_url, "stakeholder-service": a.stakeholder_url,
            "assessment-service": a.assessment_url}
    clients = {n: Client(u, token) for n, u in urls.items()}
    specs = {}
    for n, u in urls.items():
        st, doc, _ = Client(u, None).json("GET", "/v1/openapi.json")
        if st != 200 or not isinstance(doc, dict):
            raise SystemExit(f"bad-input: {u}/v1/openapi.json answered {st}")
        specs[n] = Spec(doc)
    t0 = time.monotonic()
    ids = make_parents(clients["initiative-service"], clients["stakeholder-service"], clients["assessment-service"])
    report = Report()
    sparse_records(clients["initiative-service"], clients["stakeholder-service"], clients["assessment-service"],
                   report)
    breaker_isolation(clients["assessment-service"], ids, report)
    # assessment-service first: bad input that the others accept (records with odd but valid values) must not
    # change the initiative its cases assess
    for n in ("assessment-service", "initiative-service", "stakeholder-service"):
        run_service(n, clients[n], specs[n], ids, report, a.verbose)
    took = time.monotonic() - t0

    print(f"Bad input, generated from the three OpenAPI documents ({took:.0f} s, tenant {a.municipality}):")
    print(f"{'service':22} {'sent':>6} {'2xx':>6} {'3xx':>5} {'4xx':>6} {'5xx':>5} {'no answer':>10} "
          f"{'non-problem 4xx':>16}")
    tot = {}
    for n, s in report.by_service.items():
        print(f"{n:22} {s['sent']:6d} {s['2xx']:6d} {s['3xx']:5d} {s['4xx']:6d} {s['5xx']:5d} {s['none']:10d} "
              f"{s['non-problem 4xx']:16d}")
        for k, v in s.items():
            tot[k] = tot.get(k, 0) + v
    print(f"{'all':22} {tot['sent']:6d} {tot['2xx']:6d} {tot['3xx']:5d} {tot['4xx']:6d} {tot['5xx']:5d} "
          f"{tot['none']:10d} {tot['non-problem 4xx']:16d}")
    rejected = [b for b in report.base if b[3] is None or b[3] >= 300]
    print(f"valid base requests accepted: {len(report.base) - len(rejected)} of {len(report.base)}"
          + ("" if not rejected else "; refused (their faults are then not isolated): "
             + "; ".join(f"{m} {p} -> {st} {r!r}" for (_n, m, p, st, r) in rejected)))
    for note in report.notes:
        print("note: " + note)
    if report.failures:
        print(f"\nFailures by cause ({len(report.failures)} in all; every one is listed further down):")
        causes = {}
        for (n, kind, m, p, cat, what, body, st, data) in report.failures:
            tpl = re.sub(UUID_RE.pattern[1:-1], "{id}", p.split("?")[0])
            tpl = re.sub(r"x{50,}", "{5000 x}", tpl)
            field = re.sub(r"\s*[:=].*", "", what).replace("[0]", "").replace(".0.", ".")
            if cat == "bad-path-id":
                fault, where = "path id " + ("of 5000 characters" if "xxxxxxxxxx" in what else what.split("=", 1)[1]), ""
            elif cat in ("malformed-json", "oversize", "media-type", "isolation", "sparse-valid"):
                fault, where = f"{cat}: {what[:80]}", ""
            else:
                value = what.split(":", 1)[1].strip() if ":" in what else what
                if cat == "control-chars":
                    value = "NUL" if "0000" in value or "NUL" in value else "control characters"
                fault, where = f"{cat} ({value[:40]})", f" [{field}]"
            m_retry = re.search(rb"same request again after 6 s: (\d+)", data or b"")
            if st == 503 and m_retry:
                fault += f" (the same request 6 s later: {m_retry.group(1).decode()})"
            key = (n, st, kind.split(":")[0] + (":" + kind.split(":", 1)[1] if ":" in kind else ""), fault)
            causes.setdefault(key, set()).add(f"{m} {tpl}{where}")
        for (n, st, kind, fault), routes in sorted(causes.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][3])):
            ex = sorted(routes)
            print(f"  {n} {st} {kind}: {fault} -- {len(ex)} case(s), e.g. " + "; ".join(ex[:4])
                  + ("; ..." if len(ex) > 4 else ""))
        print(f"\nFAILURES ({len(report.failures)}): every 5xx, non-problem 4xx and unanswered request")
        for (n, kind, m, p, cat, what, body, st, data) in report.failures:
            print(f"- {n}: {kind} {st} for {m} {p if len(p) < 200 else p[:150] + '...(' + str(len(p)) + ' chars)'}"
                  f"  [{cat}: {what}]")
            print(f"    body: {show_body(body)}")
            print(f"    answer: {show_body(data) if data else '(empty)'}")
    else:
        print("\nno 5xx, no non-problem 4xx, every request answered")
    if report.odd:
        print(f"\nrefused, but not with the status the conventions name ({len(report.odd)}; not counted as failures):")
        groups = {}
        for (n, m, p, cat, what, st) in report.odd:
            key = (n, m, re.sub(UUID_RE.pattern[1:-1], "{id}", p.split("?")[0]), cat, st)
            groups.setdefault(key, []).append(what)
        for (n, m, p, cat, st), items in sorted(groups.items()):
            print(f"- {n} {m} {p} [{cat}] -> {st} (expected {'/'.join(map(str, sorted(EXPECTED[cat])))}): "
                  + "; ".join(items[:6]) + (f" (+{len(items) - 6} more)" if len(items) > 6 else ""))
    if report.accepted:
        print(f"\naccepted (2xx) although the contract or the published schema says refuse ({len(report.accepted)}; "
              "not counted as failures):")
        groups = {}
        for (n, m, p, cat, what, st) in report.accepted:
            groups.setdefault((n, m, re.sub(UUID_RE.pattern[1:-1], "{id}", p.split("?")[0])), []).append(
                f"{cat}: {what}")
        for (n, m, p), items in groups.items():
            print(f"- {n} {m} {p}: " + "; ".join(items[:12]) + (f" (+{len(items) - 12} more)" if len(items) > 12 else ""))
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
