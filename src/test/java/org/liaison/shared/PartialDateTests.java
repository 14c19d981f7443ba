package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void aDateKnownOnlyByItsYearKeepsThatPrecisionAndCoversTheWholeYear() {
        PartialDate year = PartialDate.parse("1981");

        assertThat(year.isExact()).isFalse();
        assertThat(year.first()).isEqualTo(LocalDate.of(1981, 1, 1));
        assertThat(year.last()).isEqualTo(LocalDate.of(1981, 12, 31));
        assertThat(year.mayBe(LocalDate.of(1981, 6, 15))).isTrue();
        assertThat(year.mayBe(LocalDate.of(1982, 1, 1))).isFalse();
        assertThat(year).hasToString("1981");
    }

    @Test
    void aMonthCoversItsDaysIncludingLeapDays() {
        assertThat(PartialDate.parse("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void readersSeeTheDateInTheirLanguageAndOnlyWithThePrecisionKnown() {
        assertThat(PartialDate.parse("2017-08-01").format(Locale.FRENCH)).isEqualTo("1 août 2017");
        assertThat(PartialDate.parse("2017-08-01").format(Locale.ENGLISH)).isEqualTo("1 August 2017");
        assertThat(PartialDate.parse("1981-06").format(Locale.FRENCH)).isEqualTo("juin 1981");
        assertThat(PartialDate.parse("1981").format(Locale.ENGLISH)).isEqualTo("1981");
    }

    @Test
    void malformedDatesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("81"));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1981-13"));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1981-02-30"));
    }
}
