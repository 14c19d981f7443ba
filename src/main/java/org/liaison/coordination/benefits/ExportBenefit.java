package org.liaison.coordination.benefits;

/**
 * The French benefits whose payment abroad the export engine answers for. What each one is (branch, special
 * non-contributory or not, rule of French law alone) is data of the engine's catalogue.
 */
public enum ExportBenefit {
    OLD_AGE_PENSION, INVALIDITY_PENSION, SURVIVORS_PENSION, WORK_ACCIDENT_ANNUITY, FAMILY_ALLOWANCES,
    ASPA, ASI, AAH, UNEMPLOYMENT_BENEFIT
}
