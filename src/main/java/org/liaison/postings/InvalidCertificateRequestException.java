package org.liaison.postings;

import java.util.List;

/**
 * A certificate request that cannot be issued as it stands (reversed period, unknown or identical states, blank
 * holder details...). Each problem names the request's field; nothing was stored.
 */
public class InvalidCertificateRequestException extends IllegalArgumentException {

    /** One problem with one field of the request, in English for the API client or the log. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidCertificateRequestException(List<Problem> problems) {
        super("Invalid certificate request: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
