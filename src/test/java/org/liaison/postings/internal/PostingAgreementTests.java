package org.liaison.postings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.Situations;
import org.liaison.exchange.cases.CaseAccess;
import org.liaison.exchange.cases.ExchangeCase;
import org.liaison.exchange.cases.ExchangeCases;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer asks the partner state's agreement for a posting that needs one: a LA_BUC_01 case with an A001.
 * Worked example built on the Commission's Practical guide on applicable legislation, Part I §12 "Agreements on
 * exceptions" (https://www.slideshare.net/slideshow/practical-guide-for-workers/30034413): a posting of 30 months,
 * beyond art. 12's 24, for which the employer asks France's legislation to go on applying; the guide gives no
 * numbers, the dates follow its text.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class PostingAgreementTests {

    static final CaseAccess OFFICER = CaseAccess.everything("officer-test");

    @Autowired
    PostingRequests requests;
    @Autowired
    PostingAgreements agreements;
    @Autowired
    ExchangeCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    @DisplayName("An officer asks Germany's agreement: a LA_BUC_01 case opens with an A001 for the request's period, FR requested")
    void anOfficerAsksThePartnersAgreementWithAnA001() {
        PostingRequest request = exceptionRequest("DE");
        assertThat(agreements.institutions(request)).extracting(i -> i.id().toString()).contains("DE:DVKA");

        ExchangeCase opened = agreements.request(request.number(), "DE:DVKA", "Mission de 30 mois sur un chantier", "officer-7");

        ExchangeCase stored = cases.find(opened.id(), OFFICER);
        assertThat(stored.bucType().toString()).contains("LA_BUC_01");
        assertThat(stored.ownerInstitution()).isEqualTo("FR:CLEISS");
        assertThat(stored.seds().get(0).type()).isEqualTo("A001");
        JsonNode a001 = json.readTree(cases.content(opened.id(), stored.seds().get(0).id(), OFFICER));
        assertThat(a001.at("/legislation/requestedLegislation").asString()).isEqualTo("FR");
        assertThat(a001.at("/legislation/article").asString()).isEqualTo("16(1)");
        assertThat(a001.at("/legislation/period/start").asString()).isEqualTo("2026-03-01");
        assertThat(a001.at("/legislation/period/end").asString()).isEqualTo("2028-08-31");
        assertThat(a001.at("/legislation/workCountries/0").asString()).isEqualTo("DE");
        assertThat(a001.at("/legislation/employer/name").asString()).isEqualTo("Transports Dupont SA");
        assertThat(a001.at("/person/familyName").asString()).isEqualTo("Martin");
        assertThat(a001.at("/person/identifiers/0/id").asString()).as("the 13 characters given, with their key")
                .isEqualTo(request.holder().identifier() + "%02d".formatted(97 - Long.parseLong(request.holder().identifier()) % 97));
        assertThat(a001.at("/recipients/0/id").asString()).isEqualTo("DE:DVKA");

        PostingRequest linked = requests.find(request.number()).orElseThrow();
        assertThat(linked.exchangeCaseId()).isEqualTo(opened.id());
        assertThat(linked.awaitsAgreementRequest()).isFalse();
        assertThat(agreements.events(request.number())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("A001_SENT");
            assertThat(e.caseId()).isEqualTo(opened.id());
        });
        List<String> audit = jdbc.sql("select details::text from audit_entry where object_id = ? and action = "
                + "'POSTING_AGREEMENT_REQUESTED'").param(request.number()).query(String.class).list();
        assertThat(audit).singleElement().satisfies(d -> assertThat(d).contains(opened.id())
                .doesNotContain("Martin", request.holder().identifier(), "1985", "chantier"));
    }

    @Test
    @DisplayName("No justification and no institution: both reported, nothing sent")
    void missingInputIsReportedAndNothingIsSent() {
        PostingRequest request = exceptionRequest("DE");
        long before = caseCount();

        assertThatThrownBy(() -> agreements.request(request.number(), " ", "", "officer-7"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("institution", "justification"));
        assertThatThrownBy(() -> agreements.request(request.number(), "ES:TGSS", "Mission", "officer-7"))
                .as("an institution of another state").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code)
                                .containsExactly("AGREEMENT_INSTITUTION"));

        assertThat(caseCount()).isEqualTo(before);
        assertThat(requests.find(request.number()).orElseThrow().exchangeCaseId()).isNull();
    }

    @Test
    @DisplayName("A request that needs no agreement, or already has its case, cannot ask again")
    void aRequestNotNeedingAnAgreementOrAlreadyLinkedIsRefused() {
        PostingRequest approved = requests.submit(submission("DE", "2026-03-01", "2026-12-31", false)).request();
        PostingRequest request = exceptionRequest("DE");
        agreements.request(request.number(), "DE:DVKA", "Mission de 30 mois", "officer-7");
        long before = caseCount();

        assertThatThrownBy(() -> agreements.request(approved.number(), "DE:DVKA", "Mission", "officer-7"))
                .isInstanceOfSatisfying(PostingAgreements.NotPossible.class,
                        e -> assertThat(e.reason()).endsWith("not-needed"));
        assertThatThrownBy(() -> agreements.request(request.number(), "DE:DVKA", "Encore", "officer-7"))
                .isInstanceOfSatisfying(PostingAgreements.NotPossible.class, e -> assertThat(e.reason()).endsWith("linked"));
        assertThat(caseCount()).isEqualTo(before);
    }

    private long caseCount() {
        return jdbc.sql("select count(*) from exchange_case").query(Long.class).single();
    }

    private PostingRequest exceptionRequest(String to) {
        PostingRequest request = requests.submit(submission(to, "2026-03-01", "2028-08-31", true)).request();
        assertThat(request.exchangeNeeded()).isTrue();
        return request;
    }

    private Submission submission(String to, String start, String end, boolean exception) {
        return json.readValue(Situations.submission(Situations.posting(to, start, end, "true", exception)), Submission.class);
    }
}
