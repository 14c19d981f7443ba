package org.liaison.postings.web;

import java.util.Locale;
import org.liaison.postings.internal.PostingAgreements;
import org.liaison.postings.internal.PostingRequests;
import org.liaison.postings.web.requests.PostingRequestsApiController;
import org.liaison.shared.web.FieldMessages;
import org.liaison.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem bodies for the coordination API; input problems list every field in the request's language. */
@RestControllerAdvice(assignableTypes = PostingRequestsApiController.class)
public class PostingApiProblems {

    private final FieldMessages messages;

    PostingApiProblems(FieldMessages messages) {
        this.messages = messages;
    }


    @ExceptionHandler
    ProblemDetail notInReview(PostingRequests.NotInReview e, Locale locale) {
        return Problems.of(HttpStatus.CONFLICT, "not-in-review", messages.message("postings.problem.not-in-review.title", locale),
                messages.message("postings.problem.not-in-review", locale));
    }

    @ExceptionHandler
    ProblemDetail agreementNotPossible(PostingAgreements.NotPossible e, Locale locale) {
        return Problems.of(HttpStatus.CONFLICT, "agreement-not-possible",
                messages.message("postings.agreement.not-possible.title", locale), messages.message(e.reason(), locale));
    }

    @ExceptionHandler
    ProblemDetail notFound(PostingRequestNotFound e, Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", messages.message("postings.problem.not-found.title", locale),
                messages.message("postings.problem.not-found", locale));
    }

    @ExceptionHandler
    ProblemDetail tooMany(TooManySubmissions e, Locale locale) {
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-submissions",
                messages.message("postings.problem.rate.title", locale), messages.message("postings.problem.rate", locale));
    }

}
