package org.liaison.coordination;

/** How a person works, as Title II of Reg. 883/2004 distinguishes it (art. 11(3)–(5), 12, 13). */
public enum ActivityKind {
    EMPLOYED, SELF_EMPLOYED, CIVIL_SERVANT, SEAFARER, FLIGHT_CREW
}
