package org.liaison.coordination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example bodies of the calculators' OpenAPI document, sent as a client copies them: each is accepted and gives
 * the outcome of the worked example it stands for (the same cases as the engines' tests, which cite the sources).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinationApiExamplesTests {

    /** What each documented example must give. */
    static final Map<String, Consumer<JsonNode>> OUTCOMES = Map.ofEntries(
            Map.entry("posting-to-germany", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("DECIDED");
                assertThat(answer.get("legislation")).allSatisfy(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("FR");
                    assertThat(l.get("provision").asString()).isEqualTo("EU_883_ART12_1");
                });
            }),
            Map.entry("two-states-one-employer", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("DECIDED");
                assertThat(answer.get("legislation")).singleElement().satisfies(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("BE");
                    assertThat(l.get("provision").asString()).isEqualTo("EU_883_ART13_1_A");
                });
            }),
            Map.entry("a1-already-issued", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("DECIDED");
                assertThat(answer.get("legislation")).singleElement().satisfies(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("HU");
                    assertThat(l.get("provision").asString()).isEqualTo("CERTIFICATE_BINDING");
                });
                assertThat(answer.get("checks")).anySatisfy(c -> assertThat(c.get("code").asString()).isEqualTo("CERTIFICATE_DIALOGUE"));
            }),
            Map.entry("self-employed-centre-of-interest", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("NEEDS_ASSESSMENT");
                assertThat(answer.get("legislation")).singleElement().satisfies(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("AT");
                    assertThat(l.get("provision").asString()).isEqualTo("EU_883_ART13_2_B");
                });
                assertThat(answer.get("warnings")).anySatisfy(w -> assertThat(w.get("code").asString()).isEqualTo("INDICATIVE"));
                assertThat(answer.get("checks")).anySatisfy(c -> assertThat(c.get("code").asString()).isEqualTo("TWELVE_MONTH_OUTLOOK"));
            }),
            Map.entry("marginal-activity-abroad", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("DECIDED");
                assertThat(answer.get("legislation")).singleElement().satisfies(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("FR");
                    assertThat(l.get("provision").asString()).isEqualTo("EU_883_ART11_3_A");
                });
                assertThat(answer.get("checks")).anySatisfy(c ->
                        assertThat(c.get("code").asString()).isEqualTo("MARGINAL_ACTIVITY"));
            }),
            Map.entry("replacing-a-posted-worker", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("DECIDED");
                assertThat(answer.get("legislation")).singleElement().satisfies(l -> {
                    assertThat(l.get("state").asString()).isEqualTo("AT");
                    assertThat(l.get("provision").asString()).isEqualTo("EU_883_ART11_3_A");
                });
            }),
            Map.entry("self-employed-posted-to-argentina", answer -> {
                assertThat(answer.get("legislation")).hasSize(2).allSatisfy(l ->
                        assertThat(l.get("state").asString()).isEqualTo("FR"));
                assertThat(answer.get("legislation").get(1).get("start").asString()).isEqualTo("2026-01-01");
            }),
            Map.entry("salgado-gonzalez", answer -> {
                assertThat(answer.get("aggregation").get("totalMonths").decimalValue()).isEqualByComparingTo("192");
                assertThat(answer.get("total").decimalValue()).as("381.25 in Spain, 140.00 in Portugal")
                        .isEqualByComparingTo("521.25");
            }),
            // SGB VI § 121(2): Germany rounds half up; France truncates (issue #12 item 4)
            Map.entry("national-rounding", answer -> {
                assertThat(answer.get("states").get(0).get("proRata").decimalValue()).isEqualByComparingTo("125.03");
                assertThat(answer.get("states").get(1).get("proRata").decimalValue()).isEqualByComparingTo("875.17");
                assertThat(answer.get("states").get(1).get("rounding").asString()).isEqualTo("TRUNCATE");
            }),
            Map.entry("unemployed-moving-to-spain", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("EXPORTABLE");
                assertThat(answer.get("exportMonths").asInt()).isEqualTo(3);
                assertThat(answer.get("maxExportMonths").asInt()).isEqualTo(6);
            }),
            Map.entry("aspa-in-portugal", answer -> {
                assertThat(answer.get("status").asString()).isEqualTo("NOT_EXPORTABLE");
                assertThat(answer.get("provision").asString()).isEqualTo("EU_883_ART70_ANNEX_X");
            }),
            Map.entry("employed-in-france-child-in-germany", answer -> {
                assertThat(answer.get("priorityState").asString()).isEqualTo("FR");
                assertThat(answer.get("supplements").get(0).get("state").asString()).isEqualTo("DE");
                assertThat(answer.get("supplements").get(0).get("monthlyAmount").decimalValue())
                        .isEqualByComparingTo("113.01");
            }),
            Map.entry("hospital-stay-with-s2", answer -> {
                assertThat(answer.get("route").asString()).isEqualTo("S2");
                assertThat(answer.get("vanbraekelComplement").decimalValue()).as("min(2600, 2000) − 1500")
                        .isEqualByComparingTo("500.00");
                assertThat(answer.get("regulationAmount").decimalValue()).isEqualByComparingTo("2000.00");
            }),
            Map.entry("dental-care-without-authorisation", answer -> {
                assertThat(answer.get("priorAuthorisationNeeded").asBoolean()).isFalse();
                assertThat(answer.get("directiveAmount").decimalValue()).as("2 × 40.00 × 70 %")
                        .isEqualByComparingTo("56.00");
                assertThat(answer.get("preferred").asString()).isEqualTo("DIRECTIVE");
            }),
            Map.entry("frontier-worker", answer -> {
                assertThat(answer.get("payingState").asString()).isEqualTo("BE");
                assertThat(answer.get("provision").asString()).isEqualTo("EU_883_ART65_5_A");
                assertThat(answer.get("reimbursement").get("months").asInt()).isEqualTo(5);
                assertThat(answer.get("reimbursement").get("amount").decimalValue()).isEqualByComparingTo("7000.00");
            }),
            Map.entry("seeking-work-in-spain", answer -> {
                assertThat(answer.get("export").get("months").asInt()).isEqualTo(3);
                assertThat(answer.get("export").get("end").asString()).isEqualTo("2026-05-15");
                assertThat(answer.get("export").get("maxMonths").asInt()).isEqualTo(6);
                assertThat(answer.get("export").get("registerBy").asString()).isEqualTo("2026-02-23");
            }),
            // Your Europe, "If you don't find work": 8 months, 2 drawn, 2 abroad, back in time: 4 left
            Map.entry("back-before-the-end-of-the-u2-period", answer -> {
                assertThat(answer.get("export").get("exportedUntil").asString()).isEqualTo("2026-06-04");
                assertThat(answer.get("export").get("returnOutcome").asString()).isEqualTo("IN_TIME");
                assertThat(answer.get("export").get("paidAfterReturnUntil").asString()).isEqualTo("2026-09-04");
            }));

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;
    JsonNode paths;

    @BeforeAll
    void readTheDocument() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        paths = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString()).get("paths");
    }

    @Test
    void everyCalculatorHasWorkedExamplesWithTheirSource() {
        List<String> documented = new ArrayList<>();
        paths.properties().stream().filter(p -> p.getKey().startsWith("/api/v1/coordination/")).forEach(path -> {
            JsonNode examples = examples(path.getValue());
            assertThat(examples.isObject()).as(path.getKey() + " has examples").isTrue();
            examples.properties().forEach(example -> {
                documented.add(example.getKey());
                assertThat(example.getValue().get("summary").asString()).as(example.getKey()).isNotBlank();
                assertThat(example.getValue().get("description").asString()).as("the source of " + example.getKey())
                        .isNotBlank();
            });
        });
        assertThat(documented).as("every example is checked below, and every checked one is documented")
                .containsExactlyInAnyOrderElementsOf(OUTCOMES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheOutcomeOfItsSource() {
        List<DynamicTest> tests = new ArrayList<>();
        paths.properties().stream().filter(p -> p.getKey().startsWith("/api/v1/coordination/")).forEach(path ->
                examples(path.getValue()).properties().forEach(example -> tests.add(DynamicTest.dynamicTest(
                        example.getKey(), () -> {
                            MvcResult result = mvc.perform(post(path.getKey()).contentType(MediaType.APPLICATION_JSON)
                                            .content(json.writeValueAsString(example.getValue().get("value")))
                                            .with(user("agent").roles("INSTITUTION_AGENT")))
                                    .andReturn();
                            String body = result.getResponse().getContentAsString();
                            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
                            OUTCOMES.get(example.getKey()).accept(json.readTree(body));
                        }))));
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static JsonNode examples(JsonNode path) {
        return path.path("post").path("requestBody").path("content").path("application/json").path("examples");
    }
}
