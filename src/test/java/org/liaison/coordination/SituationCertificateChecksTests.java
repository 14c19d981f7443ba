package org.liaison.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.coordination.SituationValidatorTests.EMPLOYER;
import static org.liaison.coordination.SituationValidatorTests.VALIDATOR;
import static org.liaison.coordination.SituationValidatorTests.YEAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.CentreOfInterestInput;
import org.liaison.coordination.SituationInput.CertificateHeldInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import org.liaison.shared.FieldProblem;

/** Issue #12 items 6 and 12: the certificate already issued and the centre-of-interest criteria, checked field by field. */
class SituationCertificateChecksTests {

    private static SituationInput situation(CertificateHeldInput certificate, List<CentreOfInterestInput> centre) {
        ActivityInput posting = new ActivityInput("EMPLOYED", "DE", EMPLOYER, "FR", null, null, YEAR, false, null);
        return new SituationInput(new SituationInput.PersonInput("FR", null), List.of(posting), null, List.of(), YEAR, false,
                certificate, centre);
    }

    private static List<String> fields(SituationValidator.Result result) {
        return result.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCertificateAndCriteriaBecomePartOfTheSituation() {
        var result = VALIDATOR.validate(situation(new CertificateHeldInput("FR", "pd_a1", YEAR, null, true, null),
                List.of(new CentreOfInterestInput("DE", true, null, 12, null))));

        assertThat(result.valid()).isTrue();
        CertificateHeld held = result.situation().certificateHeld();
        assertThat(held.kind()).isEqualTo(CertificateHeld.Kind.PD_A1);
        assertThat(held.issuingState().value()).isEqualTo("FR");
        assertThat(held.withdrawn()).isFalse();
        assertThat(held.contestedByHost()).isTrue();
        assertThat(result.situation().centreOfInterest()).singleElement()
                .satisfies(c -> assertThat(c.servicesRendered()).isEqualTo(12));
    }

    @Test
    void everyBadValueIsReportedWithItsField() {
        var result = VALIDATOR.validate(situation(new CertificateHeldInput("ZZ", "A2", new PeriodInput("2026-05-01", "2026-01-01"),
                        false, false, false),
                List.of(new CentreOfInterestInput("DE", null, null, -1, null), new CentreOfInterestInput("AT", null, null, 3, null),
                        new CentreOfInterestInput("AT", null, null, 4, null))));

        assertThat(fields(result)).containsExactly("certificateHeld.issuingState", "certificateHeld.kind",
                "certificateHeld.period.end", "centreOfInterest[0].servicesRendered", "centreOfInterest[2].state");
    }

    @Test
    void aBodyWithoutTheNewMembersIsReadAsBefore() {
        var result = VALIDATOR.validate(new SituationInput(new SituationInput.PersonInput("FR", null),
                List.of(new ActivityInput("EMPLOYED", "DE", EMPLOYER, "FR", null, null, YEAR, false, null)), null, List.of(),
                YEAR, false));

        assertThat(result.valid()).isTrue();
        assertThat(result.situation().certificateHeld()).isNull();
        assertThat(result.situation().centreOfInterest()).isEmpty();
    }
}
