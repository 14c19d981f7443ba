package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.LiaisonApplication;
import org.liaison.postings.internal.PostingRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * No input gives a server error (issue #10 §3): every POST, PUT and PATCH operation of the OpenAPI document gets
 * bodies generated from its documented example and schema (edge texts, numbers, dates, shapes, wrong types, missing
 * and extra fields, deep nesting), and every HTML form found by browsing the pages as each role gets generated values;
 * any 5xx fails the test with the operation, the body and the seed.
 * <p>
 * Seeded and bounded: {@code -Dliaison.fuzz.seed=...} replays a run (each operation and form draws from its own
 * {@link Random} seeded from it), {@code -Dliaison.fuzz.tries=...} and {@code -Dliaison.fuzz.form-tries=...} send more.
 * Its own application context (it changes users, rules and cases), closed afterwards; every request comes from its
 * own address so that the per-address rate limits do not hide the controllers.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "liaison.fuzz=own-context")
@ActiveProfiles("test")
// every filter of the application, as the servlet container runs them (MockMvcBuilders would add only security's)
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzTests {

    static final long SEED = Long.getLong("liaison.fuzz.seed", 20_261_210L);
    static final int TRIES = Integer.getInteger("liaison.fuzz.tries", 25);
    static final int FORM_TRIES = Integer.getInteger("liaison.fuzz.form-tries", 10);

    private static final String[] ROLES = {"ADMIN", "LIAISON_OFFICER", "INSTITUTION_AGENT"};
    private static final int MAX_PAGES_PER_ROLE = 40;
    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern FIELD = Pattern.compile(
            "(?is)<(input|button)\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern OPTION = Pattern.compile("(?is)<option\\b([^>]*)>([^<]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    PostingRequests postings;

    /** Writes what the application's mapper would refuse to write (deep nesting). */
    private static final JsonMapper WRITER = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build()).build();

    JsonNode document;
    int address;

    @BeforeAll
    void readTheDocument() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    // ---- the API

    @TestFactory
    Stream<DynamicTest> noBodyGivesAServerErrorOnAnyOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String method = operation.getKey().toUpperCase();
            JsonNode content = operation.getValue().path("requestBody").path("content");
            if (!Set.of("POST", "PUT", "PATCH").contains(method) || content.isMissingNode()) {
                return;
            }
            String name = method + " " + path.getKey();
            tests.add(DynamicTest.dynamicTest(name, () -> fuzz(name, method, path.getKey(), operation.getValue(), content)));
        }));
        assertThat(tests).as("operations with a request body in the document").hasSizeGreaterThan(10);
        return tests.stream();
    }

    private void fuzz(String name, String method, String template, JsonNode operation, JsonNode content) throws Exception {
        String mediaType = content.properties().iterator().next().getKey();
        JsonNode schema = content.get(mediaType).path("schema");
        JsonNode example = exampleOf(content.get(mediaType));
        FuzzValues values = new FuzzValues(new Random(SEED * 31 + name.hashCode()));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < TRIES; i++) {
            String body;
            if (i > 0 && values.chance(8)) {
                body = values.body(WRITER.writeValueAsString(example));
            } else {
                JsonNode generated = example.deepCopy();
                if (values.chance(50)) {
                    complete(generated, schema, values, new HashSet<>());
                }
                int mutations = i == 0 ? 0 : 1 + values.random().nextInt(3);
                for (int m = 0; m < mutations && generated.isContainer(); m++) {
                    values.mutate(generated);
                }
                body = WRITER.writeValueAsString(generated);
            }
            String address = new OperationAddresses(mvc, json, postings, document, "x").of(method, template, operation);
            MockHttpServletResponse response = perform(request(HttpMethod.valueOf(method), address)
                    .contentType(mediaType).accept(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", values.chance(50) ? "fr" : "en")
                    .content(body.getBytes(StandardCharsets.UTF_8))
                    .with(user("fuzz").roles(ROLES)).with(fromAnotherAddress()));
            statuses.merge(response.getStatus(), 1, Integer::sum);
            if (response.getStatus() >= 500) {
                failures.add(failure(name + " (" + address + ")", i, body, response));
            }
        }
        System.out.println("fuzz " + name + ": " + statuses);
        assertThat(failures).as(name + " answered 5xx; replay with -Dliaison.fuzz.seed=" + SEED).isEmpty();
        assertThat(statuses.keySet()).as(name + ": some bodies reach the controller (not only 401/403)")
                .anyMatch(status -> status != 401 && status != 403);
    }

    private JsonNode exampleOf(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        if (mediaType.has("examples")) {
            return mediaType.get("examples").properties().iterator().next().getValue().get("value");
        }
        JsonNode generated = JsonNodeFactory.instance.objectNode();
        complete(generated, mediaType.path("schema"), new FuzzValues(new Random(SEED)), new HashSet<>());
        return generated;
    }

    /** Adds the properties of the schema the example leaves out (optional ones), with plain values. */
    private void complete(JsonNode node, JsonNode schema, FuzzValues values, Set<String> seen) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty() && !seen.add(ref)) {
            return;
        }
        JsonNode resolved = resolve(schema);
        if (node instanceof ObjectNode object) {
            resolved.path("properties").properties().forEach(property -> {
                if (property.getValue().path("readOnly").asBoolean(false)) {
                    return;
                }
                if (!object.has(property.getKey())) {
                    object.set(property.getKey(), plain(resolve(property.getValue()), values));
                }
                complete(object.get(property.getKey()), property.getValue(), values, seen);
            });
        } else if (node.isArray() && resolved.has("items")) {
            for (JsonNode item : node.values()) {
                complete(item, resolved.get("items"), values, seen);
            }
        }
        seen.remove(ref);
    }

    private JsonNode plain(JsonNode schema, FuzzValues values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return values.pick(List.of(schema.get("enum").values().toArray(JsonNode[]::new)));
        }
        return switch (schema.path("type").asString(schema.has("properties") ? "object" : "string")) {
            case "object" -> nodes.objectNode();
            case "array" -> nodes.arrayNode();
            case "integer" -> nodes.numberNode(values.random().nextInt(100));
            case "number" -> nodes.numberNode(values.random().nextInt(10_000) / 100.0);
            case "boolean" -> nodes.booleanNode(values.random().nextBoolean());
            default -> nodes.stringNode(switch (schema.path("format").asString("")) {
                case "date" -> "2026-03-01";
                case "date-time" -> "2026-03-01T09:00:00Z";
                default -> "text";
            });
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema.has("allOf") ? resolve(schema.get("allOf").get(0)) : schema;
        }
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    // ---- the forms

    /** A form as the page writes it: its method, its action, its fields with their default values. */
    private record Form(String role, String page, String method, String action, boolean multipart,
                        Map<String, List<String>> fields, Map<String, List<String>> choices) {

        String name() {
            return method + " " + action + " (" + role + ", from " + page + ")";
        }
    }

    @TestFactory
    Stream<DynamicTest> noValueGivesAServerErrorOnAnyForm() throws Exception {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (String role : new String[] {null, "ADMIN", "LIAISON_OFFICER", "INSTITUTION_AGENT"}) {
            browse(role == null ? "anonymous" : role, forms);
        }
        assertThat(forms.values()).as("forms found").extracting(Form::action)
                .contains("/login", "/postings/request", "/certificates/verify", "/simulators/pension-estimate",
                        "/admin/users", "/admin/organisations", "/exchange/routing/rules");
        return forms.values().stream().map(form -> DynamicTest.dynamicTest(form.name(), () -> fuzz(form)));
    }

    /** Visits the pages a role can reach from the home page and its menus, and the pages its forms answer with. */
    private void browse(String role, Map<String, Form> forms) throws Exception {
        Deque<String> pages = new ArrayDeque<>(List.of("/", "/login", "/postings/request", "/certificates/verify",
                "/simulators", "/postings", "/postings/queue", "/certificates", "/exchange", "/exchange/cases",
                "/exchange/cases/new", "/exchange/routing", "/exchange/routing/rules", "/exchange/institutions/import",
                "/admin/users", "/admin/users/new", "/admin/organisations", "/admin/audit"));
        Set<String> visited = new HashSet<>();
        Set<String> handlers = new HashSet<>();
        while (!pages.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            String page = pages.poll();
            if (!visited.add(page)) {
                continue;
            }
            MvcResult result = mvc.perform(get(page).with(as(role)).with(fromAnotherAddress())).andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as("GET " + page + " as " + role).isLessThan(500);
            String handler = String.valueOf(result.getHandler());
            String html = response.getContentType() != null && response.getContentType().startsWith("text/html")
                    ? response.getContentAsString() : "";
            forms(role, page, html, forms);
            // one page per handler is enough to find its forms and links (a hundred partners share one template)
            if (handlers.add(handler) || handlers.size() < 5) {
                Matcher link = LINK.matcher(html);
                while (link.find()) {
                    String target = HtmlUtils.htmlUnescape(link.group(1));
                    if (followed(target)) {
                        pages.add(target);
                    }
                }
            }
        }
    }

    private static boolean followed(String target) {
        return !target.startsWith("/dsfr") && !target.startsWith("/css") && !target.startsWith("/js")
                && !target.startsWith("/api") && !target.startsWith("/v3") && !target.startsWith("/swagger")
                && !target.startsWith("/actuator") && !target.startsWith("/logout") && !target.endsWith(".pdf")
                && !target.contains("/pdf") && !target.startsWith("/favicon");
    }

    private static RequestPostProcessor as(@Nullable String role) {
        return role == null || role.equals("anonymous") ? request -> request : user("fuzz-" + role).roles(role);
    }

    private void forms(String role, String page, String html, Map<String, Form> forms) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String method = attributes.getOrDefault("method", "get").toUpperCase();
            String action = HtmlUtils.htmlUnescape(attributes.getOrDefault("action", page));
            action = action.isEmpty() ? page : action;
            if (action.contains("?")) {
                action = action.substring(0, action.indexOf('?'));
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Map<String, List<String>> choices = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                if (field.group(1) != null) {
                    Map<String, String> a = attributes(field.group(2));
                    String name = a.get("name");
                    String type = a.getOrDefault("type", field.group(1).equalsIgnoreCase("button") ? "submit" : "text");
                    if (name == null || name.equals("_csrf")) {
                        continue;
                    }
                    String value = HtmlUtils.htmlUnescape(a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
                    if (type.equals("submit") || type.equals("radio") || type.equals("checkbox")) {
                        choices.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                        if (a.containsKey("checked")) {
                            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                        }
                    } else {
                        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    }
                } else if (field.group(3) != null) {
                    String name = attributes(field.group(3)).get("name");
                    List<String> options = new ArrayList<>();
                    Matcher option = OPTION.matcher(field.group(4));
                    while (option.find()) {
                        Map<String, String> a = attributes(option.group(1));
                        options.add(HtmlUtils.htmlUnescape(a.getOrDefault("value", option.group(2).strip())));
                    }
                    if (name != null) {
                        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(options.isEmpty() ? "" : options.get(0));
                        choices.put(name, options);
                    }
                } else {
                    String name = attributes(field.group(5)).get("name");
                    if (name != null) {
                        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(HtmlUtils.htmlUnescape(field.group(6)));
                    }
                }
            }
            String key = role + " " + method + " " + action.replaceAll("/[^/]*\\d[^/]*", "/*")
                    + " " + new TreeMap<>(fields).keySet();
            forms.putIfAbsent(key, new Form(role, page, method, action,
                    "multipart/form-data".equalsIgnoreCase(attributes.get("enctype")), fields, choices));
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1).toLowerCase(), attribute.group(2) == null ? "" : attribute.group(2));
        }
        return attributes;
    }

    private void fuzz(Form form) throws Exception {
        FuzzValues values = new FuzzValues(new Random(SEED * 31 + form.name().hashCode()));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < FORM_TRIES; i++) {
            Map<String, List<String>> sent = new LinkedHashMap<>();
            form.fields().forEach((name, v) -> sent.put(name, new ArrayList<>(v)));
            form.choices().forEach((name, options) -> {
                if (!options.isEmpty() && values.chance(50)) {
                    sent.put(name, new ArrayList<>(List.of(values.pick(options))));
                }
            });
            int mutations = i == 0 ? 0 : 1 + values.random().nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(sent, values);
            }
            AbstractMockHttpServletRequestBuilder<?> request;
            if (form.multipart()) {
                MockMultipartHttpServletRequestBuilder upload = multipart(form.action());
                upload.file(new MockMultipartFile("file", "fuzz.json", "application/json",
                        values.text("{\"institutions\": []}").getBytes(StandardCharsets.UTF_8)));
                request = upload;
            } else {
                request = request(HttpMethod.valueOf(form.method()), form.action());
            }
            sent.forEach((name, v) -> request.param(name, v.toArray(String[]::new)));
            if (form.method().equals("POST")) {
                request.with(csrf()).contentType(form.multipart() ? MediaType.MULTIPART_FORM_DATA
                        : MediaType.APPLICATION_FORM_URLENCODED);
            }
            MockHttpServletResponse response = perform(request
                    .header("Accept-Language", values.chance(50) ? "fr" : "en")
                    .with(as(form.role())).with(fromAnotherAddress()));
            statuses.merge(response.getStatus(), 1, Integer::sum);
            if (response.getStatus() >= 500) {
                failures.add(failure(form.name(), i, sent.toString(), response));
            }
        }
        System.out.println("fuzz form " + form.name() + ": " + statuses);
        assertThat(failures).as(form.name() + " answered 5xx; replay with -Dliaison.fuzz.seed=" + SEED).isEmpty();
    }

    private static void mutate(Map<String, List<String>> sent, FuzzValues values) {
        if (sent.isEmpty() || values.chance(8)) {
            sent.put(values.pick(List.of("unexpected", "\u0000", "x".repeat(300), "step", "count")),
                    new ArrayList<>(List.of(values.text("1"))));
            return;
        }
        String name = values.pick(new ArrayList<>(sent.keySet()));
        if (values.chance(10)) {
            sent.remove(name);
        } else if (values.chance(8)) {
            sent.get(name).add(values.text(""));
        } else {
            List<String> current = sent.get(name);
            String valid = current.isEmpty() ? "" : current.get(0);
            sent.put(name, new ArrayList<>(List.of(values.text(valid))));
        }
    }

    // ---- reports

    /** The response; what a filter throws (the servlet container would answer 500) as a 500 with its class. */
    private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            MockHttpServletResponse thrown = new MockHttpServletResponse();
            thrown.setStatus(500);
            thrown.getWriter().print("thrown: " + e.getClass().getName()
                    + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName()));
            return thrown;
        }
    }

    /** Each request from its own address: the rate limits count per address and would hide the controllers. */
    private RequestPostProcessor fromAnotherAddress() {
        int n = ++address;
        return request -> {
            request.setRemoteAddr("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
            return request;
        };
    }

    private static String failure(String operation, int attempt, String sent, MockHttpServletResponse response)
            throws Exception {
        return operation + " try " + attempt + " (seed " + SEED + ") answered " + response.getStatus() + " to "
                + truncated(sent.replace("\u0000", "\\u0000")) + "\n    -> " + truncated(response.getContentAsString());
    }

    private static String truncated(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }
}
