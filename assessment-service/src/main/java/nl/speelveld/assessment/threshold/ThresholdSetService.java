package nl.speelveld.assessment.threshold;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.method.Thresholds;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.tenancy.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versioned thresholds: the built-in default set and each municipality's own versions. Public for one thing only:
 * {@link #current()}, the set a new assessment uses.
 */
@ApplicationScoped
public class ThresholdSetService {

    private final Tenant tenant;

    ThresholdSetService(Tenant tenant) {
        this.tenant = tenant;
    }

    /** The set new assessments of this municipality use: its newest own version, else the default. */
    @Transactional
    public Thresholds current() {
        ThresholdSet newest = newest(tenant.code());
        return newest == null ? Thresholds.defaults() : Thresholds.withOverrides(newest.label, newest.overrides);
    }

    @Transactional
    ThresholdSetResponse currentResponse() {
        ThresholdSet newest = newest(tenant.code());
        return newest == null ? ThresholdSetResponse.defaultSet() : ThresholdSetResponse.of(newest);
    }

    @Transactional
    List<ThresholdSetResponse> all() {
        List<ThresholdSetResponse> sets = new ArrayList<>();
        sets.add(ThresholdSetResponse.defaultSet());
        Panache.getEntityManager().createQuery("from ThresholdSet where municipalityCode = :m order by sequence",
                ThresholdSet.class).setParameter("m", tenant.code()).getResultList()
                .forEach(s -> sets.add(ThresholdSetResponse.of(s)));
        return sets;
    }

    /** One version by its label: the built-in set or one of this municipality's own. */
    @Transactional
    ThresholdSetResponse byVersion(String version) {
        if (Thresholds.DEFAULT_VERSION.equals(version)) {
            return ThresholdSetResponse.defaultSet();
        }
        return Panache.getEntityManager().createQuery("from ThresholdSet where municipalityCode = :m and label = :l",
                        ThresholdSet.class).setParameter("m", tenant.code()).setParameter("l", version)
                .getResultStream().findFirst().map(ThresholdSetResponse::of)
                .orElseThrow(() -> new ApiException(404, "/problems/not-found", "Not found", "There is no threshold"
                        + " set with version " + version + " for your municipality.", null, null));
    }

    @Transactional
    ThresholdSetResponse create(ThresholdSetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Double> e : request.values().entrySet()) {
            if (!Thresholds.knownKeys().contains(e.getKey())) {
                errors.add(new FieldError("values." + e.getKey(), "is not a threshold key; see GET"
                        + " /v1/threshold-sets/current for the keys", "unknown-key"));
            } else if (e.getValue().isNaN() || e.getValue().isInfinite()) {
                errors.add(new FieldError("values." + e.getKey(), "must be a finite number", "range"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String municipality = tenant.code();
        ThresholdSet newest = newest(municipality);
        ThresholdSet set = new ThresholdSet(municipality, newest == null ? 1 : newest.sequence + 1, request);
        Panache.getEntityManager().persist(set);
        Panache.getEntityManager().flush();
        return ThresholdSetResponse.of(set);
    }

    private static ThresholdSet newest(String municipality) {
        return Panache.getEntityManager().createQuery("from ThresholdSet where municipalityCode = :m order by"
                + " sequence desc", ThresholdSet.class).setParameter("m", municipality).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
