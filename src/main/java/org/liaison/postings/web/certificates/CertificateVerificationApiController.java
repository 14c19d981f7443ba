package org.liaison.postings.web.certificates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.liaison.postings.CertificateVerification;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public verification of a certificate for machines: status and the fields the holder consented to show. */
@RestController
@Tag(name = "Certificates", description = "Public verification of PD A1 and bilateral certificates of posting")
class CertificateVerificationApiController {

    private final VerificationDesk desk;

    CertificateVerificationApiController(VerificationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/certificates/verification")
    @Operation(summary = "Verify a certificate from its number and verification code",
            description = "Status on today's date (VALID, WITHDRAWN, EXPIRED, NOT_YET_VALID) and only the fields the "
                    + "holder agreed to show. A wrong number and a wrong code give the same 404. Rate-limited per "
                    + "client address (429 with Retry-After).")
    @ApiResponse(responseCode = "200", description = "The certificate exists and the code matches")
    @ApiResponse(responseCode = "400", description = "Malformed number or code (problem naming each field)")
    @ApiResponse(responseCode = "404", description = "No certificate with this number and code")
    @ApiResponse(responseCode = "429", description = "Too many attempts from this address")
    CertificateVerification verify(
            @Parameter(description = "Certificate number, e.g. FR-A1-2026-000123") @RequestParam(required = false) String number,
            @Parameter(description = "Verification code printed on the certificate, e.g. ABCDE-FGHJK") @RequestParam(required = false) String code,
            HttpServletRequest request) {
        VerificationDesk.Answer answer = desk.verify(number, code, request);
        if (answer.invalid()) {
            throw InvalidInputException.ofParameters(answer.invalidFields().stream().map(field -> new FieldProblem(
                    field, "MALFORMED", text("certificates.verify." + field + ".invalid"))).toList());
        }
        if (answer.limited()) {
            throw new ProblemException(Problem.tooManyRequests("too-many-attempts", text("certificates.verify.limited"),
                    text("certificates.verify.limited.detail"), Duration.ofSeconds(answer.retryAfterSeconds())));
        }
        CertificateVerification verification = answer.verification();
        if (!verification.found()) {
            // a wrong number and a wrong code are the same answer: nothing tells which certificates exist
            throw new ProblemException(Problem.notFound("certificate-not-found", text("certificates.verify.not-found"),
                    text("certificates.verify.not-found.detail")));
        }
        return verification;
    }

    private static Message text(String key) {
        return Message.of("i18n.certificates", key);
    }
}
