package org.liaison.coordination.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.TextBundle;

/**
 * Reads the API's and the pages' text input into the engines' claims, collecting every unreadable value (an
 * impossible date, an unknown choice) as a problem with its field; the engines then add their own checks, and a
 * field already reported is not reported twice.
 */
public final class CareRequests {

    private static final TextBundle TEXTS = TextBundle.of("i18n.care");

    private final List<FieldProblem> problems = new ArrayList<>();

    public static HealthcareClaim healthcare(HealthcareRequest r, CareRequests read) {
        return new HealthcareClaim(r.competentState() == null ? "FR" : upper(r.competentState()),
                upper(r.residenceState()), upper(r.treatmentState()), Boolean.TRUE.equals(r.planned()),
                read.choice("kind", r.kind(), HealthcareCareKind.class), Boolean.TRUE.equals(r.s2Authorised()),
                !Boolean.FALSE.equals(r.inFrenchBasket()), read.date("date", r.date()),
                blankToNull(r.actCode()), r.quantity() == null ? 1 : r.quantity(), r.invoice(),
                r.hostStatutoryRefund());
    }

    public static UnemploymentClaim unemployment(UnemploymentRequest r, CareRequests read) {
        List<UnemploymentPeriod> periods = new ArrayList<>();
        List<UnemploymentRequest.Period> input = r.periods() == null ? List.of() : r.periods();
        for (int i = 0; i < input.size(); i++) {
            UnemploymentRequest.Period p = input.get(i) == null ? new UnemploymentRequest.Period(null, null, null)
                    : input.get(i);
            periods.add(new UnemploymentPeriod(upper(p.state()), read.date("periods[" + i + "].start", p.start()),
                    read.date("periods[" + i + "].end", p.end())));
        }
        UnemploymentExportRequest export = null;
        if (r.export() != null) {
            UnemploymentRequest.Export e = r.export();
            export = new UnemploymentExportRequest(read.date("export.registeredFrom", e.registeredFrom()),
                    read.date("export.departure", e.departure()),
                    read.date("export.registeredInNewState", e.registeredInNewState()), upper(e.destinationState()),
                    Boolean.TRUE.equals(e.extensionRequested()), e.entitlementMonths(), e.monthsAlreadyDrawn(),
                    e.extensionGrantedMonths(), read.date("export.returned", e.returned()));
        }
        return new UnemploymentClaim(upper(r.residenceState()), upper(r.lastActivityState()),
                Boolean.TRUE.equals(r.frontierWorker()), read.choice("kind", r.kind(), UnemploymentKind.class),
                read.choice("choice", r.choice(), UnemploymentChoice.class),
                read.date("date", r.date()), periods, export, r.monthlyBenefitPaid(),
                r.monthlyBenefitLastState());
    }

    /** The problems read here, then the engine's on the other fields. */
    public List<FieldProblem> merge(List<FieldProblem> engine) {
        Set<String> reported = new LinkedHashSet<>();
        problems.forEach(p -> reported.add(p.field()));
        List<FieldProblem> all = new ArrayList<>(problems);
        engine.stream().filter(p -> !reported.contains(p.field())).forEach(all::add);
        return all;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void add(String field, String code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = field;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new FieldProblem(field, code, TEXTS.text("problem." + code, all)));
    }

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            add(field, "NOT_A_DATE");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "NOT_A_CHOICE", text);
            return null;
        }
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
