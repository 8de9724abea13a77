package nl.speelveld.conventions.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Reads that need more than one statement (a page and its collections) run in a transaction, so they see one state
 * of the database; this makes that transaction's session read-only: no snapshots of the loaded entities are kept and
 * nothing is dirty-checked or flushed at commit. A read of one statement needs no transaction at all (a GET of one
 * record calls its repository without {@code @Transactional}).
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** The current transaction's session loads read-only and never flushes; call it first in a read-only method. */
    public static void session(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
