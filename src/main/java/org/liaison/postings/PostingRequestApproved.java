package org.liaison.postings;

/**
 * A posting request was approved (by the engine or by a liaison officer): its certificates are issued after the
 * approval is committed, by a listener, so that a failure to render a certificate never loses the approval and is
 * retried from the event publication registry.
 *
 * @param number the posting request's number
 */
public record PostingRequestApproved(String number) {
}
