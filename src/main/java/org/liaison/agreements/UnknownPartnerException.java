package org.liaison.agreements;

import org.liaison.shared.PartnerCode;

/** Thrown when a code names no partner of France (France itself included). */
public class UnknownPartnerException extends RuntimeException {

    private final transient PartnerCode code;

    public UnknownPartnerException(PartnerCode code) {
        super("No partner with code " + code);
        this.code = code;
    }

    public PartnerCode code() {
        return code;
    }
}
