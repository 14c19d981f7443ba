package org.liaison.coordination.benefits;

/**
 * The kinds of family benefit compared with one another for the differential supplement: only benefits of the same
 * kind are compared (CJEU C-347/12 Wiering, 8 May 2014: the German Elterngeld is compared with the Luxembourg
 * child-raising allowance, not with its family allowances; Reg. 883/2004 art. 68(2)).
 */
public enum FamilyBenefitKind {
    /** Periodic allowances for the children themselves: Kindergeld, allocations familiales, Swiss Kinderzulagen. */
    CHILD_BENEFIT,
    /**
     * Parental or child-raising allowances replacing or making up for income while a parent raises a young child:
     * Elterngeld, allocation d'éducation, PreParE, Kinderbetreuungsgeld (CJEU C-32/18 Moser: computed on the income
     * actually earned in the state of employment).
     */
    CHILD_RAISING,
    /** Benefits paying for the care of the children by others (childcare, day-care allowances). */
    CHILDCARE
}
