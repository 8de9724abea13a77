package nl.speelveld.stakeholder.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What this service keeps of an initiative it reads: only that it exists, by its id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InitiativeRef(UUID id, String municipalityCode) {
}
