package org.liaison.exchange.seds;

/**
 * The sector of an SED as EESSI groups them: applicable legislation, pensions, horizontal, sickness, family benefits,
 * unemployment benefits, recovery, miscellaneous, accidents at work and occupational diseases, administrative.
 * Its label is in the {@code seds} bundle under {@code seds.sector.<code>}.
 */
public enum SedSector {
    LA, P, H, S, FB, UB, R, M, AW, AD;

    /** The code as written in the catalogue and in bundle keys. */
    public String code() {
        return name();
    }
}
