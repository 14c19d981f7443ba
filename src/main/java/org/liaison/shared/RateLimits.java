package org.liaison.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Allowances of anonymous clients, each client known by its address (the client's, not a reverse proxy's: see
 * "Behind a reverse proxy" in docs/operations.md). The counts are shared by every instance of the application, so
 * that the allowance holds however many instances run; an attempt refused is not counted.
 */
public interface RateLimits {

    /** Counts one use of the allowance by the client when some is left. */
    Verdict tryConsume(Allowance allowance, String client);

    /**
     * So many uses per period for each client. The period starts at the client's first use and the whole allowance
     * comes back at its end. The name keeps the counts of different allowances apart; it must not change between
     * versions, or clients get a fresh allowance once.
     */
    record Allowance(String name, int uses, Duration per) {

        public Allowance {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(per, "per");
            if (name.isBlank() || uses < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("An allowance needs a name, at least one use and a period: "
                        + name + ", " + uses + " per " + per);
            }
        }
    }

    /** Whether the use was allowed; if not, how long the client should wait before trying again (at least 1 s). */
    record Verdict(boolean allowed, Duration retryAfter) {

        public static Verdict allow() {
            return new Verdict(true, Duration.ZERO);
        }

        public static Verdict refuse(Duration retryAfter) {
            return new Verdict(false, retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter);
        }

        /** The wait in whole seconds, rounded up, as the {@code Retry-After} header says it; 0 when allowed. */
        public long retryAfterSeconds() {
            if (allowed) {
                return 0;
            }
            long seconds = retryAfter.getSeconds();
            return retryAfter.getNano() > 0 ? seconds + 1 : seconds;
        }
    }
}
