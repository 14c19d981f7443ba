package org.liaison.exchange.internal.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hub's clock: every date of a case (sent on, due by, inactive on) is read here and nowhere else. It can be
 * moved forward, so that deadlines, inactivity and archiving are tested (and demonstrated) without waiting.
 */
public final class ExchangeClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public ExchangeClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private ExchangeClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves the clock forward (tests and demos). */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Puts the clock back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ExchangeClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
