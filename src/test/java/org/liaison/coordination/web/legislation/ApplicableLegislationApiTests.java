package org.liaison.coordination.web.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.liaison.coordination.Situations;
import org.liaison.identity.Role;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The applicable-legislation API: decisions with their trace, 400 problems listing every field, who may call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicableLegislationApiTests {

    static final String DECIDE = "/api/v1/coordination/applicable-legislation";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAdministration administration;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }


    @Test
    void aSignedInClientGetsTheDecisionWithItsFullTraceOverHttpBasic() throws Exception {
        String password = newAccount("api-user", Role.EDITOR);
        mvc.perform(json(post(DECIDE), posting("DE", "2026-03-01", "2027-10-31", false)).with(httpBasic("api-user-" + suffix, password)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.legislation[0].state").value("FR"))
                .andExpect(jsonPath("$.legislation[0].provision").value("EU_883_ART12_1"))
                .andExpect(jsonPath("$.legislation[0].legalReference.citation").value(org.hamcrest.Matchers.startsWith("Règl. (CE) 883/2004, art. 12(1)")))
                .andExpect(jsonPath("$.legislation[0].instrument").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].result").isNotEmpty())
                .andExpect(jsonPath("$.checks[0].explanation").isNotEmpty())
                .andExpect(jsonPath("$.missingFacts").isArray());
    }

    @Test
    void aStrangerMayNotCallTheDecisionApiAndGetsABasicChallenge() throws Exception {
        mvc.perform(json(post(DECIDE), posting("DE", "2026-03-01", "2027-10-31", false)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Liaison\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void badInputGetsOneProblemListingEveryFieldInTheRequestsLanguage() throws Exception {
        String bad = """
                {"person": {"residenceState": "ZZ"},
                 "activities": [{"kind": "EMPLOYED", "state": "FR", "postedFrom": "FR",
                   "employer": {"id": "1", "seat": "FR"}, "workingTimeShare": 140,
                   "period": {"start": "2026-05-01", "end": "2026-01-01"}}],
                 "period": {"start": "2026-01-01", "end": "2026-12-31"}}""";
        mvc.perform(json(post(DECIDE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("person.residenceState", "activities[0].postedFrom",
                        "activities[0].workingTimeShare", "activities[0].period.end")))
                .andExpect(jsonPath("$.errors[0].message").value("\"ZZ\" is neither France nor a partner state or territory."));
        mvc.perform(json(post(DECIDE), bad).with(user("agent").roles("INSTITUTION_AGENT")).param("lang", "fr"))
                .andExpect(jsonPath("$.errors[0].message").value("« ZZ » n’est ni la France ni un État ou territoire partenaire."));
    }

    @Test
    void theOpenApiDescriptionDocumentsTheDecisionEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/coordination/applicable-legislation'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/coordination/applicable-legislation'].post.requestBody").exists());
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);


    private static String posting(String to, String start, String end, boolean exception) {
        return Situations.posting(to, start, end, "true", exception);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String newAccount(String prefix, Role role) {
        var outcome = administration.create(new UserAdministration.NewUser(prefix + "-" + suffix, "API user", null, null,
                EnumSet.of(role)));
        assertThat(outcome.ok()).isTrue();
        return outcome.newPassword();
    }
}
