package org.liaison.exchange.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.liaison.exchange.bucs.BucActionKind;
import org.liaison.exchange.bucs.BucDeadline;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.internal.cases.ExchangeClock;
import org.liaison.exchange.internal.cases.NodeReceiver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.liaison.exchange.cases.CaseOpening;
import org.liaison.exchange.cases.CaseSed;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.exchange.cases.Seds;
import org.liaison.identity.Organisation;
import org.liaison.identity.OrganisationKind;
import org.liaison.identity.Role;
import org.liaison.identity.internal.OrganisationAdministration;
import org.liaison.identity.internal.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agents' pages: inbox, case view with history, a form generated from the SED's schema, access per institution. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasePagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdministration users;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    ExchangeCases cases;
    @Autowired
    NodeReceiver node;
    @Autowired
    ExchangeClock clock;
    @Autowired
    JdbcClient jdbc;

    static final JsonMapper JSON = JsonMapper.builder().build();

    MockMvc mvc;
    final String suffix = Long.toString(System.nanoTime() % 1_000_000);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String code : List.of("CPAM-PARIS", "CNAV")) {
            organisations.create(new Organisation(code, code, OrganisationKind.FRENCH_INSTITUTION));
        }
    }

    @Test
    @DisplayName("A CPAM agent sees the case of CPAM 75 with its SEDs and history; a CNAV agent gets a 404 page")
    void theCaseViewIsForItsInstitutionOnly() throws Exception {
        RequestPostProcessor cpam = agent("cpam", "CPAM-PARIS");
        RequestPostProcessor cnav = agent("cnav", "CNAV");
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_04", null, "FR:CPAM75", "DE:DVKA", "A009", Seds.valid("A009"),
                List.of()), CaseAccess.everything("test"));

        mvc.perform(get("/exchange/cases/" + c.id()).with(cpam))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(c.id()), containsString("A009"),
                        containsString("CASE_CREATED"), containsString("SED_SENT"))));
        mvc.perform(get("/exchange/cases/" + c.id()).with(cnav)).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/cases").with(cnav)).andExpect(content().string(not(containsString(c.id()))));
        mvc.perform(get("/exchange/inbox").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());

        // the lists say the sector, who the next answer is awaited from and when (issue #11 §2); the inbox filters
        mvc.perform(get("/exchange/cases").param("text", c.id()).with(cpam))
                .andExpect(content().string(allOf(containsString("<th scope=\"col\">Secteur</th>"),
                        containsString("<td>Législation applicable</td>"), containsString("De l’autre institution"))));
        mvc.perform(get("/exchange/inbox").param("buc", "LA_BUC_04").param("due", "LATE").with(cpam))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"inbox-due\""),
                        containsString("<option value=\"LATE\" selected=\"selected\">En retard</option>"))));
    }

    @Test
    @DisplayName("Composing an SED: the form comes from the schema; a wrong value is refused with a summary linked to its field")
    void anSedIsComposedFromItsSchema() throws Exception {
        RequestPostProcessor officer = officer();
        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_01", null, "FR:CLEISS", "DE:DVKA", "A001", Seds.valid("A001"),
                List.of()), CaseAccess.everything("test"));

        // the SED type is chosen among what the BUC engine allows now, with titles, never typed (issue #11 §2)
        String page = mvc.perform(get("/exchange/cases/" + c.id()).param("lang", "en").with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<select class=\"fr-select\" id=\"compose-sed\" name=\"sed\" required>",
                "<option value=\"\" selected>Choose an SED</option>").doesNotContain("type=\"text\" id=\"compose-sed\"");
        List<String> offered = java.util.regex.Pattern.compile("<option value=\"([A-Z]\\d{3})\">\\1 — [^<]+</option>")
                .matcher(page.substring(page.indexOf("id=\"compose-sed\""), page.indexOf("</select>", page.indexOf("id=\"compose-sed\""))))
                .results().map(m -> m.group(1)).toList();
        List<String> allowed = cases.nextActions(c.id(), CaseAccess.everything("test")).stream()
                .filter(a -> a.kind() == org.liaison.exchange.bucs.BucActionKind.SEND).map(a -> a.sed()).distinct().toList();
        assertThat(offered).as("the SEDs offered, each with its title").isNotEmpty().containsExactlyElementsOf(allowed)
                .doesNotContain("A001");

        mvc.perform(get("/exchange/cases/" + c.id() + "/compose").param("sed", "A005").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"$.person.familyName\""),
                        containsString("id=\"f-person-birthDate\""))));
        mvc.perform(post("/exchange/cases/" + c.id() + "/compose").param("sed", "A005")
                        .param("$.person.birthDate", "4 December 1961").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#f-person-birthDate\""),
                        // in words of fields, not JSON paths (issue #11 §2)
                        containsString("Nom de famille manquant (Personne concernée)"), containsString("<title>Erreur : "),
                        containsString("Date de naissance : "), not(containsString("$.content.person")))));
        assertThat(cases.find(c.id(), CaseAccess.everything("test")).seds()).hasSize(1);
    }

    /**
     * A P5000 (insurance/residence periods, Reg. 987/2009 art. 12(1)) lists several periods and several forenames, as
     * in the FSIO's rendering of the SED: https://sozialversicherungen.admin.ch/de/d/15960/download. That source gives
     * no figures: the periods below follow its fields (type, start, end, unit, quantity) with numbers built for the test.
     */
    @Test
    @DisplayName("A P5000 with two periods and two forenames is composed with the Add buttons; an error in the second period is shown there")
    void aListGrowsByItsAddButtonAndTheSedCarriesEveryEntry() throws Exception {
        RequestPostProcessor officer = officer();
        ExchangeCase c = cases.open(new CaseOpening("P_BUC_01", null, "FR:CNAV", "DE:DRVBUND", "P2000", Seds.valid("P2000"),
                List.of()), CaseAccess.everything("test"));
        String compose = "/exchange/cases/" + c.id() + "/compose";

        mvc.perform(get(compose).param("sed", "P5000").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"$.pension.periods[0].start\""),
                        containsString("name=\"entries:$.pension.periods\" value=\"1\""),
                        containsString("name=\"add\" value=\"$.pension.periods\""),
                        containsString(">Activité salariée (EMPLOYMENT)</option>"), containsString(">Femme (F)</option>"),
                        not(containsString("name=\"$.pension.periods[1].start\"")), not(containsString("$.caseIds")))));
        // every SED opens in a readable view: labels, code values with their label, dates written out, JSON one click away
        String p2000 = c.seds().get(0).id();
        mvc.perform(get("/exchange/cases/" + c.id()).with(officer)).andExpect(content().string(
                containsString("href=\"/exchange/cases/" + c.id() + "/seds/" + p2000 + "\"")));
        mvc.perform(get("/exchange/cases/" + c.id() + "/seds/" + p2000).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<dt class=\"fr-text--bold\">Nom de famille</dt>"),
                        containsString("<dd>Martin</dd>"), containsString("<dd>Femme (F)</dd>"),
                        containsString("<dd>4 décembre 1961</dd>"), containsString("<summary>"),
                        containsString("&quot;familyName&quot; : &quot;Martin&quot;"))));
        mvc.perform(get("/exchange/cases/" + c.id() + "/seds/" + p2000).param("lang", "en").with(officer))
                .andExpect(content().string(allOf(containsString("Family name"), containsString("<dd>Female (F)</dd>"),
                        containsString("December 4, 1961"))));
        mvc.perform(get("/exchange/cases/" + c.id() + "/seds/no-such-sed").with(officer)).andExpect(status().isNotFound());

        // a reply starts from what the SED it answers says: the person of the P2000 (issue #11 §2)
        mvc.perform(get(compose).param("sed", "P5000").param("replyTo", p2000).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Martin\""), containsString("value=\"Claire\""),
                        containsString("value=\"1961-12-04\""), containsString("value=\"261127511100585\""),
                        containsString("name=\"entries:$.person.identifiers\" value=\"2\""),
                        not(containsString("$.caseIds")), not(containsString("FR-2026-000123")))));
        mvc.perform(post(compose).param("sed", "P5000").param("add", "$.pension.periods")
                        .param("entries:$.pension.periods", "1").param("$.pension.periods[0].start", "1990-09-01")
                        .with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"$.pension.periods[1].start\""),
                        containsString("value=\"1990-09-01\""), containsString("name=\"remove\" value=\"$.pension.periods[1]\""),
                        containsString("id=\"f-pension-periods-1-type\" name=\"$.pension.periods[1].type\" autofocus"))));

        java.util.function.Function<String, MockHttpServletRequestBuilder> typed = end -> post(compose).param("sed", "P5000").param("replyTo", "")
                .param("$.person.familyName", "Martin").param("entries:$.person.givenNames", "2")
                .param("$.person.givenNames[0]", "Claire").param("$.person.givenNames[1]", "Anne")
                .param("$.person.birthDate", "1961-12-04").param("$.person.sex", "F")
                .param("entries:$.pension.periods", "2")
                .param("$.pension.periods[0].type", "EMPLOYMENT").param("$.pension.periods[0].start", "1990-09-01")
                .param("$.pension.periods[0].end", "2004-06-30").param("$.pension.periods[0].unit", "QUARTERS")
                .param("$.pension.periods[0].quantity", "55")
                .param("$.pension.periods[1].type", "RESIDENCE").param("$.pension.periods[1].start", "2004-07-01")
                .param("$.pension.periods[1].unit", "MONTHS").param("$.pension.periods[1].quantity", "78")
                .param("$.pension.periods[1].end", end);
        mvc.perform(typed.apply("2004-06-30").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#f-pension-periods-1-end\""),
                        containsString("id=\"f-pension-periods-1-end-messages\""), containsString("value=\"Anne\""))));
        assertThat(cases.find(c.id(), CaseAccess.everything("test")).seds()).hasSize(1);

        mvc.perform(typed.apply("2010-12-31").with(officer).with(csrf()))
                .andExpect(redirectedUrlPattern("/exchange/cases/*"));
        ExchangeCase sent = cases.find(c.id(), CaseAccess.everything("test"));
        assertThat(sent.seds()).extracting(CaseSed::type).containsExactly("P2000", "P5000");
        JsonNode p5000 = JSON.readTree(cases.content(c.id(), sent.seds().get(1).id(), CaseAccess.everything("test")));
        assertThat(p5000.path("person").path("givenNames")).extracting(JsonNode::asString).containsExactly("Claire", "Anne");
        assertThat(p5000.path("pension").path("periods")).hasSize(2);
        assertThat(p5000.path("pension").path("periods").get(1).path("end").asString()).isEqualTo("2010-12-31");
        assertThat(p5000.path("pension").path("periods").get(0).path("quantity").isNumber()).isTrue();
    }

    @Test
    @DisplayName("An officer opens a case from the page and closes it for everyone; the page shows the new status")
    void anOfficerOpensAndClosesACaseFromThePages() throws Exception {
        RequestPostProcessor officer = officer();
        mvc.perform(get("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                        .param("counterparty", "DE:DVKA").param("sed", "A009").with(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"$.legislation.postingState\"")));
        mvc.perform(post("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                        .param("counterparty", "DE:DVKA").param("sed", "A009").param("$.person.givenNames[0]", "Claire")
                        .param("add", "$.person.givenNames").with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"$.person.givenNames[1]\""),
                        containsString("value=\"Claire\""), not(containsString("error-summary")))));
        String location = mvc.perform(post("/exchange/cases/new").param("buc", "LA_BUC_04").param("owner", "FR:CLEISS")
                        .param("counterparty", "DE:NOPE").param("sed", "A009").with(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#counterparty\"")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isNull();

        ExchangeCase c = cases.open(new CaseOpening("LA_BUC_04", null, "FR:CLEISS", "DE:DVKA", "A009", Seds.valid("A009"),
                List.of()), CaseAccess.everything("test"));
        // no action is chosen by default, and closing asks for confirmation first (issue #11 §2)
        mvc.perform(get("/exchange/cases/" + c.id()).with(officer))
                .andExpect(content().string(containsString("<option value=\"\" selected>Choisir une action</option>")));
        mvc.perform(post("/exchange/cases/" + c.id() + "/actions").param("action", "").param("lang", "en")
                        .with(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the action to apply.")));
        mvc.perform(post("/exchange/cases/" + c.id() + "/actions").param("action", "CLOSE_GLOBALLY").param("lang", "en")
                        .with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"confirm-action\""),
                        containsString("name=\"confirmed\" value=\"true\""), containsString("cannot be undone"))));
        assertThat(cases.find(c.id(), CaseAccess.everything("test")).status().name()).as("not closed yet").isEqualTo("OPEN");
        mvc.perform(post("/exchange/cases/" + c.id() + "/actions").param("action", "CLOSE_GLOBALLY")
                        .param("confirmed", "true").with(officer).with(csrf()))
                .andExpect(redirectedUrlPattern("/exchange/cases/*"));
        mvc.perform(get("/exchange/cases/" + c.id()).param("lang", "en").with(officer))
                .andExpect(content().string(allOf(containsString("Closed"), containsString("X001"))));
    }

    @Test
    @DisplayName("An overdue incoming case: the inbox, the search and the case page name the person; the inbox marks it late")
    void anOverdueCaseNamesThePersonAndIsMarkedLate() throws Exception {
        RequestPostProcessor officer = officer();
        // Germany's DVKA asks the liaison body with an H001 about a person named as no other test names one
        String family = "Dubreuil";
        String caseId = IncomingH001.receive(node, IncomingH001.about(family, "Solène", "Anne"), clock.today(),
                clock.instant());
        String name = family + " Solène Anne";
        ExchangeCase received = cases.find(caseId, CaseAccess.everything("test"));
        assertThat(received.personName()).isEqualTo(name);
        BucDeadline owed = Inbox.owed(received).orElseThrow();

        // the exchange clock past the due date: the H002 owed is late (the real deadline, not a made-up row)
        clock.advance(Duration.ofDays(owed.dueBy().toEpochDay() - clock.today().toEpochDay() + 2));
        try {
            String inbox = mvc.perform(get("/exchange/inbox").with(officer)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(inbox).contains("<th scope=\"col\">Personne</th>");
            String row = inbox.substring(inbox.indexOf(">" + caseId + "</a>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains("<td>" + name + "</td>", ">En retard</p>");

            String found = mvc.perform(get("/exchange/cases").param("text", family).param("lang", "en").with(officer))
                    .andReturn().getResponse().getContentAsString();
            assertThat(found).contains("<th scope=\"col\">Person</th>", ">" + caseId + "</a>", "<td>" + name + "</td>");

            mvc.perform(get("/exchange/cases/" + caseId).with(officer)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<dd id=\"case-person\">" + name + "</dd>")));
        } finally {
            clock.reset();
        }
        // personal data stays out of the audit trail and the case history
        assertThat(jdbc.sql("select count(*) from audit_entry where details::text like ?").param("%" + family + "%")
                .query(Long.class).single()).isZero();
        assertThat(cases.history(caseId, CaseAccess.everything("test"))).noneMatch(h -> String.valueOf(h.detail()).contains(family));
    }

    @Test
    @DisplayName("The person's name is the family name then the given names, whatever form the SED gives them")
    void thePersonNameFunctionReadsEveryForm() {
        assertThat(personName("{\"person\": {\"familyName\": \" Martin \", \"givenNames\": [\"Claire\", \"Anne\"]}}"))
                .isEqualTo("Martin Claire Anne");
        assertThat(personName("{\"person\": {\"familyName\": \"Martin\", \"givenNames\": \"Claire\"}}"))
                .isEqualTo("Martin Claire");
        assertThat(personName("{\"person\": {\"familyName\": \"Martin\"}}")).isEqualTo("Martin");
        assertThat(personName("{\"institution\": {\"id\": \"FR:CLEISS\"}}")).isNull();
        assertThat(personName("{\"person\": {\"familyName\": \"  \", \"givenNames\": []}}")).isNull();
    }

    private String personName(String content) {
        return jdbc.sql("select exchange_person_name(cast(? as jsonb))").param(content)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private RequestPostProcessor officer() {
        String name = "officer-" + suffix;
        users.create(new UserAdministration.NewUser(name, "Officer", null, null, EnumSet.of(Role.LIAISON_OFFICER)));
        return user(name).roles("LIAISON_OFFICER");
    }

    private RequestPostProcessor agent(String prefix, String organisation) {
        String name = prefix + "-" + suffix;
        var outcome = users.create(new UserAdministration.NewUser(name, "Agent", null, organisation,
                EnumSet.of(Role.INSTITUTION_AGENT)));
        assertThat(outcome.ok()).as(outcome.violations().toString()).isTrue();
        return user(name).roles("INSTITUTION_AGENT");
    }
}
