package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.FactType;
import org.liaison.agreements.ForwardingRegistry;
import org.liaison.agreements.GoverningInstrument;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentKind;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Parameter;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PartnerKind;
import org.liaison.agreements.PostingExtension;
import org.liaison.agreements.TimelineEvent;
import org.liaison.shared.LocalizedText;
import org.liaison.shared.PartialDate;
import org.liaison.shared.PartnerCode;

/**
 * The registry's one rule for "which value does this parameter have for this partner on this day", decided here for
 * every reader (the engines, the partner page): each case runs on the snapshot (parameters resolved once when no
 * fact has validity bounds, looked up otherwise) and on a registry that only lists facts (the interface's own
 * method), which must agree.
 */
class RegistryParameterTests {

    static final PartnerCode ALPHA = PartnerCode.of("AL");
    static final PartnerCode BRAVO = PartnerCode.of("BR");
    static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    /** A convention with Alpha and Bravo whose facts have no validity bounds, and one whose facts change by date. */
    static final ReferenceData DATA = new ReferenceData(
            List.of(partner("FR", PartnerKind.HOME), partner("AL", PartnerKind.BILATERAL), partner("BR", PartnerKind.BILATERAL)),
            List.of(instrument("conv"), instrument("dated")),
            List.of(period("conv", ALPHA), period("conv", BRAVO), period("dated", ALPHA)),
            List.of(
                    fact("conv", null, FactType.MAX_POSTING_MONTHS, "24", FactStatus.VERIFIED, null, null),
                    fact("conv", null, FactType.MAX_POSTING_MONTHS, "12", FactStatus.VERIFIED, null, null),
                    fact("conv", BRAVO, FactType.MAX_POSTING_MONTHS, " 36 ", FactStatus.VERIFIED, null, null),
                    fact("conv", null, FactType.REPOSTING_GAP_MONTHS, null, FactStatus.UNKNOWN, null, null),
                    fact("conv", null, FactType.PRIOR_AFFILIATION_MONTHS, "1", FactStatus.TO_CHECK, null, null),
                    fact("conv", ALPHA, FactType.THIRD_COUNTRY_NATIONALS, "yes", FactStatus.VERIFIED, null, null),
                    fact("conv", null, FactType.POSTING_EXTENSION, " by_agreement", FactStatus.VERIFIED, null, null),
                    fact("dated", null, FactType.UNEMPLOYMENT_EXPORT_MONTHS, "3", FactStatus.VERIFIED, null, "2009"),
                    fact("dated", null, FactType.UNEMPLOYMENT_EXPORT_MONTHS, "6", FactStatus.VERIFIED, "2010", null),
                    fact("dated", ALPHA, FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS, "9", FactStatus.TO_CHECK, "2015-03-01", null),
                    fact("dated", null, FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS, "6", FactStatus.VERIFIED, null, null)),
            List.<TimelineEvent>of());

    static final RegistrySnapshot SNAPSHOT = new RegistrySnapshot(DATA);

