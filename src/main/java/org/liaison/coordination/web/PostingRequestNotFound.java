package org.liaison.coordination.web;

/** No posting request with this number, or a wrong access code: the answer is the same, so nothing leaks. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
class PostingRequestNotFound extends RuntimeException {
    PostingRequestNotFound() {
        super("posting request not found");
    }
}
