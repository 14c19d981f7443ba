package org.liaison.coordination.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.liaison.shared.LocalizedText;

/**
 * A French tariff, dated, with its source: what the Assurance Maladie pays for one act is
 * {@code base × rate% − flatDeduction}, never below zero.
 *
 * @param validTo last day in force, or {@code null} while in force
 * @param demo    true for illustrative figures that must not be shown as official tariffs
 */
public record HealthcareTariff(String code, LocalizedText label, BigDecimal base, int ratePercent,
                               BigDecimal flatDeduction, LocalDate validFrom, LocalDate validTo, String source,
                               boolean demo) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
