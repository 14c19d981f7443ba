package org.liaison.coordination.web;

/** An anonymous client has spent its hourly allowance of submissions. */
class TooManySubmissions extends RuntimeException {
    TooManySubmissions() {
        super("too many submissions");
    }
}
