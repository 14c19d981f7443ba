package org.liaison.postings.web.requests;

import org.liaison.shared.web.RequestExamples;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A working example of a posting request in the OpenAPI document: the worked posting of rules.md §5 case 1 with a
 * fictitious holder, which the engine approves at once (PostingRequestsApiTests sends it as it is).
 */
@Configuration(proxyBeanMethods = false)
class PostingApiExamples {

    static final String REQUESTS = "/api/v1/posting-requests";

    @Bean
    OpenApiCustomizer postingExamples() {
        return new RequestExamples()
                .post(REQUESTS, "posting-to-germany",
                        "An employee posted from France to Germany for 20 months: approved at once, a PD A1 is issued",
                        "Liaison's reference/rules.md §5 (test cases), case 1: Reg. 883/2004 art. 12(1)", """
                        {"situation": {
                           "person": {"residenceState": "FR", "nationality": "FR"},
                           "activities": [{"kind": "EMPLOYED", "state": "DE", "postedFrom": "FR",
                             "employer": {"id": "552100554", "seat": "FR", "substantialActivityInSeat": true},
                             "period": {"start": "2026-03-01", "end": "2027-10-31"}, "replacesPostedWorker": false}],
                           "priorAffiliation": {"state": "FR", "period": {"start": "2020-01-01", "end": "2026-02-28"}},
                           "period": {"start": "2026-03-01", "end": "2027-10-31"}, "exceptionRequested": false},
                         "holder": {"familyName": "Martin", "givenNames": "Claire", "birthDate": "1985-04-12",
                                    "nationality": "FR", "identifier": "2850475123456"},
                         "employerName": "Transports Dupont SA", "publicFields": ["PERIOD", "WORK_STATE"]}""")
                .customizer();
    }
}
