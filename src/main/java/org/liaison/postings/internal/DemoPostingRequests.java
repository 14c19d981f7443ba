package org.liaison.postings.internal;

import org.liaison.identity.Applicant;
import org.liaison.identity.Applicants;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.EmployerInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.coordination.SituationInput.PersonInput;
import org.liaison.coordination.SituationInput.PriorAffiliationInput;
import org.liaison.exchange.institutions.Institution;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.shared.data.DemoSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few posting requests through the real workflow, so that the officers' queue and the
 * certificates register have something to show (approved with a PD A1 or a convention certificate, waiting for
 * an agreement between authorities with its A001 sent to Germany, missing a fact, refused). Fictitious people;
 * submitted once, by a marker written in the same transaction ({@link DemoSeeds}), not by looking for requests.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoPostingRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPostingRequests.class);

    private final PostingRequests requests;
    private final PostingAgreements agreements;
    private final DemoSeeds seeds;
    private final Applicants applicants;

    DemoPostingRequests(PostingRequests requests, PostingAgreements agreements, DemoSeeds seeds,
                        Applicants applicants) {
        this.applicants = applicants;
        this.seeds = seeds;
        this.requests = requests;
        this.agreements = agreements;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.once("postings.demo-requests", () -> {
            seed();
            return Boolean.TRUE;
        });
    }

    private void seed() {
        // made from the demo employer's verified account (the engine may approve them alone), but for one
        // anonymous request the engine would approve: it waits for an officer (issue #11 §4)
        String employer = applicants.findByEmail(Applicants.DEMO_EMPLOYER).map(Applicant::username).orElse(null);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        submit("Martin", "Claire", "DE", start, 18, true, false, employer);     // art. 12(1): approved, PD A1
        submit("Nakamura", "Louis", "JP", start, 48, true, false, employer);    // France-Japan: approved, certificate of posting
        // 30 months, art. 16 asked: queue, then the A001 to Germany (the demo's simulated partner node), not answered here
        askAgreement(submit("Garcia", "Inès", "DE", start, 30, true, true, employer));
        submit("Moreau", "Hugo", "IT", start, 12, null, false, employer);       // substantial activity unknown: queue
        submit("Lefebvre", "Emma", "BE", start, 30, true, false, employer);     // 30 months, no exception: refused
        submit("Roux", "Jade", "ES", start, 6, true, false, null);    // anonymous: waits for an officer
        log.info("Demo posting requests submitted: {} waiting for an officer", requests.withStatus(PostingStatus.IN_REVIEW).size());
    }

    private void askAgreement(PostingRequest request) {
        List<Institution> institutions = agreements.institutions(request);
        if (!request.awaitsAgreementRequest() || institutions.isEmpty()) {
            log.warn("Demo posting request {} cannot ask the partner's agreement", request.number());
            return;
        }
        agreements.request(request.number(), institutions.get(0).id().toString(),
                "Mission de 30 mois : mise en service d’une ligne de production, savoir-faire propre à l’entreprise d’envoi.",
                "demo");
    }

    private PostingRequest submit(String familyName, String givenNames, String workState, LocalDate start, int months,
                        @Nullable Boolean substantialActivity, boolean exception, @Nullable String account) {
        PeriodInput period = new PeriodInput(start.toString(), start.plusMonths(months).minusDays(1).toString());
        ActivityInput activity = new ActivityInput("EMPLOYED", workState,
                new EmployerInput("552100554", "FR", substantialActivity), "FR", null, null, period, false, null);
        SituationInput situation = new SituationInput(new PersonInput("FR", "FR"), List.of(activity),
                new PriorAffiliationInput("FR", new PeriodInput("2019-01-01", start.minusDays(1).toString())),
                List.of(), period, exception);
        return requests.submit(new Submission(situation,
                new Submission.HolderInput(familyName, givenNames, "1988-06-15", "FR", null),
                "Transports Dupont SA", Set.of(PublicField.PERIOD, PublicField.WORK_STATE)), account).request();
    }
}
