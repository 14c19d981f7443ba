package org.liaison.exchange.seds;

/** Thrown when an SED code is not in the catalogue, or has no schema for the data-model version asked for. */
public class UnknownSedException extends RuntimeException {

    private final String code;
    private final String version;

    public UnknownSedException(String code, String version) {
        super("No SED " + code + (version == null ? "" : " in data model " + version));
        this.code = code;
        this.version = version;
    }

    public String code() {
        return code;
    }

    /** The version asked for, or null when the code itself is unknown. */
    public String version() {
        return version;
    }
}
