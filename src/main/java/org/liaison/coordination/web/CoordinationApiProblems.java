package org.liaison.coordination.web;

import java.net.URI;
import java.util.Locale;
import org.liaison.coordination.internal.postings.PostingAgreements;
import org.liaison.coordination.internal.postings.PostingRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the coordination API; input problems list every field in the request's language. */
@RestControllerAdvice(assignableTypes = {ApplicableLegislationApiController.class, PostingRequestsApiController.class})
class CoordinationApiProblems {

    private final FieldMessages messages;

    CoordinationApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(PostingRequests.InvalidInput e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                messages.message("postings.problem.title", locale), messages.message("postings.problem.detail", locale,
                        e.problems().size()));
        problem.setProperty("errors", messages.resolve(e.problems(), locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notInReview(PostingRequests.NotInReview e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "not-in-review", messages.message("postings.problem.not-in-review.title", locale),
                messages.message("postings.problem.not-in-review", locale));
    }

    @ExceptionHandler
    ProblemDetail agreementNotPossible(PostingAgreements.NotPossible e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "agreement-not-possible",
                messages.message("postings.agreement.not-possible.title", locale), messages.message(e.reason(), locale));
    }

    @ExceptionHandler
    ProblemDetail notFound(PostingRequestNotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", messages.message("postings.problem.not-found.title", locale),
                messages.message("postings.problem.not-found", locale));
    }

    @ExceptionHandler
    ProblemDetail tooMany(TooManySubmissions e, Locale locale) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-submissions",
                messages.message("postings.problem.rate.title", locale), messages.message("postings.problem.rate", locale));
    }

    /** A problem body with the house type URN; shared by every coordination API advice. */
    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:liaison:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
