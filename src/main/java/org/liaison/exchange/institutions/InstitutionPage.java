package org.liaison.exchange.institutions;

import java.util.List;

/**
 * One page of search results, sorted by id.
 *
 * @param items the institutions of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many institutions match in all
 */
public record InstitutionPage(List<Institution> items, int page, int size, long total) {

    public InstitutionPage {
        items = List.copyOf(items);
    }

    /** How many pages the results fill (at least 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
