package org.liaison.postings.web;

/** An anonymous client has spent its hourly allowance of submissions. */
public class TooManySubmissions extends RuntimeException {
    public TooManySubmissions() {
        super("too many submissions");
    }
}
