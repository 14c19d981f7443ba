package org.liaison.postings.web;

import org.liaison.postings.internal.PostingProblems;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;

/** No posting request with this number, or a wrong access code: the answer is the same, so nothing leaks (404). */
public class PostingRequestNotFound extends ProblemException {
    public PostingRequestNotFound() {
        super(Problem.notFound("not-found", PostingProblems.message("postings.problem.not-found.title"),
                PostingProblems.message("postings.problem.not-found")));
    }
}
