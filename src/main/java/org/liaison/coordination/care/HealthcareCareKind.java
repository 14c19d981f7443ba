package org.liaison.coordination.care;

/**
 * The kind of care, which decides whether France requires prior authorisation under Directive 2011/24/EU art. 8(2):
 * a stay of at least one night in hospital, highly specialised and costly equipment, or care on the French
 * accord préalable list; ambulatory care needs none.
 */
public enum HealthcareCareKind {
    AMBULATORY, HOSPITAL_STAY, SPECIALISED_EQUIPMENT, PRIOR_APPROVAL_LIST
}
