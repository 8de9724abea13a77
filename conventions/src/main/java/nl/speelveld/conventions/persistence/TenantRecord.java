package nl.speelveld.conventions.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.events.OutboxListener;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every stored resource has (API guide): a server-made id, the tenant, a version that is also its ETag, and its
 * creation and update instants. Creation time and id give every collection its stable order. A record that names an
 * {@link #eventSubject()} has every insert, update and delete written as an event in the same transaction
 * (docs/events.md).
 */
@MappedSuperclass
@EntityListeners(OutboxListener.class)
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

    /** The action of the next update's event when it is a state change rather than {@code updated}. */
    @Transient
    private transient String change;

    protected TenantRecord() {
    }

    /**
     * What this record's events name (kind, path, initiative); null, the default, when its changes send no event.
     */
    public EventSubject eventSubject() {
        return null;
    }

    /** Names the next update's event for a state change, e.g. {@code responded} or {@code phase-changed}. */
    public void markChange(String action) {
        this.change = action;
    }

    /** The action of this update's event ({@code updated} unless a state change was marked); clears the mark. */
    public String takeChange() {
        String action = change == null ? "updated" : change;
        change = null;
        return action;
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
