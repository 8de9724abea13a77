package nl.speelveld.conventions.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.util.List;

/**
 * When a client asks for one language ({@code ?locale=en} or {@code Accept-Language}), a JSON answer is written for
 * that language: every {@link LocalizedText} in it then holds that language only, falling back to Dutch and then to
 * the first language present ({@link Languages#choose}). The answer is written once, here, with the languages as a
 * serialization attribute; nothing else in it is looked at. Without such a request the answer carries every language
 * and this filter does nothing.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class LanguageFilter implements ContainerResponseFilter {

    private final ObjectMapper json;

    LanguageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!response.hasEntity() || response.getEntity() instanceof byte[] || response.getEntity() instanceof String
                || response.getStatus() >= 300
                || (response.getMediaType() != null
                && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        List<String> wanted = Languages.wanted(request.getUriInfo().getQueryParameters().getFirst("locale"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (wanted.isEmpty()) {
            return;
        }
        byte[] body = json.writer().withAttribute(Languages.ATTRIBUTE, List.copyOf(wanted))
                .writeValueAsBytes(response.getEntity());
        response.setEntity(body, response.getEntityAnnotations(),
                response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, wanted.get(0));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
