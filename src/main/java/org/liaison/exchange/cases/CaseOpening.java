package org.liaison.exchange.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new case this node opens as case owner, with its first SED.
 *
 * @param version      the data-model version; null for the newest
 * @param owner        the French institution opening the case ({@code FR:code})
 * @param counterparty the foreign institution it is addressed to ({@code CC:code})
 * @param sedType      the starting SED, e.g. {@code A001}
 * @param content      the SED as JSON text
 */
public record CaseOpening(String bucType, @Nullable String version, String owner, String counterparty,
                          String sedType, String content, List<SedAttachment> attachments) {

    public CaseOpening {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
