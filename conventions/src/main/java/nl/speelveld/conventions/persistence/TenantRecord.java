package nl.speelveld.conventions.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every stored resource has (API guide): a server-made id, the tenant, a version that is also its ETag, and its
 * creation and update instants. Creation time and id give every collection its stable order.
 */
@MappedSuperclass
public abstract class TenantRecord {

    @Id
    protected UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    protected String municipalityCode;

    @Version
    protected Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    protected Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    protected Instant updatedAt;

    protected TenantRecord() {
    }

    protected TenantRecord(String municipalityCode) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
    }

    @PrePersist
    void stampCreation() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
