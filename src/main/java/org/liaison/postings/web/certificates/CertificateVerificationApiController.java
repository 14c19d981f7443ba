package org.liaison.postings.web.certificates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.liaison.postings.CertificateVerification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<?> verify(
            @Parameter(description = "Certificate number, e.g. FR-A1-2026-000123") @RequestParam(required = false) String number,
            @Parameter(description = "Verification code printed on the certificate, e.g. ABCDE-FGHJK") @RequestParam(required = false) String code,
            HttpServletRequest request) {
        VerificationDesk.Answer answer = desk.verify(number, code, request);
        if (answer.invalid()) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                    "Invalid parameter(s): " + String.join(", ", answer.invalidFields()),
                    Map.of("errors", answer.invalidFields().stream().map(field -> Map.of("field", field,
                            "message", "number".equals(field) ? "expected a number like FR-A1-2026-000123"
                                    : "expected 10 letters and digits like ABCDE-FGHJK")).toList()));
        }
        if (answer.limited()) {
            ResponseEntity<ProblemDetail> limited = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                    "Too many attempts", "Too many verification attempts from this address; try again later.", Map.of());
            return ResponseEntity.status(limited.getStatusCode()).headers(limited.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds())).body(limited.getBody());
        }
        CertificateVerification verification = answer.verification();
        if (!verification.found()) {
            return problem(HttpStatus.NOT_FOUND, "certificate-not-found", "Certificate not found",
                    "No certificate matches this number and verification code.", Map.of());
        }
        return ResponseEntity.ok(verification);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                         Map<String, List<Map<String, String>>> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:liaison:problem:" + type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
