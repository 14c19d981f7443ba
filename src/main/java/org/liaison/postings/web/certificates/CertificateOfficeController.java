package org.liaison.postings.web.certificates;

import java.time.LocalDate;
import org.liaison.postings.CertificateAlreadyWithdrawnException;
import org.liaison.postings.Certificates;
import org.liaison.postings.internal.certificates.CertificateRecord;
import org.liaison.postings.internal.certificates.CertificateRegister;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Liaison officers' register of certificates: search, details, the PDF, and withdrawal with a reason. */
@Controller
@RequestMapping("/certificates")
@PreAuthorize("hasAnyRole('LIAISON_OFFICER', 'ADMIN')")
class CertificateOfficeController {

    static final int MAX_REASON = 1000;

    private final CertificateRegister register;
    private final Certificates certificates;

    CertificateOfficeController(CertificateRegister register, Certificates certificates) {
        this.register = register;
        this.certificates = certificates;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "all") String status,
                Model model) {
        Boolean withdrawn = switch (status) {
            case "withdrawn" -> Boolean.TRUE;
            case "issued" -> Boolean.FALSE;
            default -> null;
        };
        model.addAttribute("q", q);
        model.addAttribute("status", withdrawn == null ? "all" : status);
        model.addAttribute("certificates", register.search(q.length() > 40 ? q.substring(0, 40) : q, withdrawn));
        model.addAttribute("max", CertificateRegister.PAGE);
        model.addAttribute("today", LocalDate.now(VerificationDesk.PARIS));
        return "certificates/list";
    }

    @GetMapping("/{number}")
    String details(@PathVariable String number, Model model) {
        model.addAttribute("certificate", find(number));
        model.addAttribute("today", LocalDate.now(VerificationDesk.PARIS));
        model.addAttribute("maxReason", MAX_REASON);
        model.addAttribute("zone", VerificationDesk.PARIS);
        return "certificates/detail";
    }

    @GetMapping("/{number}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        CertificateRecord certificate = find(number);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(certificate.number() + ".pdf").build().toString())
                .body(certificates.pdf(certificate.number()));
    }

    @PostMapping("/{number}/withdraw")
    String withdraw(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Model model,
                    RedirectAttributes redirect) {
        CertificateRecord certificate = find(number);
        if (reason.isBlank() || reason.strip().length() > MAX_REASON) {
            model.addAttribute("reasonError", true);
            model.addAttribute("reason", reason);
            return details(number, model);
        }
        try {
            certificates.withdraw(certificate.number(), reason);
            redirect.addFlashAttribute("withdrawn", true);
        } catch (CertificateAlreadyWithdrawnException e) {
            redirect.addFlashAttribute("alreadyWithdrawn", true);
        }
        return "redirect:/certificates/" + certificate.number();
    }

    private CertificateRecord find(String number) {
        return register.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
