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

    public static String submission(String situation) {
        return """
                {"situation": %s,
                 "holder": {"familyName": "Martin", "givenNames": "Claire", "birthDate": "1985-04-12", "nationality": "FR",
                            "identifier": "2850475123456"},
                 "employerName": "Transports Dupont SA", "publicFields": ["PERIOD", "WORK_STATE"]}""".formatted(situation);
    }
}
