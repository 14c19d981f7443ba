package org.liaison.identity;

import java.util.Optional;

/** Reads applicants' accounts (for the postings module: prefilling a request from the account). */
public interface Applicants {

    /** The verified applicant signed in under this username, if it is one. */
    Optional<Applicant> find(String username);
}
