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
@Schema(name = "PostingSubmission", description = "A posting request: the situation, the holder, the employer and "
        + "what the holder agrees to show on the certificate's public verification page")
public record Submission(@Nullable SituationInput situation, @Nullable HolderInput holder,
                         @Schema(example = "Transports Dupont SA") @Nullable String employerName,
                         @Schema(description = "Fields the holder agrees to show on the public verification page")
                         @Nullable Set<PublicField> publicFields) {

    /** The person posted, as printed on the certificate. Personal data: kept in the request only, never logged or audited. */
    @Schema(name = "PostingHolder", description = "The person posted, as printed on the certificate")
    public record HolderInput(@Schema(example = "Martin") @Nullable String familyName,
                              @Schema(example = "Claire") @Nullable String givenNames,
                              @Schema(format = "date", example = "1985-04-12") @Nullable String birthDate,
                              @Schema(example = "FR") @Nullable String nationality,
                              @Schema(description = "Social security number in France (NIR), if any", example = "2850475123456")
                              @Nullable String identifier) {
    }
}
