package org.liaison.postings.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.Certificates;
import org.liaison.postings.IssuedCertificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The certificate's PDF is accessible: tagged, titled, in a language, with embedded fonts, and says what it must. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CertificatePdfTests {

    @Autowired
    Certificates certificates;

    @Test
    void aPdA1IsATaggedPdfWithTitleLanguageAndEmbeddedFonts() throws IOException {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        try (PDDocument pdf = Loader.loadPDF(certificates.pdf(issued.number()))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(issued.number());
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).as("PDF/UA-1 and PDF/A-3u identification (XMP)")
                    .contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>");

            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(issued.number(), issued.verificationCode(), "Dupont-Lefèvre", "Élodie Marie",
                    "/certificates/verify", "1. Données personnelles du titulaire", "1. Personal details of the holder",
                    "6. Institution remplissant le formulaire", "Allemagne", "Germany", "01/03/2026", "31/08/2026",
                    "Travailleur salarié détaché");
        }
    }

    @Test
    void aBilateralCertificateIsTitledAsACertificateOfPosting() throws IOException {
        IssuedCertificate issued = certificates.issue(CertificateRequests.bilateral());

        assertThat(issued.number()).matches("FR-DET-\\d{4}-\\d{6}");
        try (PDDocument pdf = Loader.loadPDF(certificates.pdf(issued.number()))) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Certificat de détachement");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Certificate of posting", "États-Unis", "Martin");
        }
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
