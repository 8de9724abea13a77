/**
 * A small typed fetch client per service: openapi-fetch over the types openapi-typescript generated from each
 * service's published OpenAPI document (src/generated/, made by `npm run generate`). Every call is typed by the
 * document: paths, parameters, request bodies and answers; ids and versions of answers are required members.
 *
 *   const initiatives = initiativeClient({ baseUrl: "http://localhost:8081/v1", token });
 *   const { data, error } = await initiatives.GET("/initiatives/{id}", { params: { path: { id } } });
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as InitiativePaths, components as InitiativeComponents } from "./generated/initiative.js";
import type { paths as StakeholderPaths, components as StakeholderComponents } from "./generated/stakeholder.js";
import type { paths as AssessmentPaths, components as AssessmentComponents } from "./generated/assessment.js";

export type InitiativeSchemas = InitiativeComponents["schemas"];
export type StakeholderSchemas = StakeholderComponents["schemas"];
export type AssessmentSchemas = AssessmentComponents["schemas"];
/** An RFC 9457 problem document, as every 4xx and 5xx answer of the three services carries it. */
export type Problem = InitiativeSchemas["Problem"];

export interface ClientOptions {
  /** The service's base URL including /v1, e.g. http://localhost:8081/v1 (the document's first server). */
  baseUrl: string;
  /** The bearer token (a JWT of the municipality's identity provider), or a function that gives a fresh one. */
  token: string | (() => string | Promise<string>);
}

/**
 * Adds the bearer token to every request, and sends every PATCH as `application/merge-patch+json`: each PATCH of the
 * three APIs is a JSON merge patch (RFC 7396) and the documents accept only that media type there (openapi-fetch
 * would otherwise send `application/json`, answered 415).
 */
function conventions(token: ClientOptions["token"]): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      request.headers.set("Authorization", `Bearer ${value}`);
      if (request.method === "PATCH") {
        request.headers.set("Content-Type", "application/merge-patch+json");
      }
      return request;
    },
  };
}

function client<Paths extends {}>(options: ClientOptions): Client<Paths> {
  const c = createClient<Paths>({ baseUrl: options.baseUrl });
  c.use(conventions(options.token));
  return c;
}

export function initiativeClient(options: ClientOptions): Client<InitiativePaths> {
  return client<InitiativePaths>(options);
}

export function stakeholderClient(options: ClientOptions): Client<StakeholderPaths> {
  return client<StakeholderPaths>(options);
}

export function assessmentClient(options: ClientOptions): Client<AssessmentPaths> {
  return client<AssessmentPaths>(options);
}
