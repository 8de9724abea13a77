package nl.speelveld.initiative.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored form of an {@link ExternalReference}; it carries the tenant so uniqueness holds per municipality. */
@Embeddable
class ExternalRef {

    @Column(name = "municipality_code", nullable = false)
    String municipalityCode;
    String system;
    String instance;
    String type;
    @Column(name = "external_id")
    String externalId;
    String url;

    ExternalRef() {
    }

    ExternalRef(String municipalityCode, ExternalReference reference) {
        this.municipalityCode = municipalityCode;
        this.system = reference.system();
        this.instance = reference.instance();
        this.type = reference.type();
        this.externalId = reference.id();
        this.url = reference.url();
    }

    ExternalReference toApi() {
        return new ExternalReference(system, instance, type, externalId, url);
    }
}
