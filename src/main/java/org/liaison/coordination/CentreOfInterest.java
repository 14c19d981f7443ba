package org.liaison.coordination;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartnerCode;

/**
 * What Reg. 987/2009 art. 14(9) weighs, in one state, to find the centre of interest of a self-employed person
 * active in two or more states (Reg. 883/2004 art. 13(2)(b)), on the situation projected for the next 12 calendar
 * months (art. 14(10)). Each criterion may be unknown ({@code null}).
 *
 * @param state                the state the criteria describe
 * @param fixedPlaceOfBusiness the person has a fixed and permanent place of business there (office, workshop, surgery)
 * @param habitual             the activity there is habitual, not occasional
 * @param servicesRendered     the number of services, jobs or assignments expected there over the next 12 months
 * @param intended             the person means this state to be the centre of the activities, as the circumstances
 *                             show (registration, clients, where the business is run from)
 */
public record CentreOfInterest(PartnerCode state, @Nullable Boolean fixedPlaceOfBusiness, @Nullable Boolean habitual,
                               @Nullable Integer servicesRendered, @Nullable Boolean intended) {

    public CentreOfInterest {
        Objects.requireNonNull(state, "state");
    }
}
