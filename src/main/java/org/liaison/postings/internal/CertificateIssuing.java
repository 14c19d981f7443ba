package org.liaison.postings.internal;

import org.liaison.postings.PostingRequestApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues the certificates of an approved request once the approval is committed, in a transaction of its own: when
 * it fails (a PDF that cannot be rendered, the database gone), the approval stays and the event publication stays
 * incomplete, to be resubmitted (docs/operations.md, event publication housekeeping).
 */
@Component
class CertificateIssuing {

    private final PostingRequests requests;

    CertificateIssuing(PostingRequests requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(PostingRequestApproved approved) {
        requests.issueCertificates(approved.number());
    }
}
