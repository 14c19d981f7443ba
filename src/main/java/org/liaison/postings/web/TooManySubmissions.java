package org.liaison.postings.web;

import java.time.Duration;
import org.liaison.postings.internal.PostingProblems;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** An anonymous client has spent its hourly allowance of submissions (429). */
public class TooManySubmissions extends ProblemException {
    public TooManySubmissions(Duration retryAfter) {
        super(Problem.tooManyRequests("too-many-submissions", PostingProblems.message("postings.problem.rate.title"),
                PostingProblems.message("postings.problem.rate"), retryAfter));
    }
}
