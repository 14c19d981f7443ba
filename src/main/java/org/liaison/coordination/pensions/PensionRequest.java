package org.liaison.coordination.pensions;

import java.util.List;
import org.liaison.shared.PartnerCode;

/**
 * A pension question: the career, each state's national rule, the state of residence (for the art. 58 supplement)
 * and the instrument. Lists may be null or hold nulls: validation reports them.
 */
public record PensionRequest(List<PensionPeriod> periods, List<PensionRule> rules, PartnerCode residence,
                             PensionFramework framework) {
}
