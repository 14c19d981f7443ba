package org.liaison.portal.web.simulators.care;

import java.math.BigDecimal;
import org.liaison.coordination.care.CareRequests;
import org.liaison.coordination.care.HealthcareRequest;

/**
 * The healthcare simulator's form as submitted (every value as typed), read into the API's request so that the
 * page and the API check the same things. {@code submitted} is set by the form's button.
 */
record HealthcareForm(String submitted, String residenceState, String treatmentState, String planned, String kind,
                      String actCode, String quantity, String date, String s2Authorised, String inFrenchBasket,
                      String invoice, String hostStatutoryRefund) {

    /** The form shown before the first answer: a person insured and living in France, one act. */
    static HealthcareForm blank(String today) {
        return new HealthcareForm(null, "FR", null, "false", "AMBULATORY", "G", "1", today, "false", "true", null,
                null);
    }

    boolean isSubmitted() {
        return submitted != null;
    }

    HealthcareRequest request(CareRequests read) {
        return new HealthcareRequest("FR", residenceState, treatmentState, "true".equals(planned), kind,
                "true".equals(s2Authorised), !"false".equals(inFrenchBasket), date, actCode,
                quantity(read), amount(read, "invoice", invoice), amount(read, "hostStatutoryRefund",
                hostStatutoryRefund));
    }

    private Integer quantity(CareRequests read) {
        if (quantity == null || quantity.isBlank()) {
            return 1;
        }
        try {
            return Integer.valueOf(quantity.trim());
        } catch (NumberFormatException e) {
            read.add("quantity", "NOT_A_QUANTITY");
            return 1;
        }
    }

    /** Euros as typed in France or England: a comma or a point before the cents, spaces between thousands. */
    private static BigDecimal amount(CareRequests read, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            read.add(field, "NOT_AN_AMOUNT");
            return null;
        }
    }
}
