package org.liaison.coordination.pensions;

import java.util.Set;
import org.liaison.shared.PartnerCode;

/**
 * The instrument the pension is coordinated under: the EU regulation (all states of the career), or a bilateral
 * convention between France and one partner, which totalises only the two states' periods unless it also counts
 * periods of third states bound to both (e.g. the France–India convention).
 *
 * @param bilateralPartner  the partner of the convention, or null under the regulation
 * @param thirdStatesCounted third states whose periods the convention also counts (empty for most conventions)
 */
public record PensionFramework(PartnerCode bilateralPartner, Set<PartnerCode> thirdStatesCounted) {

    public PensionFramework {
        thirdStatesCounted = Set.copyOf(thirdStatesCounted);
    }

    public static PensionFramework europeanRegulation() {
        return new PensionFramework(null, Set.of());
    }

    public static PensionFramework bilateral(String partner, String... thirdStates) {
        return new PensionFramework(PartnerCode.of(partner),
                java.util.Arrays.stream(thirdStates).map(PartnerCode::of).collect(java.util.stream.Collectors.toSet()));
    }

    public boolean isBilateral() {
        return bilateralPartner != null;
    }
}
