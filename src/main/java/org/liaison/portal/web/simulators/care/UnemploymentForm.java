package org.liaison.portal.web.simulators.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.UnemploymentRequest;

/**
 * The unemployment simulator's form as submitted, every value as typed, with its rows of periods: the field names are
 * the API's JSON paths ({@code periods[0].start}, {@code export.departure}), so that a problem links to its field.
 * The "add a period" button submits the form with one more row.
 */
public record UnemploymentForm(Map<String, String> values, int rows) {

    static final int MAX_ROWS = 12;

    static UnemploymentForm of(Map<String, String> parameters) {
        int rows = 1;
        while (rows < MAX_ROWS && parameters.containsKey("periods[" + rows + "].state")) {
            rows++;
        }
        if (parameters.containsKey("addRow") && rows < MAX_ROWS) {
            rows++;
        }
        return new UnemploymentForm(Map.copyOf(parameters), rows);
    }

    static UnemploymentForm blank() {
        return new UnemploymentForm(Map.of("residenceState", "FR", "lastActivityState", "FR", "frontierWorker", "false",
                "kind", "WHOLLY", "choice", "", "export", "false", "periods[0].state", "FR"), 1);
    }

    /** Computed when the reader asked for the answer, not when a row was added. */
    boolean isSubmitted() {
        return values.containsKey("submitted") && !values.containsKey("addRow");
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    UnemploymentRequest request(CareRequests read) {
        List<UnemploymentRequest.Period> periods = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String prefix = "periods[" + i + "].";
            if (!(get(prefix + "start").isBlank() && get(prefix + "end").isBlank())) {
                periods.add(new UnemploymentRequest.Period(get(prefix + "state"), get(prefix + "start"), get(prefix + "end")));
            }
        }
        UnemploymentRequest.Export export = "true".equals(get("export"))
                ? new UnemploymentRequest.Export(get("export.registeredFrom"), get("export.departure"),
                        get("export.registeredInNewState"), get("export.destinationState"),
                        "true".equals(get("export.extensionRequested")), months(read, "export.entitlementMonths"),
                        months(read, "export.monthsAlreadyDrawn"), months(read, "export.extensionGrantedMonths"),
                        blankToNull(get("export.returned")))
                : null;
        return new UnemploymentRequest(get("residenceState"), get("lastActivityState"),
                "true".equals(get("frontierWorker")), get("kind"), get("choice"), get("date"), periods,
                export, amount(read, "monthlyBenefitPaid"), amount(read, "monthlyBenefitLastState"));
    }

    /** A count of months as typed; the engine checks its range, the form only that it is a whole number. */
    private Integer months(CareRequests read, String field) {
        String text = get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            read.add(field, "NOT_A_MONTH_COUNT", 0, 120);
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private BigDecimal amount(CareRequests read, String field) {
        String text = get(field).replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            read.add(field, "NOT_AN_AMOUNT");
            return null;
        }
    }
}
