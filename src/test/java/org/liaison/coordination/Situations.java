package org.liaison.coordination;

/** JSON bodies of the posting and applicable-legislation API, built like the worked examples they stand for. */
public final class Situations {

    private Situations() {
    }

    /** rules.md §5 example 1: posted by a French employer with substantial activity in France, affiliated before, replacing no one. */
    public static String posting(String to, String start, String end, String substantial, boolean exception) {
        return """
                {"person": {"residenceState": "FR", "nationality": "FR"},
                 "activities": [{"kind": "EMPLOYED", "state": "%s", "postedFrom": "FR",
                   "employer": {"id": "552100554", "seat": "FR", "substantialActivityInSeat": %s},
                   "period": {"start": "%s", "end": "%s"}, "replacesPostedWorker": false}],
                 "priorAffiliation": {"state": "FR", "period": {"start": "2020-01-01", "end": "%s"}},
                 "period": {"start": "%s", "end": "%s"}, "exceptionRequested": %s}"""
                .formatted(to, substantial, start, end, java.time.LocalDate.parse(start).minusDays(1), start, end, exception);
    }

    /**
     * A NIR of its own for each submission: a request for a person who already holds or asked for an overlapping
     * period is stopped (issue #11 §4), and the tests of a context share one database.
     */
    private static final java.util.concurrent.atomic.AtomicLong PEOPLE = new java.util.concurrent.atomic.AtomicLong(200_000);

    /** A 13-character NIR no other call returned (never the fixed 2850475123456). */
    public static String nir() {
        return "2850475" + PEOPLE.incrementAndGet();
    }

    /** The submission of Claire Martin, each time another person by the NIR (see {@link #nir()}). */
    public static String submission(String situation) {
        return submission(situation, nir());
    }

    public static String submission(String situation, String identifier) {
        return """
                {"situation": %s,
                 "holder": {"familyName": "Martin", "givenNames": "Claire", "birthDate": "1985-04-12", "nationality": "FR",
                            "identifier": "%s"},
                 "employerName": "Transports Dupont SA", "publicFields": ["PERIOD", "WORK_STATE"]}""".formatted(situation, identifier);
    }

    /**
     * The body with a NIR of its own when it names a holder with one: the documented example is one person, and the
     * database of a test context may already hold her certificate for the period (issue #11 §4 then answers 409).
     */
    public static tools.jackson.databind.JsonNode anotherPerson(tools.jackson.databind.JsonNode body) {
        if (body.path("holder").has("identifier")) {
            tools.jackson.databind.JsonNode copy = body.deepCopy();
            ((tools.jackson.databind.node.ObjectNode) copy.get("holder")).put("identifier", nir());
            return copy;
        }
        return body;
    }
}
