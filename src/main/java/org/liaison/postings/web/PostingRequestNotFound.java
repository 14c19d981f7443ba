package org.liaison.postings.web;

/** No posting request with this number, or a wrong access code: the answer is the same, so nothing leaks. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class PostingRequestNotFound extends RuntimeException {
    public PostingRequestNotFound() {
        super("posting request not found");
    }
}
