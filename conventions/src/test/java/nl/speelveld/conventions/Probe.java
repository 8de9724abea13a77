package nl.speelveld.conventions;

import jakarta.persistence.Entity;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;

/** A stored test resource: the smallest thing that has a tenant, a version and a localized text. */
@Entity
public class Probe extends TenantRecord {

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> name;
    String kind;
    Integer size;

    protected Probe() {
    }

    @Override
    public nl.speelveld.conventions.events.EventSubject eventSubject() {
        return nl.speelveld.conventions.events.EventSubject.of("probe", "probes/" + id, null);
    }

    Probe(String municipality, ProbeRequest request) {
        super(municipality);
        apply(request);
    }

    void apply(ProbeRequest request) {
        if (name != null && !name.equals(request.name())) {
            markChange("renamed");
        }
        name = request.name();
        kind = request.kind().name();
        size = request.size();
    }
}
