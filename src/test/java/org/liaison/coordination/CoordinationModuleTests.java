package org.liaison.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.coordination.benefits.BenefitExport;
import org.liaison.coordination.benefits.FamilyPriority;
import org.liaison.coordination.care.HealthcareReimbursement;
import org.liaison.coordination.care.UnemploymentCoordination;
import org.liaison.coordination.pensions.PensionEstimates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordination module started with the registry alone (its only dependency besides the shared kernel): every
 * engine is there and decides from the registry's data, without postings, exchange or any page.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CoordinationModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicableLegislation legislation;

    @Autowired
    SituationValidator validator;

    @Autowired
    JsonMapper json;

    @Test
    void everyEngineStartsWithTheRegistryAlone() {
        assertThat(context.getBeanNamesForType(PensionEstimates.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(BenefitExport.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(FamilyPriority.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(HealthcareReimbursement.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(UnemploymentCoordination.class)).hasSize(1);
        assertThat(context.containsBean("postingRequests")).as("postings is not started").isFalse();
    }

    @Test
    void aSituationAsAClientSendsItIsCheckedAndDecided() {
        // rules.md §5 example 1: posted from France to Germany for 20 months, Reg. 883/2004 art. 12(1)
        SituationInput input = json.readValue(Situations.posting("DE", "2026-03-01", "2027-10-31", "true", false),
                SituationInput.class);
        SituationValidator.Result checked = validator.validate(input);

        Decision decision = legislation.decide(checked.situation());

        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decision.legislation()).extracting(l -> l.state().value()).containsOnly("FR");
        assertThat(decision.legislation()).extracting(l -> l.provision().code()).containsOnly("EU_883_ART12_1");
    }
}
