package org.liaison.exchange.web.bucs;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.bucs.BucDefinition;
import org.liaison.exchange.bucs.BucDefinitions;
import org.liaison.exchange.bucs.BucType;

/** Finds a version and a BUC named by a request, or says which of the two is unknown. */
final class BucLookup {

    private BucLookup() {
    }

    /** The version asked, the newest when none is; an unknown one is a bad parameter. */
    static String version(BucDefinitions definitions, @Nullable String version) {
        if (version == null || version.isBlank()) {
            return definitions.latestVersion();
        }
        if (!definitions.versions().contains(version)) {
            throw BucApiExceptions.invalidRequest(List.of(BucApiExceptions.problem("version", "version",
                    version, String.join(", ", definitions.versions()))));
        }
        return version;
    }

    static BucDefinition definition(BucDefinitions definitions, String type, @Nullable String version) {
        String v = version(definitions, version);
        if (!BucType.isValid(type)) {
            throw new BucApiExceptions.UnknownBuc(type);
        }
        return definitions.find(BucType.of(type), v).orElseThrow(() -> new BucApiExceptions.UnknownBuc(type));
    }
}
