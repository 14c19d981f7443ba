package org.liaison.postings.web.certificates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.liaison.postings.DocumentVerification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page that verifies a certificate: a GET form (number, code), and the same address with both
 * parameters shows the answer, so the page works without JavaScript and can be bookmarked or linked from a QR code.
 */
@Controller
class CertificateVerificationPageController {

    private final VerificationDesk desk;
    private final PublicFieldRows rows;

    CertificateVerificationPageController(VerificationDesk desk, PublicFieldRows rows) {
        this.desk = desk;
        this.rows = rows;
    }

    @GetMapping("/certificates/verify")
    String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("code", code == null ? "" : code);
        if (number == null && code == null) {
            return "certificates/verify";
        }
        VerificationDesk.Answer answer = desk.verify(number, code, request);
        if (answer.invalid()) {
            model.addAttribute("invalid", answer.invalidFields());
        } else if (answer.limited()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
            model.addAttribute("limited", true);
        } else {
            model.addAttribute("result", answer.verification());
            model.addAttribute("rows", rows.of(answer.verification(), locale));
        }
        return "certificates/verify";
    }

    /** The upload form's answer: the PDF's signature, then what the register says of the certificate it names. */
    @PostMapping("/certificates/verify/document")
    String verifyDocument(@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request,
                          HttpServletResponse response, Model model, Locale locale) throws IOException {
        model.addAttribute("number", "");
        model.addAttribute("code", "");
        VerificationDesk.DocumentAnswer answer;
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            answer = desk.verifyDocument(content, request);
        }
        if (answer.missing() || answer.tooLarge()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("documentError", answer.missing() ? "missing" : "too-large");
        } else if (answer.limited()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
            model.addAttribute("limited", true);
        } else {
            DocumentVerification verification = answer.verification();
            model.addAttribute("document", verification);
            if (verification.certificate().found()) {
                model.addAttribute("number", verification.number());
                model.addAttribute("result", verification.certificate());
                model.addAttribute("rows", rows.of(verification.certificate(), locale));
            }
        }
        return "certificates/verify";
    }
}
