package org.liaison.exchange.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The institution repository (IR) as the hub reads it: look an institution up, search, and answer the routing
 * question "which institutions can be counterparty for BUC b in country c" (eessi.md §3). Routing answers are
 * cached and the cache is emptied by every import.
 */
public interface InstitutionDirectory {

    /** Largest page size that {@link #search} serves. */
    int MAX_PAGE_SIZE = 200;

    /** The institution with that id, also when ended or removed from the IR (old cases still name it). */
    Optional<Institution> find(InstitutionId id);

    /** The institutions matching the criteria, sorted by id; {@code page} from 0, {@code size} 1 to 200. */
    InstitutionPage search(InstitutionSearch criteria, int page, int size);

    /**
     * The institutions that may be counterparty in a case of that BUC in that country on that day: they hold the
     * BUC with the COUNTERPARTY role, are valid on the day, not removed, and belong to that environment (so a test
     * institution never answers a production question), sorted by id.
     */
    List<Institution> counterparties(String bucType, String country, ExchangeEnvironment environment, LocalDate day);

    /** {@link #counterparties(String, String, ExchangeEnvironment, LocalDate)} for today. */
    default List<Institution> counterparties(String bucType, String country, ExchangeEnvironment environment) {
        return counterparties(bucType, country, environment, LocalDate.now());
    }
}
