package org.liaison.identity;

import java.util.Optional;

/** Reads applicants' accounts (for the postings module: prefilling a request from the account). */
public interface Applicants {

    /** The demo profile's verified employer account (sign in with this address and {@code demo-employer-2026}). */
    String DEMO_EMPLOYER = "employeur@demo.liaison.invalid";

    /** The verified applicant whose account has this e-mail address, if any (the demo seeds). */
    Optional<Applicant> findByEmail(String email);

    /** The verified applicant signed in under this username, if it is one. */
    Optional<Applicant> find(String username);
}
