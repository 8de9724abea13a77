package nl.speelveld.conventions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.text.LocalizedText;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A test-only resource that uses every convention the way the services do. */
@Path("/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record ProbeResponse(UUID id, String municipalityCode, long version,
            @LocalizedText Map<String, String> name, String kind, Integer size) {
        static ProbeResponse of(Probe p) {
            return new ProbeResponse(p.id(), p.municipalityCode(), p.version(), p.name, p.kind, p.size);
        }
    }

    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entityManager;

    ProbeResource(Tenant tenant, Cursors cursors, ObjectMapper json, Validator validator, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.validator = validator;
    }

    private EntityManager em() {
        return entityManager;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("probes:write")
    @Idempotent
    @Transactional
    public Response create(@Valid @NotNull ProbeRequest request, @Context UriInfo uri) {
        Probe probe = new Probe(tenant.code(), request);
        em().persist(probe);
        em().flush();
        return Response.created(uri.getAbsolutePathBuilder().path(probe.id().toString()).build())
                .tag(Versions.etag(probe.version())).entity(ProbeResponse.of(probe)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("probes:read")
    @Transactional
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Probe probe = find(id);
        return Versions.read(ifNoneMatch, probe.version(), ProbeResponse.of(probe));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("probes:write")
    @Transactional
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Probe probe = find(id);
        Versions.requireMatch(ifMatch, probe.version());
        ProbeResponse current = ProbeResponse.of(probe);
        ProbeRequest changed = MergePatch.apply(json, validator, new ProbeRequest(current.name(),
                ProbeRequest.Kind.valueOf(current.kind()), current.size(), null, null, null), patch, ProbeRequest.class);
        probe.apply(changed);
        em().flush();
        return Response.ok(ProbeResponse.of(probe)).tag(Versions.etag(probe.version())).build();
    }

    @GET
    @RolesAllowed("probes:read")
    @Transactional
    public Page<ProbeResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("kind") String kind) {
        String scope = tenant.code() + "|probes|" + kind;
        PageRequest page = cursors.read(nl.speelveld.conventions.paging.Limit.parse(limit), cursor, scope);
        Map<String, Object> params = new HashMap<>();
        params.put("m", tenant.code());
        String q = "from Probe e where e.municipalityCode = :m";
        if (kind != null) {
            q += " and e.kind = :kind";
            params.put("kind", kind);
        }
        var query = em().createQuery("select e " + q + Keyset.after(page, params) + Keyset.ORDER, Probe.class);
        params.forEach(query::setParameter);
        return cursors.page(query.setMaxResults(page.limit() + 1).getResultList(), page, scope, Keyset::position,
                ProbeResponse::of);
    }

    /** Removes a probe (not as DELETE: the conventions tests use DELETE on an item for the 405 answer). */
    @POST
    @Path("{id}/removal")
    @RolesAllowed("probes:write")
    @Transactional
    public Response delete(@PathParam("id") UUID id) {
        em().remove(find(id));
        return Response.noContent().build();
    }

    /** Creates a probe, changes it, and then fails: the transaction rolls back, with its events. */
    @POST
    @Path("failing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("probes:write")
    @Transactional
    public Response failing(@Valid @NotNull ProbeRequest request) {
        Probe probe = new Probe(tenant.code(), request);
        em().persist(probe);
        em().flush();
        probe.size = probe.size == null ? 1 : probe.size + 1;
        em().flush();
        throw ApiException.conflict("Forced failure after the writes");
    }

    @GET
    @Path("failure")
    @RolesAllowed("probes:read")
    public String failure() {
        throw new IllegalStateException("secret internal detail: SELECT * FROM probe");
    }

    @GET
    @Path("dependency")
    @RolesAllowed("probes:read")
    public String dependency() {
        throw ApiException.unavailable("The initiative-service cannot be reached. Retry later.", 7);
    }

    private Probe find(UUID id) {
        Probe probe = em().find(Probe.class, id);
        if (probe == null || !probe.municipalityCode().equals(tenant.code())) {
            throw ApiException.notFound("probe", id);
        }
        return probe;
    }
}
