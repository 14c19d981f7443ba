package org.liaison.postings.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A certificate's PDF as a download named after its number. */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static ResponseEntity<byte[]> attachment(String certificateNumber, byte[] pdf) {
        String filename = certificateNumber.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
