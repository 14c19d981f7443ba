package org.liaison.postings.internal;

import java.util.Arrays;
import org.liaison.coordination.SituationInput.ActivityInput;
import org.liaison.coordination.SituationInput.PeriodInput;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the A001 (request for an exception, Reg. 883/2004 art. 16(1), Reg. 987/2009 art. 18) from a posting
 * request, in the 4.3 data model: the person as the holder gave it, France's legislation requested for the posting's
 * period, the employer and the work state. The exchange validates it against the schema before anything is sent.
 */
final class AgreementRequestSed {

    static final String BUC = "LA_BUC_01";
    static final String SED = "A001";
    static final String ARTICLE = "16(1)";

    private AgreementRequestSed() {
    }

    static String build(JsonMapper json, PostingRequest request, String sender, String recipient, String justification) {
        ObjectNode root = json.createObjectNode();
        root.put("sed", SED).put("version", "4.3");
        root.putArray("caseIds").addObject().put("caseNumber", request.number()).put("institution", sender);
        root.putObject("sender").put("id", sender);
        root.putArray("recipients").addObject().put("id", recipient);
        person(root.putObject("person"), request.holder());
        ActivityInput posting = posting(request);
        ObjectNode legislation = root.putObject("legislation");
        legislation.put("requestedLegislation", request.postedFrom()).put("article", ARTICLE);
        PeriodInput period = posting != null && posting.period() != null ? posting.period() : request.situation().period();
        if (period != null) {
            legislation.putObject("period").put("start", period.start()).put("end", period.end());
        }
        legislation.put("justification", justification.trim());
        ObjectNode employer = legislation.putObject("employer").put("name", request.employerName());
        if (posting != null && posting.employer() != null) {
            if (posting.employer().id() != null) {
                employer.put("registrationNumber", posting.employer().id());
            }
            employer.put("country", posting.employer().seat() == null ? request.postedFrom() : posting.employer().seat());
        } else {
            employer.put("country", request.postedFrom());
        }
        legislation.putArray("workCountries").add(EessiCountries.of(request.workState()));
        return json.writeValueAsString(root);
    }

    private static void person(ObjectNode person, Submission.HolderInput holder) {
        if (holder.identifier() != null && !holder.identifier().isBlank()) {
            person.putArray("identifiers").addObject().put("id", withKey(holder.identifier()))
                    .put("country", "FR").put("sector", "ALL");
        }
        person.put("familyName", holder.familyName());
        ArrayNode given = person.putArray("givenNames");
        Arrays.stream(holder.givenNames().trim().split("\\s+")).forEach(given::add);
        person.put("birthDate", holder.birthDate());
        // the request form does not ask for it; the data model's "U" (unknown) is the honest value
        person.put("sex", "U");
        if (holder.nationality() != null && !holder.nationality().isBlank()) {
            person.putArray("nationalities").add(EessiCountries.of(holder.nationality()));
        }
    }

    /**
     * The NIR as the A001 carries it, with its 2-digit key: a holder may give the 13 characters only. Key = 97 − (the
     * 13-digit number mod 97), Corsica's 2A and 2B counted as 19 and 18 (https://wp.publimath.fr/nu010).
     */
    static String withKey(String identifier) {
        String nir = identifier.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!nir.matches("[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{6}")) {
            return nir;
        }
        String digits = nir.replace("2A", "19").replace("2B", "18");
        int key = 97 - new java.math.BigInteger(digits).mod(java.math.BigInteger.valueOf(97)).intValue();
        return nir + "%02d".formatted(key);
    }

    private static ActivityInput posting(PostingRequest request) {
        return request.situation().activities() == null ? null : request.situation().activities().stream()
                .filter(a -> a.postedFrom() != null).findFirst().orElse(null);
    }
}
