package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.PostingExtension;
import org.liaison.agreements.UnknownPartnerException;
import org.liaison.shared.Branch;
import org.liaison.shared.PartnerCode;

/** Which instrument governs France ↔ a partner on a date, answered from the snapshot of the data files. */
class RegistrySnapshotTests {

    static final RegistrySnapshot registry = RegistrySnapshot.fromClasspath();

    static String governing(String code, String date) {
        return registry.governing(PartnerCode.of(code), LocalDate.parse(date)).map(g -> g.instrument().id()).orElse("none");
    }

    @Test
    void germanyMovesFromRegulations3And4To1408To883() {
        assertThat(governing("DE", "1965-06-01")).isEqualTo("eu-reg-3-4-1959");
        assertThat(governing("DE", "1980-01-01")).isEqualTo("eu-reg-1408-71");
        assertThat(governing("DE", "2015-01-01")).isEqualTo("eu-reg-883-2004");
    }

    @Test
    void croatiaWasUnderTheFrancoYugoslavConventionUntilItJoinedTheUnion() {
        assertThat(governing("HR", "2010-01-01")).isEqualTo("fr-yu-1950");
        assertThat(governing("HR", "2013-06-30")).isEqualTo("fr-yu-1950");
        assertThat(governing("HR", "2013-07-01")).isEqualTo("eu-reg-883-2004");
        assertThat(governing("HR", "2014-01-01")).isEqualTo("eu-reg-883-2004");
    }

    @Test
    void theUnitedKingdomLeftTheRegulationsForTheTradeAndCooperationProtocol() {
        assertThat(governing("GB", "2019-01-01")).isEqualTo("eu-reg-883-2004");
        assertThat(governing("GB", "2020-12-31")).isEqualTo("eu-reg-883-2004");
        assertThat(governing("GB", "2021-01-01")).isEqualTo("uk-tca-ssc-protocol");
        assertThat(governing("GB", "2022-01-01")).isEqualTo("uk-tca-ssc-protocol");
        assertThat(registry.periods(PartnerCode.of("GB"))).anySatisfy(p ->
                assertThat(p.instrumentId()).isEqualTo("uk-withdrawal-agreement"));
    }

    @Test
    void switzerlandAppliesTheRegulationsThroughTheFreeMovementAgreement() {
        assertThat(governing("CH", "2001-01-01")).isEqualTo("none");
        assertThat(governing("CH", "2005-01-01")).isEqualTo("ch-fmp-1408");
        assertThat(governing("CH", "2013-01-01")).isEqualTo("ch-fmp-883");
    }

    @Test
    void canadaHadThe1979AccordThenThe2013One() {
        assertThat(governing("CA", "1990-01-01")).isEqualTo("fr-ca-1979");
        assertThat(governing("CA", "2017-07-31")).isEqualTo("fr-ca-1979");
        assertThat(governing("CA", "2018-01-01")).isEqualTo("fr-ca-2013");
        assertThat(governing("CA-QC", "2018-01-01")).isEqualTo("fr-qc-2003");
    }

    @Test
    void japanHadNoAgreementBeforeJune2007() {
        assertThat(governing("JP", "2006-01-01")).isEqualTo("none");
        assertThat(governing("JP", "2007-06-01")).isEqualTo("fr-jp-2005");
    }

    @Test
    void anUnknownCodeIsAnErrorWhileFranceIsNotAPartner() {
        assertThatThrownBy(() -> registry.governing(PartnerCode.of("ZZ"), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(UnknownPartnerException.class);
        assertThat(registry.partner(PartnerCode.of("FR"))).isEmpty();
        assertThat(registry.home().code()).isEqualTo(PartnerCode.of("FR"));
    }

    @Test
    void givesThePostingParametersOfRegulation883() {
        GoverningInstrument g = registry.governing(PartnerCode.of("DE"), LocalDate.of(2015, 1, 1)).orElseThrow();
        assertThat(g.maxPostingMonths().optional()).contains(24);
        assertThat(g.maxPostingMonths().status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(g.postingExtension().optional()).contains(new PostingExtension(PostingExtension.Kind.BY_AGREEMENT, null));
        assertThat(g.covers(Branch.UNEMPLOYMENT)).isTrue();
        assertThat(g.uncertain()).isFalse();
    }

    @Test
    void givesJapansFiveYearPostingAndTwelveMonthGap() {
        GoverningInstrument g = registry.governing(PartnerCode.of("JP"), LocalDate.of(2020, 1, 1)).orElseThrow();
        assertThat(g.maxPostingMonths().optional()).contains(60);
        assertThat(g.repostingGapMonths().optional()).contains(12);
        assertThat(g.postingExtension().optional().map(PostingExtension::kind)).contains(PostingExtension.Kind.NONE);
        assertThat(g.covers(Branch.SICKNESS)).isFalse();
    }

    @Test
    void keepsUnknownParametersUnknown() {
        GoverningInstrument g = registry.governing(PartnerCode.of("PF"), LocalDate.of(2020, 1, 1)).orElseThrow();
        assertThat(g.maxPostingMonths().isKnown()).isFalse();
        assertThat(g.totalisationForPensions().status()).isEqualTo(FactStatus.UNKNOWN);
        assertThat(g.totalisationForPensions().optional()).isEmpty();
    }

    @Test
    void aPartnerSpecificFactWinsOverTheInstrumentsGeneralOne() {
        assertThat(registry.governing(PartnerCode.of("BA"), LocalDate.of(2020, 1, 1)).orElseThrow().maxPostingMonths().optional())
                .contains(36);
        assertThat(registry.governing(PartnerCode.of("MK"), LocalDate.of(2020, 1, 1)).orElseThrow().maxPostingMonths().isKnown())
                .isFalse();
    }

    @Test
    void flagsAnAnswerAsUncertainWhenTheStartIsKnownOnlyByItsYear() {
        assertThat(registry.governing(PartnerCode.of("BJ"), LocalDate.of(1981, 3, 1)).orElseThrow().uncertain()).isTrue();
        assertThat(registry.governing(PartnerCode.of("BJ"), LocalDate.of(1990, 3, 1)).orElseThrow().uncertain()).isFalse();
    }

    @Test
    void listsPartnerSpecificAndGeneralFacts() {
        assertThat(registry.facts("fr-yu-1950", Optional.of(PartnerCode.of("BA")))).anySatisfy(f ->
                assertThat(f.partner()).isEqualTo(PartnerCode.of("BA")));
        assertThat(registry.facts("fr-yu-1950", Optional.of(PartnerCode.of("MK")))).allSatisfy(f ->
                assertThat(f.partner()).isNull());
    }
}
