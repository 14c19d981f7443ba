package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.liaison.coordination.Situations;
import org.liaison.postings.internal.Submission;
import org.liaison.postings.internal.PostingRequests;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The address a client generator builds for an operation of the OpenAPI document: its path parameters from their
 * documented examples, its required query parameters too; for an address that names something that must exist in a
 * given state first (a posting request in review, an open case), that thing made for the test. Shared by the API
 * contract test and the fuzz test.
 */
final class OperationAddresses {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final PostingRequests postings;
    private final JsonNode document;
    private final String fallback;

    /** @param fallback the value of a parameter the document gives no example of */
    OperationAddresses(MockMvc mvc, JsonMapper json, PostingRequests postings, JsonNode document, String fallback) {
        this.mvc = mvc;
        this.json = json;
        this.postings = postings;
        this.document = document;
        this.fallback = fallback;
    }

    String of(String method, String template, JsonNode operation) throws Exception {
        String address = template;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asString();
            String in = parameter.path("in").asString("");
            if (in.equals("query") && parameter.path("required").asBoolean(false)) {
                query.add(name + "=" + example(parameter));
            }
            if (!in.equals("path")) {
                continue;
            }
            String value = switch (method + " " + template) {
                case "POST /api/v1/posting-requests/{number}/decision" -> postingInReview(false);
                case "POST /api/v1/posting-requests/{number}/agreement-request" -> postingInReview(true);
                case "POST /api/v1/exchange/cases/{id}/seds" -> openedCase();
                default -> example(parameter);
            };
            assertThat(value).as("an example of the path parameter " + name + " of " + method + " " + template).isNotBlank();
            address = address.replace("{" + name + "}", value);
        }
        return query.isEmpty() ? address : address + "?" + String.join("&", query);
    }

    private String example(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        return parameter.has("example") ? parameter.get("example").asString()
                : schema.has("example") ? schema.get("example").asString() : schema.path("enum").path(0).asString(fallback);
    }

    /** A case opened with the example of the document's own opening operation. */
    private String openedCase() throws Exception {
        JsonNode opening = document.get("paths").get("/api/v1/exchange/cases").get("post").get("requestBody")
                .get("content").get("application/json").get("example");
        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/v1/exchange/cases")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(opening))
                        .with(user("operations").roles("LIAISON_OFFICER")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
    }

    /** A posting request waiting for an officer: one the engine could not decide, or one needing an agreement. */
    private String postingInReview(boolean needsAgreement) {
        String situation = needsAgreement
                ? Situations.posting("DE", "2026-03-01", "2028-08-31", "true", true)
                : Situations.posting("BE", "2026-03-01", "2026-12-31", "null", false);
        return postings.submit(json.readValue(Situations.submission(situation), Submission.class)).number();
    }
}
