package nl.speelveld.assessment.threshold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Map;

/**
 * A municipality's own version of the thresholds: the keys it changed, why, and from when. Versions are numbered per
 * municipality and never edited; the newest one is used for new assessments.
 */
@Entity
@Table(name = "threshold_set")
class ThresholdSet extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.threshold-set.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("threshold-set", "threshold-sets/" + label, null);
    }

    String label;
    int sequence;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Double> overrides;
    String rationale;
    @Column(name = "changed_by")
    String changedBy;
    @Column(name = "valid_from")
    LocalDate validFrom;

    protected ThresholdSet() {
    }

    ThresholdSet(String municipalityCode, int sequence, ThresholdSetRequest request) {
        super(municipalityCode);
        this.sequence = sequence;
        this.label = municipalityCode + "-" + sequence;
        this.overrides = Map.copyOf(request.values());
        this.rationale = request.rationale();
        this.changedBy = request.changedBy();
        this.validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
    }
}
