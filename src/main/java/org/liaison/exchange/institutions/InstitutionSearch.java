package org.liaison.exchange.institutions;

import org.jspecify.annotations.Nullable;

/**
 * Criteria of an IR search; every criterion is optional ({@code null}: any).
 *
 * @param text           part of the name, the acronym or the id (case-insensitive)
 * @param country        EESSI country code
 * @param bucType        a BUC the institution handles (in any role)
 * @param environment    production or test
 * @param includeRemoved whether institutions taken out of the IR by an import are listed too
 */
public record InstitutionSearch(@Nullable String text, @Nullable String country, @Nullable String bucType,
                                @Nullable ExchangeEnvironment environment, boolean includeRemoved) {

    /** Everything in the IR (removed institutions left out). */
    public static InstitutionSearch all() {
        return new InstitutionSearch(null, null, null, null, false);
    }
}
