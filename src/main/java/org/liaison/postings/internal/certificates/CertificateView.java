package org.liaison.postings.internal.certificates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.Instrument;
import org.liaison.agreements.Partner;
import org.liaison.coordination.CertificateKind;
import org.liaison.postings.CertificateRequest;
import org.liaison.shared.PartnerCode;

/**
 * What the certificate's template prints, already formatted (dates as dd/mm/yyyy, as on the EU forms; state and
 * instrument names in both languages).
 */
record CertificateView(String number, String code, boolean pdA1, String familyName, String givenNames,
                       String birthDate, String nationality, String identifier, String employerName, String employerId,
                       String competentStateFr, String competentStateEn, String workStateFr, String workStateEn,
                       String start, String end, String status, String provisionCode, String instrumentFr,
                       String instrumentEn, String postingRequestNumber, String issuedOn, String verificationAddress,
                       String verificationLink, String qrCode) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static CertificateView of(String number, String code, CertificateRequest r, Instant issuedAt,
                              AgreementRegistry registry, String verificationAddress) {
        Partner competent = state(registry, r.competentState());
        Partner work = state(registry, r.workState());
        Instrument instrument = registry.instrument(r.instrumentId()).orElse(null);
        String link = verificationLink(verificationAddress, number, VerificationCodes.printed(code));
        return new CertificateView(number, VerificationCodes.printed(code), r.kind() == CertificateKind.PD_A1,
                r.holderFamilyName().strip(), r.holderGivenNames().strip(), day(r.holderBirthDate()),
                orDash(r.holderNationality()), orDash(r.holderIdentifier()), orDash(r.employerName()),
                orDash(r.employerId()), competent.nameFr(), competent.nameEn(), work.nameFr(), work.nameEn(),
                day(r.period().start()), day(r.period().end()), status(r.provisionCode()), r.provisionCode(),
                instrument == null ? r.instrumentId() : instrument.titleFr(),
                instrument == null ? r.instrumentId() : instrument.titleEn(), orDash(r.postingRequestNumber()),
                day(LocalDate.ofInstant(issuedAt, PARIS)), verificationAddress, link, QrCodes.pngDataAddress(link));
    }

    /** The verification page with the number and the code filled in: what the QR code and the PDF's link open. */
    static String verificationLink(String verificationAddress, String number, String printedCode) {
        return verificationAddress + (verificationAddress.contains("?") ? "&" : "?")
                + "number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(printedCode, StandardCharsets.UTF_8);
    }

    /**
     * The status box of the form (section 3) from the provision's outcome code: art. 12(1) posted employed,
     * art. 12(2) posted self-employed, art. 13 several states, art. 11(3)(b) civil servant, art. 16 agreement.
     */
    static String status(String provisionCode) {
        String code = provisionCode.toUpperCase(java.util.Locale.ROOT);
        if (code.contains("ART12_2")) {
            return "posted-self-employed";
        }
        if (code.contains("ART12") || code.startsWith("BILATERAL") || code.contains("POSTING")) {
            return code.contains("SELF") ? "posted-self-employed" : "posted-employed";
        }
        if (code.contains("ART13")) {
            return "several-states";
        }
        if (code.contains("ART11_3_B")) {
            return "civil-servant";
        }
        if (code.contains("ART16")) {
            return "exception";
        }
        return "other";
    }

    private static Partner state(AgreementRegistry registry, PartnerCode code) {
        Partner home = registry.home();
        return home.code().equals(code) ? home
                : registry.partner(code).orElseThrow(() -> new IllegalArgumentException("Unknown state " + code));
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value.strip();
    }
}
