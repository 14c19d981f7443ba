package org.liaison.postings;

/** A certificate's standing on a given day. */
public enum CertificateStatus {
    VALID, WITHDRAWN, EXPIRED, NOT_YET_VALID
}
