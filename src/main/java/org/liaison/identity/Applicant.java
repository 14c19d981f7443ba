package org.liaison.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An applicant's account (issue #11 §4): an employer (its SIRET and name as given) or a self-employed person (their
 * own identity). Personal data: shown to the applicant and used in their requests, never logged nor audited.
 *
 * @param username the generated sign-in name ({@code applicant-12}); applicants sign in with their e-mail address
 */
public record Applicant(String username, ApplicantKind kind, @Nullable String siret, @Nullable String companyName,
                        @Nullable String familyName, @Nullable String givenNames, @Nullable LocalDate birthDate) {

    /** The name shown in the header and given as the employer of the applicant's requests. */
    public String displayName() {
        return kind == ApplicantKind.EMPLOYER ? companyName : givenNames + " " + familyName;
    }
}
