package nl.speelveld.stakeholder.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What this service keeps of an issue it reads: only that it exists, by its id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record IssueRef(UUID id) {
}
