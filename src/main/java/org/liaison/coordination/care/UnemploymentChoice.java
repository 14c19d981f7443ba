package org.liaison.coordination.care;

/**
 * Reg. 883/2004 art. 65(2) and 65(5)(b): a wholly unemployed person, not a frontier worker, who kept a residence in
 * another state may return there, or stay available to the services of the state of last activity.
 */
public enum UnemploymentChoice {
    RESIDENCE_STATE, LAST_ACTIVITY_STATE
}
