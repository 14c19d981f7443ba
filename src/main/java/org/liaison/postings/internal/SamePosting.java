package org.liaison.postings.internal;

import org.liaison.shared.FieldProblem;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/**
 * A request for a person who already holds a certificate, or has a request still pending, for an overlapping period
 * (issue #11 §4): 409 with the existing number, which the form shows on the start date. The message names the
 * number only, never the holder.
 */
public class SamePosting extends ProblemException {

    private final String existing;
    private final boolean certificate;

    SamePosting(String existing, boolean certificate) {
        super(Problem.conflict(certificate ? "certificate-overlaps" : "request-overlaps",
                        PostingProblems.message("postings.problem.overlap.title"),
                        PostingProblems.message(key(certificate), existing))
                .with(certificate ? "certificate" : "request", existing), certificate ? "certificate-overlaps" : "request-overlaps");
        this.existing = existing;
        this.certificate = certificate;
    }

    private static String key(boolean certificate) {
        return certificate ? "postings.problem.overlap.certificate" : "postings.problem.overlap.request";
    }

    /** The existing certificate's or request's number. */
    public String existing() {
        return existing;
    }

    public boolean certificate() {
        return certificate;
    }

    /** The same refusal as a problem of the posting's start date, for the form. */
    public FieldProblem atStart() {
        return PostingProblems.of("situation.activities[0].period.start",
                certificate ? "overlap.certificate" : "overlap.request", existing);
    }
}
