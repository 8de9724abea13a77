package nl.speelveld.conventions.events;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import nl.speelveld.conventions.persistence.TenantRecord;

/**
 * The one hook of the outbox into the services: a JPA entity listener on {@link TenantRecord}. Hibernate calls it
 * while it flushes the insert, update or delete of a record, inside the request's transaction; a record whose
 * {@link TenantRecord#eventSubject()} names a subject gets its event written then. A state change is named by the
 * service with {@link TenantRecord#markChange(String)} (e.g. {@code responded}) and replaces {@code updated}.
 * Bulk statements (HQL or SQL deletes, {@code ON DELETE CASCADE}) bypass it: a service that removes records that
 * way reads them first and writes each one's event with {@link Outbox#deleted} in the same transaction.
 */
public class OutboxListener {

    @PostPersist
    void created(Object entity) {
        write(entity, "created");
    }

    @PostUpdate
    void updated(Object entity) {
        write(entity, null);
    }

    @PostRemove
    void deleted(Object entity) {
        write(entity, "deleted");
    }

    private void write(Object entity, String action) {
        if (!(entity instanceof TenantRecord record)) {
            return;
        }
        EventSubject subject = record.eventSubject();
        if (subject == null) {
            return;
        }
        String change = action != null ? action : record.takeChange();
        Arc.container().instance(Outbox.class).get()
                .write(record.municipalityCode(), record.id(), record.version(), subject, change);
    }
}
