package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.Fact;
import org.liaison.agreements.FactStatus;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Partner;
import org.liaison.agreements.PartnerKind;
import org.liaison.shared.PartnerCode;

/** The data files are the registry's source of truth: these checks keep them consistent as they grow. */
class ReferenceDataIntegrityTests {

    static final ReferenceData data = ReferenceDataFiles.fromClasspath().parse();

    @Test
    void listsExactly72PartnersPlusFranceAsTheHomeState() {
        assertThat(data.partners()).filteredOn(p -> p.kind() != PartnerKind.HOME).hasSize(72);
        assertThat(data.partners()).filteredOn(p -> p.kind() == PartnerKind.HOME)
                .extracting(Partner::code).containsExactly(PartnerCode.of("FR"));
        Map<PartnerKind, Long> byKind = data.partners().stream().collect(Collectors.groupingBy(Partner::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(PartnerKind.EU_MEMBER, 26L).containsEntry(PartnerKind.EEA, 3L)
                .containsEntry(PartnerKind.SWITZERLAND, 1L).containsEntry(PartnerKind.UNITED_KINGDOM, 1L)
                .containsEntry(PartnerKind.BILATERAL, 38L).containsEntry(PartnerKind.TERRITORY, 3L);
    }

    @Test
    void codesAndIdsAreUnique() {
        assertThat(data.partners()).extracting(Partner::code).doesNotHaveDuplicates();
        assertThat(data.instruments()).extracting(i -> i.id()).doesNotHaveDuplicates();
    }

    @Test
    void everyPartnerHasAtLeastOneInstrument() {
        Set<PartnerCode> withPeriods = data.periods().stream().map(InstrumentPeriod::partner).collect(Collectors.toSet());
        assertThat(data.partners()).filteredOn(p -> p.kind() != PartnerKind.HOME)
                .allSatisfy(p -> assertThat(withPeriods).as(p.code().value()).contains(p.code()));
    }

    @Test
    void everyReferenceResolves() {
        Set<String> ids = data.instruments().stream().map(i -> i.id()).collect(Collectors.toSet());
        Set<PartnerCode> codes = data.partners().stream().map(Partner::code).collect(Collectors.toSet());
        assertThat(data.periods()).allSatisfy(p -> {
            assertThat(ids).contains(p.instrumentId());
            assertThat(codes).contains(p.partner());
            assertThat(p.partner()).isNotEqualTo(PartnerCode.of("FR"));
        });
        assertThat(data.facts()).allSatisfy(f -> {
            assertThat(ids).contains(f.instrumentId());
            if (f.partner() != null) {
                assertThat(codes).contains(f.partner());
            }
        });
        assertThat(data.instruments()).allSatisfy(i -> i.successor().ifPresent(s -> assertThat(ids).contains(s)));
        assertThat(data.timeline()).allSatisfy(t -> {
            if (t.instrumentId() != null) {
                assertThat(ids).contains(t.instrumentId());
            }
        });
    }

    @Test
    void everyFactHasASourceOrIsUnknownAndAValueOfItsType() {
        assertThat(data.facts()).allSatisfy(f -> {
            if (f.status() == FactStatus.UNKNOWN) {
                assertThat(f.value()).isNull();
            } else {
                assertThat(f.source()).as(describe(f)).isNotBlank();
                assertThatCode(() -> f.type().parse(f.value())).as(describe(f)).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void everyInstrumentAndPeriodCitesASourceUnlessItIsUnknown() {
        assertThat(data.instruments()).allSatisfy(i -> assertThat(i.source()).as(i.id()).isNotBlank());
        assertThat(data.periods()).filteredOn(p -> p.status() != FactStatus.UNKNOWN)
                .allSatisfy(p -> assertThat(p.source()).as(p.instrumentId() + " " + p.partner()).isNotBlank());
    }

    @Test
    void governingPeriodsOfAPartnerDoNotOverlap() {
        Map<PartnerCode, List<InstrumentPeriod>> byPartner = data.periods().stream()
                .filter(p -> p.role() == InstrumentPeriod.Role.GOVERNING)
                .collect(Collectors.groupingBy(InstrumentPeriod::partner));
        byPartner.forEach((code, periods) -> {
            List<InstrumentPeriod> sorted = periods.stream().sorted(Comparator.comparing(InstrumentPeriod::earliestStart)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                InstrumentPeriod before = sorted.get(i - 1);
                InstrumentPeriod after = sorted.get(i);
                assertThat(before.latestEnd()).as(code + ": " + before.instrumentId() + " overlaps " + after.instrumentId())
                        .isBefore(after.earliestStart());
            }
        });
    }

    @Test
    void periodsEndAfterTheyStart() {
        assertThat(data.periods()).filteredOn(p -> p.from() != null && p.to() != null)
                .allSatisfy(p -> assertThat(p.to().last()).isAfterOrEqualTo(p.from().first()));
    }

    @Test
    void theTimelineRunsFrom1959() {
        assertThat(data.timeline()).isNotEmpty();
        assertThat(data.timeline().stream().mapToInt(t -> t.date().year()).min()).hasValue(1959);
    }

    private static String describe(Fact f) {
        return f.instrumentId() + " " + f.partner() + " " + f.type();
    }
}