    static Stream<AgreementRegistry> registries() {
        return Stream.of(SNAPSHOT, new ForwardingRegistry(SNAPSHOT));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenAPartnersOwnFactWhenItIsAskedThenItWinsOverTheGeneralOnesWhereverItIsListed(AgreementRegistry registry) {
        assertThat(months(registry, "conv", BRAVO, FactType.MAX_POSTING_MONTHS)).isEqualTo(known(36, FactStatus.VERIFIED));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenSeveralGeneralFactsAndNoneOfThePartnerWhenAskedThenTheFirstListedCounts(AgreementRegistry registry) {
        assertThat(months(registry, "conv", ALPHA, FactType.MAX_POSTING_MONTHS)).isEqualTo(known(24, FactStatus.VERIFIED));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenNoPartnerWhenAskedThenOnlyTheInstrumentsGeneralFactsCount(AgreementRegistry registry) {
        assertThat(months(registry, "conv", null, FactType.MAX_POSTING_MONTHS)).isEqualTo(known(24, FactStatus.VERIFIED));
        assertThat(registry.parameter("conv", null, DAY, FactType.THIRD_COUNTRY_NATIONALS, Boolean.class).isKnown()).isFalse();
        assertThat(registry.parameter("conv", ALPHA, DAY, FactType.THIRD_COUNTRY_NATIONALS, Boolean.class).optional()).contains(true);
        assertThat(registry.parameter("conv", BRAVO, DAY, FactType.THIRD_COUNTRY_NATIONALS, Boolean.class).isKnown()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenAFactOfStatusUnknownWhenAskedThenTheParameterIsUnknownWithTheFactsNote(AgreementRegistry registry) {
        assertThat(months(registry, "conv", ALPHA, FactType.REPOSTING_GAP_MONTHS))
                .isEqualTo(new Parameter.Unknown<Integer>(new LocalizedText("note fr", "note en")));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenNoFactWhenAskedThenTheParameterIsUnknownNeverADefault(AgreementRegistry registry) {
        assertThat(months(registry, "conv", ALPHA, FactType.SUBSTANTIAL_PART_PERCENT)).isEqualTo(Parameter.unknown());
        assertThat(months(registry, "no-such-instrument", ALPHA, FactType.MAX_POSTING_MONTHS)).isEqualTo(Parameter.unknown());
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenAFactStillToCheckWhenAskedThenItsValueIsUsedWithThatStatus(AgreementRegistry registry) {
        assertThat(months(registry, "conv", ALPHA, FactType.PRIOR_AFFILIATION_MONTHS)).isEqualTo(known(1, FactStatus.TO_CHECK));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenAValueWithSpacesAroundItWhenAskedThenItIsReadWithoutThem(AgreementRegistry registry) {
        assertThat(registry.parameter("conv", ALPHA, DAY, FactType.POSTING_EXTENSION, PostingExtension.class).optional())
                .contains(new PostingExtension(PostingExtension.Kind.BY_AGREEMENT, null));
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenFactsWithValidityBoundsWhenAskedThenOnlyTheOneHoldingOnTheDayCounts(AgreementRegistry registry) {
        // 2009 is a year-only bound: the fact holds until its last day, the next one from 2010-01-01
        assertThat(monthsOn(registry, "dated", ALPHA, "2009-12-31", FactType.UNEMPLOYMENT_EXPORT_MONTHS)).contains(3);
        assertThat(monthsOn(registry, "dated", ALPHA, "2010-01-01", FactType.UNEMPLOYMENT_EXPORT_MONTHS)).contains(6);
        assertThat(monthsOn(registry, "dated", null, "2005-01-01", FactType.UNEMPLOYMENT_EXPORT_MONTHS)).contains(3);
        // the partner's own fact wins only from the day it holds
        assertThat(monthsOn(registry, "dated", ALPHA, "2015-02-28", FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS)).contains(6);
        assertThat(monthsOn(registry, "dated", ALPHA, "2015-03-01", FactType.UNEMPLOYMENT_EXPORT_MAX_MONTHS)).contains(9);
    }

    @ParameterizedTest
    @MethodSource("registries")
    void givenAReaderAskingForTheWrongTypeWhenAskedThenItFailsInsteadOfMisreading(AgreementRegistry registry) {
        assertThatThrownBy(() -> registry.parameter("conv", ALPHA, DAY, FactType.MAX_POSTING_MONTHS, Boolean.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_posting_months");
        assertThatThrownBy(() -> registry.parameter("conv", ALPHA, DAY, FactType.SUBSTANTIAL_PART_PERCENT, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGoverningInstrumentsParametersFollowTheSameRule() {
        GoverningInstrument alpha = SNAPSHOT.governing(ALPHA, DAY).orElseThrow();
        GoverningInstrument bravo = SNAPSHOT.governing(BRAVO, DAY).orElseThrow();
        assertThat(alpha.maxPostingMonths()).isEqualTo(months(SNAPSHOT, "conv", ALPHA, FactType.MAX_POSTING_MONTHS));
        assertThat(bravo.maxPostingMonths()).isEqualTo(known(36, FactStatus.VERIFIED));
        assertThat(alpha.repostingGapMonths()).isEqualTo(months(SNAPSHOT, "conv", ALPHA, FactType.REPOSTING_GAP_MONTHS));
        assertThat(alpha.postingExtension().optional()).contains(new PostingExtension(PostingExtension.Kind.BY_AGREEMENT, null));
    }

    @Test
    void aValueItsTypeCannotReadFailsTheLoadWithItsFileAndLine() {
        ReferenceDataFiles files = ReferenceDataFiles.fromClasspath();
        java.util.Map<String, String> contents = new java.util.HashMap<>(files.contents());
        contents.put("facts.csv", contents.get("facts.csv").replaceFirst("max_posting_months,24,", "max_posting_months,two years,"));
        assertThatThrownBy(() -> new ReferenceDataFiles(contents).parse())
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("facts.csv line 3")
                .hasMessageContaining("max_posting_months");
    }

    private static Parameter<Integer> months(AgreementRegistry registry, String instrument, @Nullable PartnerCode partner,
                                             FactType type) {
        return registry.parameter(instrument, partner, DAY, type, Integer.class);
    }

    @org.junit.jupiter.api.Test
    void givenTheRegistryWhenASelfEmployedExtensionIsAskedThenItIsItsOwnFactNeverTheEmployees() {
        // Issue #12 item 5: France–Argentina art. 6(2), Cleiss 2015 table p. 122: employees 24 + 24, self-employed 12 + 12
        RegistrySnapshot registry = RegistrySnapshot.fromClasspath();
        LocalDate day = LocalDate.of(2025, 1, 1);

        assertThat(registry.parameter("fr-ar-2008", PartnerCode.of("AR"), day, FactType.SELF_EMPLOYED_POSTING_EXTENSION,
                PostingExtension.class).optional()).contains(PostingExtension.parse("12"));
        assertThat(registry.parameter("fr-ar-2008", PartnerCode.of("AR"), day, FactType.POSTING_EXTENSION,
                PostingExtension.class).optional()).contains(PostingExtension.parse("24"));
        // Québec: the Entente's self-employed extension was not found; the employees' by_agreement is not lent
        assertThat(registry.parameter("fr-qc-2003", PartnerCode.of("CA-QC"), day, FactType.SELF_EMPLOYED_POSTING_EXTENSION,
                PostingExtension.class)).isInstanceOf(Parameter.Unknown.class);
        // Reg. 987/2009 art. 14(5b) applies from Reg. 465/2012's entry into force, 28 June 2012
        assertThat(registry.parameter("eu-reg-883-2004", PartnerCode.of("DE"), LocalDate.of(2012, 6, 27),
                FactType.MARGINAL_ACTIVITY_PERCENT, Integer.class)).isInstanceOf(Parameter.Unknown.class);
        assertThat(registry.parameter("eu-reg-883-2004", PartnerCode.of("DE"), LocalDate.of(2012, 6, 28),
                FactType.MARGINAL_ACTIVITY_PERCENT, Integer.class).optional()).contains(5);
    }

    private static Optional<Integer> monthsOn(AgreementRegistry registry, String instrument, @Nullable PartnerCode partner,
                                              String day, FactType type) {
        return registry.parameter(instrument, partner, LocalDate.parse(day), type, Integer.class).optional();
    }

    private static Parameter<Integer> known(int value, FactStatus status) {
        return new Parameter.Known<>(value, status, "source", new LocalizedText("note fr", "note en"));
    }

    private static Partner partner(String code, PartnerKind kind) {
        return new Partner(PartnerCode.of(code), code, code, kind);
    }

    private static Instrument instrument(String id) {
        return new Instrument(id, InstrumentKind.BILATERAL, id, id, null, PartialDate.ofYear(1990), null, null,
                "Convention " + id, FactStatus.VERIFIED, "source");
    }

    private static InstrumentPeriod period(String instrument, PartnerCode partner) {
        return new InstrumentPeriod(instrument, partner, PartialDate.ofYear(instrument.equals("conv") ? 1990 : 1950),
                instrument.equals("conv") ? null : PartialDate.ofYear(1989), InstrumentPeriod.Role.GOVERNING,
                FactStatus.VERIFIED, "source", LocalizedText.EMPTY);
    }

    private static Fact fact(String instrument, @Nullable PartnerCode partner, FactType type, @Nullable String value,
                             FactStatus status, @Nullable String from, @Nullable String to) {
        return new Fact(instrument, partner, type, value, from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to), status, "source", new LocalizedText("note fr", "note en"));
    }
}
