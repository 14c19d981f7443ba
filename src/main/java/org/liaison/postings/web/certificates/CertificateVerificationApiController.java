package org.liaison.postings.web.certificates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.liaison.postings.CertificateVerification;
import org.liaison.postings.DocumentVerification;
import org.liaison.shared.FieldProblem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Message;
import org.liaison.shared.Problem;
import org.liaison.shared.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping(path = "/api/v1/certificates/verification/document",
            consumes = {"application/pdf", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Verify a certificate's PDF: its signature and the certificate's status",
            description = "The body is the PDF as received (application/pdf, at most 5 MB). The answer says whether "
                    + "the signature is this institution's and intact (INTACT), the file was edited after signing "
                    + "(EDITED_AFTER_SIGNING: something appended), its signed bytes were changed (ALTERED), it was "
                    + "signed by another key (OTHER_SIGNER), is not signed (UNSIGNED) or is no PDF (NOT_A_PDF); and "
                    + "the status of the certificate whose number and code the file's verification link holds, with "
                    + "the fields the holder agreed to show (certificate.found = false when the file names none). "
                    + "Counted against the same per-address limit as the number and code verification.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "200", description = "The file was read: signature state and certificate status")
    @ApiResponse(responseCode = "400", description = "No body, or a body over 5 MB (problem naming the field document)")
    @ApiResponse(responseCode = "429", description = "Too many attempts from this address")
    DocumentVerification verifyDocument(HttpServletRequest request) throws IOException {
        VerificationDesk.DocumentAnswer answer = desk.verifyDocument(request.getInputStream(), request);
        if (answer.missing() || answer.tooLarge()) {
            String code = answer.missing() ? "REQUIRED" : "TOO_LARGE";
            throw InvalidInputException.ofParameters(List.of(new FieldProblem("document", code,
                    text(answer.missing() ? "certificates.verify.document.missing" : "certificates.verify.document.too-large"))));
        }
        if (answer.limited()) {
            throw new ProblemException(Problem.tooManyRequests("too-many-attempts", text("certificates.verify.limited"),
                    text("certificates.verify.limited.detail"), Duration.ofSeconds(answer.retryAfterSeconds())));
        }
        return answer.verification();
    }

    private static Message text(String key) {
        return Message.of("i18n.certificates", key);
    }
}
