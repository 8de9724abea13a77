package nl.speelveld.conventions.vocabulary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.speelveld.conventions.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A service's published enumerations with their Dutch and English labels and sources (DOMAIN.md 2.2/2.3), as portals
 * show them: looked up by name without regard to case, and one strong ETag over the whole set, a digest of its
 * content, so that it changes whenever a label does. The list is fixed per release.
 */
public final class Vocabularies {

    private final List<Vocabulary> all;
    private final String etag;

    public Vocabularies(ObjectMapper json, List<Vocabulary> all) {
        this.all = List.copyOf(all);
        this.etag = digest(json, this.all);
    }

    public List<Vocabulary> all() {
        return all;
    }

    /** The vocabulary named {@code name} (e.g. {@code GovernmentRole}, case-insensitive); 404 naming the known ones. */
    public Vocabulary named(String name) {
        return all.stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new ApiException(404, "/problems/not-found", "Not found",
                        "There is no vocabulary '" + name + "'. Known: "
                                + all.stream().map(Vocabulary::name).collect(Collectors.joining(", ")) + ".",
                        null, null));
    }

    /** A strong ETag value for the whole set. */
    public String etag() {
        return etag;
    }

    private static String digest(ObjectMapper json, List<Vocabulary> vocabularies) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(vocabularies)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the vocabularies", e);
        }
    }
}
