package org.liaison.coordination.benefits;

/**
 * What a parent does in a state, as the person knows it, from which the engine classifies the ground of the right
 * (Reg. 883/2004 art. 68(1)(a)) instead of asking for the ground: Administrative Commission Decision F1 of 12 June
 * 2009 (OJ C 106, 24.4.2010, p. 11), point 1, counts as an activity the actual activity and its temporary
 * interruptions while wages or benefits (other than pensions) are paid for them.
 */
public enum FamilySituation {
    /** Works there, employed or self-employed (Decision F1 point 1(a)). */
    WORKING(FamilyGround.ACTIVITY),
    /** On paid leave, on strike or locked out (point 1(b)(ii)). */
    PAID_LEAVE_STRIKE_OR_LOCKOUT(FamilyGround.ACTIVITY),
    /**
     * Off work and paid wages or cash benefits for sickness, maternity or paternity, an accident at work or an
     * occupational disease (point 1(b)(i)).
     */
    SICKNESS_OR_MATERNITY_BENEFIT(FamilyGround.ACTIVITY),
    /** Unemployed and paid unemployment benefits by that state (point 1(b)(i)). */
    UNEMPLOYMENT_BENEFIT(FamilyGround.ACTIVITY),
    /** On unpaid leave to raise a child, which that state's law treats as activity (point 1(b)(iii)). */
    CHILD_RAISING_LEAVE_TREATED_AS_ACTIVITY(FamilyGround.ACTIVITY),
    /** On unpaid leave to raise a child, not treated as activity there: the right rests on residence. */
    CHILD_RAISING_LEAVE_NOT_TREATED_AS_ACTIVITY(FamilyGround.RESIDENCE),
    /** Receives a pension from that state and works nowhere. */
    PENSIONER(FamilyGround.PENSION),
    /** Only lives there. */
    RESIDENT(FamilyGround.RESIDENCE);

    private final FamilyGround ground;

    FamilySituation(FamilyGround ground) {
        this.ground = ground;
    }

    /** The ground of art. 68(1)(a) this situation gives. */
    public FamilyGround ground() {
        return ground;
    }
}
