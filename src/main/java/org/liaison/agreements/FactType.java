package org.liaison.agreements;

import java.util.Locale;

/** The dated parameters the registry records per instrument (and, where they differ, per partner). */
public enum FactType {
    /** Pipe-separated {@link org.liaison.shared.Branch} codes. */
    BRANCHES,
    /** Maximum initial posting of an employed person, in months. */
    MAX_POSTING_MONTHS,
    /** Maximum initial posting of a self-employed person, in months. */
    SELF_EMPLOYED_POSTING_MONTHS,
    /** See {@link PostingExtension}: {@code none}, a number of months, {@code until_end_of_work} or {@code by_agreement}. */
    POSTING_EXTENSION,
    /** Who decides on an extension, as a code (e.g. {@code art16_agreement}, {@code joint_authorities}). */
    EXTENSION_DECIDED_BY,
    /** Minimum gap between two postings of the same person, in months. */
    REPOSTING_GAP_MONTHS,
    /** Whether periods are aggregated for pensions ({@code yes}/{@code no}). */
    TOTALISATION_PENSIONS,
    /** Whether periods in third states count for pensions ({@code yes}/{@code no}). */
    THIRD_STATE_PERIODS,
    /** Share of working time or remuneration from which a part of the activity is substantial, in percent. */
    SUBSTANTIAL_PART_PERCENT,
    /** Minimum affiliation to the sending state immediately before a posting of an employed person, in months. */
    PRIOR_AFFILIATION_MONTHS,
    /** Minimum self-employed activity in the sending state before a self-employed posting, in months. */
    SELF_EMPLOYED_PRIOR_ACTIVITY_MONTHS,
    /** Whether the posting rules cover nationals of third states ({@code yes}/{@code no}). */
    THIRD_COUNTRY_NATIONALS,
    /** How long a wholly unemployed person keeps unemployment benefit while seeking work in another state, in months. */
    UNEMPLOYMENT_EXPORT_MONTHS,
    /** The longest such export after an extension by the competent institution, in months. */
    UNEMPLOYMENT_EXPORT_MAX_MONTHS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
