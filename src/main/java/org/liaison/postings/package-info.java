/**
 * Postings: employers' and self-employed persons' posting requests, decided by the applicable-legislation engine
 * or by a liaison officer from the queue; the certificates that attest them (PD A1, bilateral certificates) with
 * their PDF, public verification and withdrawal; and the art. 16 agreement request sent to the partner (A001),
 * whose answer comes back as an exchange event. The root package is the certificates' API. Requests made from an
 * applicant's account (identity's {@code Applicants}, issue #11 §4) keep its username and take the employer's name
 * (and a self-employed person's identity) from it; identity owns the accounts, their passwords and their mails.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreements", "audit", "coordination",
        "exchange :: cases", "exchange :: institutions", "identity", "shared"})
package org.liaison.postings;
