package org.liaison.exchange.web.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The IR API over HTTP Basic: search, one institution, routing, imports; 400 problems list every fault. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InstitutionApiTests {

    static final String INSTITUTIONS = "/api/v1/exchange/institutions";
    static final String IMPORTS = "/api/v1/exchange/institution-imports";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration administration;

    MockMvc mvc;
    RequestPostProcessor agent;
    RequestPostProcessor admin;
    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        agent = account("ir-reader", Role.EDITOR);
        admin = account("ir-admin", Role.ADMIN);
    }

    @Test
    void anySignedInUserSearchesTheRepositoryByCountryBucAndEnvironmentPageByPage() throws Exception {
        mvc.perform(get(INSTITUTIONS).param("country", "fr").param("buc", "FB_BUC_01").param("environment", "production")
                        .param("size", "2").with(agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.items[*].country", everyItem(is("FR"))))
                .andExpect(jsonPath("$.items[0].id").value("FR:CAF67"));
        mvc.perform(get(INSTITUTIONS).param("q", "navat").with(agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("NO:NAVAT07"))
                .andExpect(jsonPath("$.items[0].environment").value("TEST"));
    }

    @Test
    void oneInstitutionComesWithItsBucsRolesValidityAndAccessPoint() throws Exception {
        mvc.perform(get(INSTITUTIONS + "/FR:FRANCETRAVAIL").with(agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("France Travail"))
                .andExpect(jsonPath("$.accessPoint").value("FR:AP01"))
                .andExpect(jsonPath("$.validFrom").value("2019-07-03"))
                .andExpect(jsonPath("$.bucs[?(@.buc == 'UB_BUC_01')].roles[*]", hasItems("CASE_OWNER", "COUNTERPARTY")));
        mvc.perform(get(INSTITUTIONS + "/FR:NOBODY").with(agent))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:not-found"));
        mvc.perform(get(INSTITUTIONS + "/GR:IKA").with(agent)).andExpect(status().isNotFound());
    }

    @Test
    void routingAnswersTheCounterpartiesOfOneEnvironment() throws Exception {
        mvc.perform(get("/api/v1/exchange/routing").param("buc", "LA_BUC_04").param("country", "NO").with(agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.environment").value("PRODUCTION"))
                .andExpect(jsonPath("$.counterparties[*].id").value(hasItem("NO:889640782")))
                .andExpect(jsonPath("$.counterparties.length()").value(1));
        mvc.perform(get("/api/v1/exchange/routing").param("buc", "LA_BUC_04").param("country", "NO")
                        .param("environment", "TEST").with(agent))
                .andExpect(jsonPath("$.counterparties[0].id").value("NO:NAVAT07"));
    }

    @Test
    void malformedParametersGiveA400ProblemNamingEachOne() throws Exception {
        mvc.perform(get("/api/v1/exchange/routing").param("buc", "LA-BUC-4").param("country", "GR")
                        .param("environment", "staging").param("date", "2026-02-30").with(agent))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:invalid-parameter"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("buc", "country", "environment", "date")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get("/api/v1/exchange/routing").with(agent))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("buc", "country")));
        mvc.perform(get(INSTITUTIONS).param("size", "1000").param("page", "-1").with(agent))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("size", "page")));
    }

    @Test
    void strangersGetA401AndNonAdministratorsMayNotImport() throws Exception {
        mvc.perform(get(INSTITUTIONS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Liaison\""));
        mvc.perform(post(IMPORTS).param("mode", "DELTA").contentType(MediaType.APPLICATION_JSON)
                        .content(file(record("HU:A" + suffix, "Hungarian"))).with(agent))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(INSTITUTIONS + "/HU:A" + suffix).with(agent)).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorImportsADeltaAndGetsItsSummary() throws Exception {
        mvc.perform(post(IMPORTS).param("mode", "delta").contentType(MediaType.APPLICATION_JSON)
                        .content(file(record("HU:B" + suffix, "Nemzeti Egészségbiztosítási Alapkezelő"))).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.mode").value("DELTA"))
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.runId").isNumber());
        mvc.perform(get(INSTITUTIONS + "/HU:B" + suffix).with(agent))
                .andExpect(jsonPath("$.name").value("Nemzeti Egészségbiztosítási Alapkezelő"));
    }

    @Test
    void aBadFileIsRefusedWithA400ProblemGivingEachRecordsLineColumnAndPath() throws Exception {
        String bad = "{\"id\": \"HU:C" + suffix + "\", \"name\": \"No environment\", \"accessPoint\": \"HU:AP01\", "
                + "\"validFrom\": \"2020-01-01\", \"bucs\": []}";
        mvc.perform(post(IMPORTS).param("mode", "DELTA").contentType(MediaType.APPLICATION_JSON)
                        .param("lang", "en").content(file(record("HU:D" + suffix, "Good"), bad)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:liaison:problem:import-refused"))
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("institutions[1].environment"))
                .andExpect(jsonPath("$.errors[0].code").value("FIELD_REQUIRED"))
                .andExpect(jsonPath("$.errors[0].message").value("Required field missing or empty."))
                .andExpect(jsonPath("$.positions[0].field").value("institutions[1].environment"))
                .andExpect(jsonPath("$.positions[0].index").value(1))
                .andExpect(jsonPath("$.positions[0].line").value(4))
                .andExpect(jsonPath("$.positions[0].column").value(1));
        mvc.perform(get(INSTITUTIONS + "/HU:D" + suffix).with(agent)).andExpect(status().isNotFound());
        mvc.perform(post(IMPORTS).param("mode", "SOMETIMES").contentType(MediaType.APPLICATION_JSON).content("{}").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheRepositoryEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/institutions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/institutions/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/routing'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/institution-imports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/exchange/institution-imports'].post.responses['400']").exists());
    }

    static String file(String... records) {
        return "{\"format\": \"liaison-ir/1\",\n \"institutions\": [\n" + String.join(",\n", records) + "\n]}\n";
    }

    static String record(String id, String name) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"environment\": \"PRODUCTION\", "
                + "\"accessPoint\": \"HU:AP01\", \"validFrom\": \"2020-01-01\", "
                + "\"bucs\": [{\"buc\": \"S_BUC_24\", \"roles\": [\"COUNTERPARTY\"]}]}";
    }

    private RequestPostProcessor account(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var outcome = administration.create(new UserAdministration.NewUser(username, "IR user", null, null, EnumSet.of(role)));
        assertThat(outcome.ok()).isTrue();
        return httpBasic(username, outcome.newPassword());
    }
}
