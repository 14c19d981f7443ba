package org.liaison.postings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.liaison.coordination.SituationInput;
import org.liaison.postings.CertificateRequest.PublicField;

/**
 * A posting request as an employer or a self-employed person sends it: the situation (one posting from France),
 * the holder's details for the certificate, the employer's name, and what the holder agrees to show on the public
 * verification page of the certificate.
 */
public record Submission(@Nullable SituationInput situation, @Nullable HolderInput holder,
                         @Schema(example = "Transports Dupont SA") @Nullable String employerName,
                         @Schema(description = "Fields the holder agrees to show on the public verification page")
                         @Nullable Set<PublicField> publicFields) {

    /** The person posted, as printed on the certificate. Personal data: kept in the request only, never logged or audited. */
    public record HolderInput(@Nullable String familyName, @Nullable String givenNames,
                              @Schema(example = "1985-04-12") @Nullable String birthDate,
                              @Schema(example = "FR") @Nullable String nationality,
                              @Schema(description = "Social security number in France (NIR), if any") @Nullable String identifier) {
    }
}
