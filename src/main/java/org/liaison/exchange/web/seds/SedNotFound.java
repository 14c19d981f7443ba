package org.liaison.exchange.web.seds;

import java.util.List;

/** The SED asked for is not in the catalogue, or has no schema in the version asked for. */
final class SedNotFound extends RuntimeException {

    private final String code;
    private final String version;
    private final List<String> versions;

    SedNotFound(String code, String version, List<String> versions) {
        super("No SED " + code + (version == null ? "" : " in " + version));
        this.code = code;
        this.version = version;
        this.versions = List.copyOf(versions);
    }

    String code() {
        return code;
    }

    /** Null when the code itself is unknown. */
    String version() {
        return version;
    }

    List<String> versions() {
        return versions;
    }
}
