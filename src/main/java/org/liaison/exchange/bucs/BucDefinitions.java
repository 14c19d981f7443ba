package org.liaison.exchange.bucs;

import java.util.List;
import java.util.Optional;

/** The BUC definitions of every data-model version ("4.2", "4.3"), loaded from data files at start-up. */
public interface BucDefinitions {

    /** The data-model versions, oldest first. */
    List<String> versions();

    /** The newest version, the default when a caller names none. */
    default String latestVersion() {
        List<String> versions = versions();
        return versions.get(versions.size() - 1);
    }

    /** Every BUC of that version, by code; empty for an unknown version. */
    List<BucDefinition> all(String version);

    Optional<BucDefinition> find(BucType type, String version);
}
