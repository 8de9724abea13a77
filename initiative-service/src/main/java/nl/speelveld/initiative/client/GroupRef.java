package nl.speelveld.initiative.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What this service reads of a stakeholder group: its id and the initiative it belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GroupRef(UUID id, UUID initiativeId) {
}
