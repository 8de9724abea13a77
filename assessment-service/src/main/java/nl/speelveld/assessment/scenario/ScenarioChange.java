package nl.speelveld.assessment.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.text.Localized;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.method.Scenarios;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One change of a what-if scenario, told apart by {@code kind}. Each kind maps onto the method's own change
 * ({@link Scenarios}); ids name records of the assessment's input snapshot.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
        visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScenarioChange.ScopeIssue.class, name = "SCOPE_ISSUE"),
        @JsonSubTypes.Type(value = ScenarioChange.AddIssue.class, name = "ADD_ISSUE"),
        @JsonSubTypes.Type(value = ScenarioChange.SetVoice.class, name = "SET_VOICE"),
        @JsonSubTypes.Type(value = ScenarioChange.AddGroup.class, name = "ADD_GROUP"),
        @JsonSubTypes.Type(value = ScenarioChange.SetStance.class, name = "SET_STANCE"),
        @JsonSubTypes.Type(value = ScenarioChange.Respond.class, name = "RESPOND"),
        @JsonSubTypes.Type(value = ScenarioChange.TakeRole.class, name = "TAKE_ROLE"),
        @JsonSubTypes.Type(value = ScenarioChange.AddConsultation.class, name = "ADD_CONSULTATION")})
@Schema(name = "ScenarioChange", description = "One change tried on a copy of the assessment's data",
        oneOf = {ScenarioChange.ScopeIssue.class, ScenarioChange.AddIssue.class, ScenarioChange.SetVoice.class,
            ScenarioChange.AddGroup.class, ScenarioChange.SetStance.class, ScenarioChange.Respond.class,
            ScenarioChange.TakeRole.class, ScenarioChange.AddConsultation.class},
        discriminatorProperty = "kind", discriminatorMapping = {
            @DiscriminatorMapping(value = "SCOPE_ISSUE", schema = ScenarioChange.ScopeIssue.class),
            @DiscriminatorMapping(value = "ADD_ISSUE", schema = ScenarioChange.AddIssue.class),
            @DiscriminatorMapping(value = "SET_VOICE", schema = ScenarioChange.SetVoice.class),
            @DiscriminatorMapping(value = "ADD_GROUP", schema = ScenarioChange.AddGroup.class),
            @DiscriminatorMapping(value = "SET_STANCE", schema = ScenarioChange.SetStance.class),
            @DiscriminatorMapping(value = "RESPOND", schema = ScenarioChange.Respond.class),
            @DiscriminatorMapping(value = "TAKE_ROLE", schema = ScenarioChange.TakeRole.class),
            @DiscriminatorMapping(value = "ADD_CONSULTATION", schema = ScenarioChange.AddConsultation.class)})
sealed interface ScenarioChange {

    String kind();

    /** The method's change. */
    Scenarios.Change toChange();

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String code(Enum<?> code) {
        return code == null ? null : code.name();
    }

    /** Voices of a stakeholder group (API codes). */
    enum Voice { ACTIVE_COPRODUCER, ACTIVELY_INVOLVED, REPRESENTED_WITH_MANDATE, SPOKEN_FOR, NOT_INVOLVED, UNKNOWN }

    /** The four sources of interests. */
    enum Source { COPRODUCING_CITIZENS, BROADER_PUBLIC, PUBLIC_ORGANISATION, POLITICS }

    /** Stances on an issue. */
    enum Stance { STRONGLY_OPPOSE, OPPOSE, NEUTRAL, SUPPORT, STRONGLY_SUPPORT, UNKNOWN }

    /** The municipality's response to an interest. */
    enum ResponseStatus { OPEN, ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE, REFERRED }

    /** The government's role on Pröpper's scale. */
    enum Role { LET_GO, FACILITATE, STIMULATE, DIRECT, REGULATE }

