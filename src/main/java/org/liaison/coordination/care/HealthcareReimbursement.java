package org.liaison.coordination.care;

import java.util.List;

/**
 * Care abroad: which route applies (EHIC, S1, S2 or Directive 2011/24/EU), what each route reimburses and the more
 * favourable one, from the dated French tariffs; and the tariffs the answer can be asked about.
 */
public interface HealthcareReimbursement {

    HealthcareAssessment assess(HealthcareClaim claim);

    /** The acts with a French tariff, for a form's choice list. */
    List<HealthcareTariff> tariffs();
}
