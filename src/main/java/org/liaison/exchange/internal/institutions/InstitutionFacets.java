package org.liaison.exchange.internal.institutions;

import java.util.List;
import org.springframework.stereotype.Component;

/** The values the IR search form offers: the BUCs some institution handles. */
@Component
public class InstitutionFacets {

    private final InstitutionQueries queries;

    InstitutionFacets(InstitutionQueries queries) {
        this.queries = queries;
    }

    public List<String> bucTypes() {
        return queries.bucTypes();
    }
}
