package org.liaison.coordination.pensions;

import java.time.LocalDate;
import java.util.List;
import org.liaison.shared.PartnerCode;

/**
 * A pension question: the career (dated periods, and periods known only as a quantity in a unit), each state's
 * national rule, the state of residence (for the art. 58 supplement), the instrument and the date the pension would
 * start (only periods completed before it count, Reg. 883/2004 art. 52(1)(b)). Lists may be null or hold nulls, and
 * the date may be null: validation reports what is missing.
 */
public record PensionRequest(List<PensionPeriod> periods, List<PensionQuantity> quantities, List<PensionRule> rules,
                             PartnerCode residence, PensionFramework framework, LocalDate date) {

    /** A career of dated periods only, without a pension date. */
    public PensionRequest(List<PensionPeriod> periods, List<PensionRule> rules, PartnerCode residence,
                          PensionFramework framework) {
        this(periods, List.of(), rules, residence, framework, null);
    }
}
