package org.liaison.portal.web.simulators.legislation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.SituationInput;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.EmployerInput;
import org.liaison.coordination.SituationInput.PeriodInput;

/**
 * Turns the simulator's answers into a situation for the validator and the engine. The simulator asks no name and
 * no identifier: employers are named by their seat. "I don't know" stays unknown, so the engine says which fact it
 * misses instead of guessing.
 */
final class SimulatorSituation {

    private SimulatorSituation() {
    }

    static SituationInput of(SimulatorSteps steps) {
        PeriodInput period = new PeriodInput(steps.get("start"), steps.get("end"));
        String kind = steps.get("kind");
        String residence = steps.get("residence");
        List<ActivityInput> activities = new ArrayList<>();
        List<SituationInput.EarlierPostingInput> earlier = new ArrayList<>();
        SituationInput.PriorAffiliationInput prior = null;
        if (steps.several()) {
            for (int i = 1; i <= steps.count(); i++) {
                String seat = "EMPLOYED".equals(kind) ? steps.get("e" + i) : null;
                EmployerInput employer = seat == null ? null : new EmployerInput("employer-" + seat, seat, null);
                activities.add(new ActivityInput(kind, steps.get("s" + i), employer, null, number(steps.get("t" + i)),
                        number(steps.get("p" + i)), period, null, null));
            }
        } else {
            String work = steps.get("work");
            String from = steps.posted() ? steps.get("from") : null;
            String seat = from != null ? from : work;
            EmployerInput employer = new EmployerInput("CIVIL_SERVANT".equals(kind) ? "administration" : "employer", seat,
                    yesNo(steps.get("substantial")));
            activities.add(new ActivityInput(kind, work, employer, from, null, null, period, yesNo(steps.get("replaces")),
                    yesNo(steps.get("similar"))));
            if (from != null && "yes".equals(steps.get("affiliated"))) {
                prior = priorAffiliation(from, steps.get("start"));
            }
            // only the end of an earlier posting matters for the re-posting gap (883/2004: 2 months; Japan: a year)
            if (from != null && steps.has("earlierEnd")) {
                earlier.add(new SituationInput.EarlierPostingInput(from, work, "employer",
                        new PeriodInput(steps.get("earlierEnd"), steps.get("earlierEnd"))));
            }
        }
        return new SituationInput(new SituationInput.PersonInput(residence, null), activities, prior, earlier, period, false,
                certificate(steps, period), centreOfInterest(steps));
    }

    /** "Do you already hold an A1 certificate for this work?": taken as covering the period asked. */
    private static SituationInput.@Nullable CertificateHeldInput certificate(SimulatorSteps steps, PeriodInput period) {
        if (!"yes".equals(steps.get("cert")) || !steps.has("certFrom")) {
            return null;
        }
        String kind = steps.has("certKind") && !"unknown".equals(steps.get("certKind")) ? steps.get("certKind") : "PD_A1";
        return new SituationInput.CertificateHeldInput(steps.get("certFrom"), kind, period,
                yesNo(steps.get("certWithdrawn")), yesNo(steps.get("certContested")), null);
    }

    /** A self-employed person in several states: the criteria of 987/2009 art. 14(9) as answered per row. */
    private static @Nullable List<SituationInput.CentreOfInterestInput> centreOfInterest(SimulatorSteps steps) {
        if (!steps.several() || !"SELF_EMPLOYED".equals(steps.get("kind"))) {
            return null;
        }
        List<SituationInput.CentreOfInterestInput> criteria = new ArrayList<>();
        String intent = steps.get("intent");
        for (int i = 1; i <= steps.count(); i++) {
            Boolean fixed = yesNo(steps.get("f" + i));
            Boolean habitual = yesNo(steps.get("h" + i));
            Integer services = count(steps.get("n" + i));
            Boolean intended = intent == null ? null : intent.equals(Integer.toString(i));
            if (fixed != null || habitual != null || services != null || intended != null) {
                criteria.add(new SituationInput.CentreOfInterestInput(steps.get("s" + i), fixed, habitual, services, intended));
            }
        }
        return criteria.isEmpty() ? null : criteria;
    }

    private static @Nullable Integer count(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            // reported by the validator as outside the range, like an unreadable percentage
            return -1;
        }
    }

    // "affiliated for at least a month just before" (Decision A2) as the month before the start
    private static SituationInput.@Nullable PriorAffiliationInput priorAffiliation(String state, @Nullable String start) {
        try {
            LocalDate first = LocalDate.parse(start == null ? "" : start);
            return new SituationInput.PriorAffiliationInput(state,
                    new PeriodInput(first.minusMonths(1).toString(), first.minusDays(1).toString()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(@Nullable String text) {
        try {
            return text == null ? null : new BigDecimal(text.replace(',', '.').replace("%", "").trim());
        } catch (NumberFormatException e) {
            // the validator cannot report an unreadable number as a percentage; -1 is outside 0–100 and is reported
            return BigDecimal.valueOf(-1);
        }
    }

    private static @Nullable Boolean yesNo(@Nullable String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }
}
