package org.liaison.agreements;

/**
 * How many of the registry's facts have been read in an official source (status {@link FactStatus#VERIFIED}), out of
 * all recorded facts, unknown ones included: the figure shown on the registry page so that a reader knows how far the
 * dated facts can be trusted.
 */
public record VerifiedShare(int verified, int total) {

    public VerifiedShare {
        if (verified < 0 || total < 0 || verified > total) {
            throw new IllegalArgumentException("Invalid share: " + verified + "/" + total);
        }
    }

    /** The share in whole percent, rounded down so that the page never claims more than the data holds. */
    public int percent() {
        return total == 0 ? 0 : (int) (100L * verified / total);
    }
}