    /** Puts a raised issue in or out of scope. */
    @Schema(name = "ScenarioScopeIssue", description = "Puts a raised issue in or out of scope",
            examples = "{\"kind\": \"SCOPE_ISSUE\", \"issueId\": \"7d1f0c52-1e59-4b7a-9d0a-0f5b1c2d3e41\","
                    + " \"inScope\": true}")
    record ScopeIssue(@NotNull @Schema(required = true, enumeration = "SCOPE_ISSUE") String kind,
            @NotNull @Schema(required = true) UUID issueId,
            @NotNull @Schema(required = true) Boolean inScope) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.ScopeIssue(id(issueId), inScope);
        }
    }

    /** Raises a new issue. */
    @Schema(name = "ScenarioAddIssue", description = "Raises a new issue, in or out of scope",
            examples = "{\"kind\": \"ADD_ISSUE\", \"label\": {\"nl\": \"Laadpalen in de wijk\"}, \"inScope\": true}")
    record AddIssue(@NotNull @Schema(required = true, enumeration = "ADD_ISSUE") String kind,
            @NotNull @Localized(max = 200) @Schema(required = true) @LocalizedText Map<String, String> label,
            @NotNull @Schema(required = true) Boolean inScope) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.AddIssue(label, inScope);
        }
    }

    /** Gives a group another voice. */
    @Schema(name = "ScenarioSetVoice", description = "Gives a stakeholder group another voice",
            examples = "{\"kind\": \"SET_VOICE\", \"groupId\": \"2b8e4c1a-6f3d-4e2b-9a7c-1d0e5f6a7b83\","
                    + " \"voice\": \"REPRESENTED_WITH_MANDATE\"}")
    record SetVoice(@NotNull @Schema(required = true, enumeration = "SET_VOICE") String kind,
            @NotNull @Schema(required = true) UUID groupId,
            @NotNull @Schema(required = true) Voice voice) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.SetVoice(id(groupId), code(voice));
        }
    }

    /** Adds a stakeholder group. */
    @Schema(name = "ScenarioAddGroup", description = "Adds a stakeholder group",
            examples = "{\"kind\": \"ADD_GROUP\", \"name\": \"Huurdersvereniging\", \"source\": \"BROADER_PUBLIC\","
                    + " \"affected\": true, \"power\": false, \"legitimacy\": true, \"urgency\": true,"
                    + " \"voice\": \"REPRESENTED_WITH_MANDATE\"}")
    record AddGroup(@NotNull @Schema(required = true, enumeration = "ADD_GROUP") String kind,
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String name,
            @NotNull @Schema(required = true) Source source,
            @NotNull @Schema(required = true) Boolean affected,
            @NotNull @Schema(required = true) Boolean power,
            @NotNull @Schema(required = true) Boolean legitimacy,
            @NotNull @Schema(required = true) Boolean urgency,
            @NotNull @Schema(required = true) Voice voice) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.AddGroup(name, code(source), affected, power, legitimacy, urgency, code(voice));
        }
    }

    /** Sets a group's stance on an issue. */
    @Schema(name = "ScenarioSetStance", description = "Sets a group's stance on an issue: replaces the stance of its"
            + " latest interest there, or adds an assumed interest when it has none",
            examples = "{\"kind\": \"SET_STANCE\", \"groupId\": \"2b8e4c1a-6f3d-4e2b-9a7c-1d0e5f6a7b83\","
                    + " \"issueId\": \"7d1f0c52-1e59-4b7a-9d0a-0f5b1c2d3e41\", \"stance\": \"SUPPORT\"}")
    record SetStance(@NotNull @Schema(required = true, enumeration = "SET_STANCE") String kind,
            @NotNull @Schema(required = true) UUID groupId,
            @NotNull @Schema(required = true) UUID issueId,
            @NotNull @Schema(required = true) Stance stance) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.SetStance(id(groupId), id(issueId), code(stance));
        }
    }

    /** Sets the municipality's response to an interest. */
    @Schema(name = "ScenarioRespond", description = "Sets the municipality's response status of an interest",
            examples = "{\"kind\": \"RESPOND\", \"interestId\": \"5c3d2e1f-0a9b-4c8d-8e7f-6a5b4c3d2e1f\","
                    + " \"status\": \"ADOPTED\"}")
    record Respond(@NotNull @Schema(required = true, enumeration = "RESPOND") String kind,
            @NotNull @Schema(required = true) UUID interestId,
            @NotNull @Schema(required = true) ResponseStatus status) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.Respond(id(interestId), code(status));
        }
    }

    /** The municipality takes a role. */
    @Schema(name = "ScenarioTakeRole", description = "The municipality takes this role from the assessment's asOf",
            examples = "{\"kind\": \"TAKE_ROLE\", \"role\": \"FACILITATE\"}")
    record TakeRole(@NotNull @Schema(required = true, enumeration = "TAKE_ROLE") String kind,
            @NotNull @Schema(required = true) Role role) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.TakeRole(code(role));
        }
    }

    /** A consultation of a constituency by its representatives. */
    @Schema(name = "ScenarioAddConsultation", description = "A consultation of a constituency by its representative"
            + " group (without issue stances)",
            examples = "{\"kind\": \"ADD_CONSULTATION\", \"representativeGroupId\":"
                    + " \"2b8e4c1a-6f3d-4e2b-9a7c-1d0e5f6a7b83\", \"heldOn\": \"2026-10-15\", \"respondents\": 60,"
                    + " \"constituencySize\": 175}")
    record AddConsultation(@NotNull @Schema(required = true, enumeration = "ADD_CONSULTATION") String kind,
            @NotNull @Schema(required = true) UUID representativeGroupId,
            @NotNull @Schema(required = true) LocalDate heldOn,
            @NotNull @Min(0) @Max(100_000_000) @Schema(required = true, minimum = "0", maximum = "100000000")
            Integer respondents,
            @NotNull @Min(1) @Max(100_000_000) @Schema(required = true, minimum = "1", maximum = "100000000")
            Integer constituencySize) implements ScenarioChange {
        public Scenarios.Change toChange() {
            return new Scenarios.AddConsultation(id(representativeGroupId), heldOn, respondents, constituencySize);
        }
    }
}
