/**
 * What a portal does with the typed clients, run by `node` against running services (clients/typescript/run.sh
 * starts them): create an initiative, a stakeholder group and an assessment, fetch the chart as SVG text, and change
 * one field of the initiative with a merge patch, checking that only that field changed on the live resource.
 * Exits non-zero on the first thing that is not as expected.
 *
 * Environment: TOKEN (required, a token with the read and write scopes of all three services), INITIATIVE_URL,
 * STAKEHOLDER_URL, ASSESSMENT_URL (default http://localhost:8081/v1, :8082/v1, :8083/v1).
 */
import { assessmentClient, initiativeClient, stakeholderClient, type Problem } from "./clients.js";

const token = process.env["TOKEN"];
if (!token) {
  console.error("TOKEN is not set");
  process.exit(2);
}
const initiatives = initiativeClient({ baseUrl: process.env["INITIATIVE_URL"] ?? "http://localhost:8081/v1", token });
const stakeholders = stakeholderClient({ baseUrl: process.env["STAKEHOLDER_URL"] ?? "http://localhost:8082/v1", token });
const assessments = assessmentClient({ baseUrl: process.env["ASSESSMENT_URL"] ?? "http://localhost:8083/v1", token });

let checks = 0;
function check(ok: boolean, what: string, detail?: unknown): void {
  if (!ok) {
    throw new Error(`${what}${detail === undefined ? "" : ": " + JSON.stringify(detail)}`);
  }
  checks++;
  console.log(`ok ${checks} ${what}`);
}

/** The answer's data, or a thrown error that shows the problem document. */
function data<T>(result: { data?: T; error?: Problem | unknown; response: Response }, what: string): T {
  if (result.data === undefined) {
    throw new Error(`${what} answered ${result.response.status}: ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

async function main(): Promise<void> {
  const initiative = data(await initiatives.POST("/initiatives", {
    body: {
      title: { nl: "Buurtbatterij Oost", en: "Neighbourhood battery East" },
      type: "CITIZEN_COLLECTIVE",
      primaryDomain: "ENERGY",
      secondaryDomains: ["HOUSING", "COMMUNITY_FACILITIES"],
      areaCodes: ["BU03440101"],
      budgetPerYear: 50000,
    },
  }), "POST /initiatives");
  // id and version are required members of the answer: typed string and number, never undefined
  const initiativeId: string = initiative.id;
  check(initiativeId.length === 36 && initiative.version >= 0, "initiative created", initiativeId);

  const group = data(await stakeholders.POST("/stakeholder-groups", {
    body: {
      initiativeId,
      name: "Huurders sociale huur",
      source: "BROADER_PUBLIC",
      affected: true,
      legitimacy: true,
      urgency: true,
      voice: "NOT_INVOLVED",
    },
  }), "POST /stakeholder-groups");
  const groupId: string = group.id;
  check(group.initiativeId === initiativeId, "stakeholder group created", groupId);

  const assessment = data(await assessments.POST("/assessments", { body: { initiativeId } }),
    "POST /assessments");
  const assessmentId: string = assessment.id;
  check(assessment.initiativeId === initiativeId && (assessment.axes ?? []).length === 2,
    "assessment created with both axes", assessmentId);

  const chart = await assessments.GET("/assessments/{id}/chart.svg", {
    params: { path: { id: assessmentId }, query: { locale: "en" } },
    parseAs: "text",
  });
  const svg: string = data(chart, "GET chart.svg");
  check(chart.response.headers.get("Content-Type")?.startsWith("image/svg+xml") === true && svg.includes("<svg"),
    "chart.svg arrives as SVG text");

  // a merge patch of one field: read the ETag, send it in If-Match, only budgetPerYear changes
  const read = await initiatives.GET("/initiatives/{id}", { params: { path: { id: initiativeId } } });
  const etag = read.response.headers.get("ETag");
  check(etag !== null, "the initiative has an ETag");
  const patched = data(await initiatives.PATCH("/initiatives/{id}", {
    params: { path: { id: initiativeId }, header: { "If-Match": etag ?? "" } },
    body: { budgetPerYear: 120000 },
  }), "PATCH /initiatives/{id}");
  const after = data(await initiatives.GET("/initiatives/{id}", { params: { path: { id: initiativeId } } }),
    "GET /initiatives/{id}");
  check(patched.budgetPerYear === 120000 && after.budgetPerYear === 120000, "the patch changed budgetPerYear");
  check(JSON.stringify(after.areaCodes) === JSON.stringify(["BU03440101"])
      && JSON.stringify(after.secondaryDomains) === JSON.stringify(["HOUSING", "COMMUNITY_FACILITIES"])
      && after.title.nl === "Buurtbatterij Oost" && after.primaryDomain === "ENERGY",
    "the patch left every other field as it was", after);

  // a problem document is typed too
  const missing = await initiatives.GET("/initiatives/{id}", {
    params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
  });
  const problem = missing.error as Problem | undefined;
  check(missing.response.status === 404 && problem?.status === 404, "an unknown id is a 404 problem document");
  console.log(`${checks} checks passed`);
}

main().catch((e: unknown) => {
  console.error(`FAILED after ${checks} checks: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
