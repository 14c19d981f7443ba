package org.liaison.agreements.internal;

import java.util.List;
import org.liaison.agreements.Fact;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.InstrumentPeriod;
import org.liaison.agreements.Partner;
import org.liaison.agreements.TimelineEvent;

/** Everything the registry knows, as read from the data files or the database. Partners include France. */
public record ReferenceData(List<Partner> partners, List<Instrument> instruments, List<InstrumentPeriod> periods,
                            List<Fact> facts, List<TimelineEvent> timeline) {

    public ReferenceData {
        partners = List.copyOf(partners);
        instruments = List.copyOf(instruments);
        periods = List.copyOf(periods);
        facts = List.copyOf(facts);
        timeline = List.copyOf(timeline);
    }
}
