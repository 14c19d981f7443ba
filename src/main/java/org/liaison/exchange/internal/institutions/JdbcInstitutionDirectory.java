package org.liaison.exchange.internal.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.institutions.ExchangeEnvironment;
import org.liaison.exchange.institutions.Institution;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.liaison.exchange.institutions.InstitutionPage;
import org.liaison.exchange.institutions.InstitutionSearch;
import org.springframework.stereotype.Service;

/** The IR on PostgreSQL; routing answers come from the {@link RoutingCache} that imports empty. */
@Service
class JdbcInstitutionDirectory implements InstitutionDirectory {

    private final InstitutionQueries queries;
    private final RoutingCache cache;

    JdbcInstitutionDirectory(InstitutionQueries queries, RoutingCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    @Override
    public Optional<Institution> find(InstitutionId id) {
        return queries.find(id);
    }

    @Override
    public InstitutionPage search(InstitutionSearch criteria, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        return queries.search(criteria, page, size);
    }

    @Override
    public List<Institution> counterparties(String bucType, String country, ExchangeEnvironment environment, LocalDate day) {
        return cache.get(new RoutingCache.Key(bucType, country, environment, day),
                () -> queries.counterparties(bucType, country, environment, day));
    }
}
