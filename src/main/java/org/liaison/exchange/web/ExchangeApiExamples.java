package org.liaison.exchange.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working examples for the exchange API's request bodies, written into the OpenAPI document: an SED is too large
 * for an annotation, so the examples are the demo's documents (fictitious people): the A009 of a posting
 * notification (LA_BUC_04) that the Cleiss opens with the German DVKA, then an A005 asking for information in that
 * case; and an IR file of one record. A client can send them as they are; the API contract test does.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeApiExamples {

    static final String OWNER = "FR:CLEISS";
    static final String COUNTERPARTY = "DE:DVKA";
    static final String SED = "A009";

    @Bean
    OpenApiCustomizer exchangeExamples(JsonMapper json) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Map<String, Object> document = document(json, SED);
            example(openApi.getPaths().get("/api/v1/exchange/seds/{code}/validation"), document);
            Map<String, Object> opening = new LinkedHashMap<>();
            opening.put("bucType", "LA_BUC_04");
            opening.put("version", "4.3");
            opening.put("owner", OWNER);
            opening.put("counterparty", COUNTERPARTY);
            opening.put("sedType", SED);
            opening.put("content", document);
            opening.put("attachments", List.of());
            example(openApi.getPaths().get("/api/v1/exchange/cases"), opening);
            example(openApi.getPaths().get("/api/v1/exchange/institution-imports"), institutionFile(json));
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("action", "SEND");
            question.put("sedType", "A005");
            question.put("content", document(json, "A005"));
            question.put("attachments", List.of());
            example(openApi.getPaths().get("/api/v1/exchange/cases/{id}/seds"), question);
        };
    }

    private static void example(PathItem path, Object example) {
        Operation post = path == null ? null : path.getPost();
        if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = post.getRequestBody().getContent().get("application/json");
        if (json != null) {
            json.setExample(example);
        }
    }

    /** An IR file of one record: the liaison body itself as the demo repository has it (a DELTA changes nothing). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> institutionFile(JsonMapper json) {
        Map<String, Object> demo = read(json, "reference/exchange/institutions-demo.json");
        List<Object> institutions = (List<Object>) demo.get("institutions");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", demo.get("format"));
        file.put("institutions", List.of(institutions.get(0)));
        return file;
    }

    /** A demo SED in the envelope of a new case: the hub writes the case id it gives in place of NEW. */
    private static Map<String, Object> document(JsonMapper json, String sed) {
        Map<String, Object> document = read(json, "exchange/demo/seds/" + sed + ".json");
        document.put("caseIds", List.of(Map.of("caseNumber", "NEW", "institution", OWNER)));
        document.put("sender", Map.of("id", OWNER, "name", "Cleiss"));
        document.put("recipients", List.of(Map.of("id", COUNTERPARTY)));
        return document;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(JsonMapper json, String resource) {
        try (InputStream in = ExchangeApiExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return json.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
