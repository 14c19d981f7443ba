package org.liaison.coordination.care;

/**
 * The ways care abroad is covered: EHIC during a stay (Reg. 883/2004 art. 19), S1 registration in the state of
 * residence (art. 17, 24–25), S2 planned care with prior authorisation (art. 20), and Directive 2011/24/EU.
 */
public enum HealthcareRoute {
    EHIC, S1, S2, DIRECTIVE
}
