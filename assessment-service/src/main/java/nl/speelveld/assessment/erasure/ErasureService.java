package nl.speelveld.assessment.erasure;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.tenancy.Tenant;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces one person's pseudonymous reference by {@value #TOMBSTONE} in the municipality's records: the only two
 * columns of this service that name a person, {@code decision_record.decided_by} and {@code threshold_set.changed_by}
 * (initiative-service and stakeholder-service hold none: their {@code decidedBy}/{@code respondedBy} are roles). The
 * whole field is replaced, since the text around a reference (a job title) can identify the person too. A decision
 * record keeps everything else; the database lets this one change through only inside this transaction
 * ({@code SET LOCAL speelveld.erasure}, migration V4). Count and change run in one transaction with the same
 * condition, so a dry run counts exactly what the real run changes on the same data. No event is written: events carry
 * ids only, never a person reference. Logged with the SHA-256 of the subject, never the subject itself.
 */
@ApplicationScoped
class ErasureService {

    static final String TOMBSTONE = "[erased]";
    private static final Logger LOG = Logger.getLogger(ErasureService.class);
    // A whole-word match: the reference neither preceded nor followed by a character it could be part of.
    // An already erased field is left alone (a second erasure of the same person changes and counts nothing).
    private static String matching(String column) {
        return column + " <> '" + TOMBSTONE + "' AND " + column
                + " ~ ('(^|[^A-Za-z0-9_:@.-])' || :pattern || '($|[^A-Za-z0-9_:@.-])')";
    }

    private final Tenant tenant;

    ErasureService(Tenant tenant) {
        this.tenant = tenant;
    }

    @Transactional
    ErasureResponse erase(String subject, boolean dryRun) {
        EntityManager em = Panache.getEntityManager();
        // The request's pattern allows letters, digits and _ : @ . - only; of these, '.' is special in a regex.
        String pattern = subject.replace(".", "\\.");
        String municipality = tenant.code();
        int decisionRecords;
        int thresholdSets;
        if (dryRun) {
            decisionRecords = count(em, "decision_record", "decided_by", municipality, pattern);
            thresholdSets = count(em, "threshold_set", "changed_by", municipality, pattern);
        } else {
            em.flush();
            em.createNativeQuery("SET LOCAL speelveld.erasure = 'on'").executeUpdate();
            decisionRecords = replace(em, "decision_record", "decided_by", municipality, pattern);
            em.createNativeQuery("SET LOCAL speelveld.erasure = 'off'").executeUpdate();
            thresholdSets = replace(em, "threshold_set", "changed_by", municipality, pattern);
            em.clear();
        }
        LOG.infof("erasure%s in %s of subject sha256:%s: %d decision records, %d threshold sets",
                dryRun ? " (dry run)" : "", municipality, digest(subject), decisionRecords, thresholdSets);
        return new ErasureResponse(dryRun, TOMBSTONE,
                new ErasureResponse.Counts(decisionRecords, thresholdSets), decisionRecords + thresholdSets);
    }

    private static int count(EntityManager em, String table, String column, String municipality, String pattern) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE municipality_code = :m AND "
                        + matching(column))
                .setParameter("m", municipality).setParameter("pattern", pattern).getSingleResult()).intValue();
    }

    private static int replace(EntityManager em, String table, String column, String municipality, String pattern) {
        return em.createNativeQuery("UPDATE " + table + " SET " + column + " = :tombstone, version = version + 1,"
                        + " updated_at = now() WHERE municipality_code = :m AND " + matching(column))
                .setParameter("tombstone", TOMBSTONE).setParameter("m", municipality)
                .setParameter("pattern", pattern).executeUpdate();
    }

    /** The first 16 hex digits of the subject's SHA-256: enough to find a request's log line, not the subject. */
    static String digest(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
