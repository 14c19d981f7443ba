package org.liaison.coordination.pensions;

import org.liaison.coordination.RequirementCheck;
import java.math.BigDecimal;
import java.util.List;

/**
 * The aggregated career (Reg. 883/2004 art. 6, Reg. 987/2009 art. 12–13): each day counted once, for the state the
 * priority rules give it to; the checks say which periods were set aside and why.
 */
public record PensionAggregation(List<PensionCredit> credits, long totalDays, BigDecimal totalMonths,
                                 List<RequirementCheck> checks) {

    public PensionAggregation {
        credits = List.copyOf(credits);
        checks = List.copyOf(checks);
    }
}
