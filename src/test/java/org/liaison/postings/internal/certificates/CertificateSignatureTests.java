package org.liaison.postings.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.liaison.postings.CertificateRequest.PublicField;
import org.liaison.postings.CertificatePdfs;
import org.liaison.postings.CertificateRequests;
import org.liaison.postings.CertificateStatus;
import org.liaison.postings.Certificates;
import org.liaison.postings.DocumentVerification;
import org.liaison.postings.IssuedCertificate;
import org.liaison.postings.PdfSignatureState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The issued PDF carries a QR code with its verification address and a PAdES signature of this institution, and an
 * uploaded copy is told apart from an edited one, a foreign one and a file that is no signed PDF.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CertificateSignatureTests {

    @Autowired
    Certificates certificates;

    @Autowired
    SigningKey key;

    @Value("${liaison.certificates.verification-address}")
    String verificationAddress;

    static final LocalDate DURING = CertificateRequests.PERIOD.start().plusDays(10);

    @Test
    void theQrCodeHoldsTheVerificationAddressWithNumberAndCode() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());

        String decoded = CertificatePdfs.decodeQr(certificates.pdf(issued.number()));

        assertThat(decoded).isEqualTo(verificationAddress + "?number=" + issued.number() + "&code="
                + issued.verificationCode());
        assertThat(decoded).isEqualTo(CertificateView.verificationLink(verificationAddress, issued.number(),
                issued.verificationCode()));
    }

    @Test
    void anIssuedPdfIsSignedPadesBaselineAndVerifiesIntact() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        byte[] pdf = certificates.pdf(issued.number());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate()).isNotNull();
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(pdf.length);
            CMSSignedData cms = new CMSSignedData(PdfSignatures.cms(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
                    .as("PAdES B-B: the signing time is the dictionary's M entry").isNull();
            // the tags and language are kept through the signature's incremental update
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
        }

        DocumentVerification verification = certificates.verifyDocument(pdf, DURING);
        assertThat(verification.signature()).isEqualTo(PdfSignatureState.INTACT);
        assertThat(verification.certificate().found()).isTrue();
        assertThat(verification.certificate().status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void aPdfUpdatedAfterSigningIsReportedEdited() throws Exception {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        byte[] edited = CertificatePdfs.incrementallyRetitled(certificates.pdf(issued.number()));

        DocumentVerification verification = certificates.verifyDocument(edited, DURING);

        assertThat(verification.signature()).isEqualTo(PdfSignatureState.EDITED_AFTER_SIGNING);
        assertThat(verification.certificate().found()).isTrue();
    }

    @Test
    void aPdfWithAChangedByteIsReportedAltered() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        byte[] altered = CertificatePdfs.changedProducer(certificates.pdf(issued.number()));

        assertThat(certificates.verifyDocument(altered, DURING).signature()).isEqualTo(PdfSignatureState.ALTERED);
    }

    @Test
    void aPdfSignedWithAnotherKeyIsNotThisInstitutions() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1());
        byte[] unsigned = CertificatePdfs.unsignedRevision(certificates.pdf(issued.number()));
        byte[] foreign = new PdfSignatures(SigningKey.generate("CN=Someone else", false))
                .sign(unsigned, PdfSignatures.now(), "forged");

        DocumentVerification verification = certificates.verifyDocument(foreign, DURING);

        assertThat(verification.signature()).isEqualTo(PdfSignatureState.OTHER_SIGNER);
        assertThat(certificates.verifyDocument(unsigned, DURING).signature()).isEqualTo(PdfSignatureState.UNSIGNED);
    }

    @Test
    @WithMockUser(roles = "LIAISON_OFFICER")
    void aWithdrawnCertificatesPdfIsReportedWithdrawnWithAnIntactSignature() {
        IssuedCertificate issued = certificates.issue(CertificateRequests.a1(Set.of(PublicField.HOLDER_NAME)));
        certificates.withdraw(issued.number(), "Posting ended early");

        DocumentVerification verification = certificates.verifyDocument(certificates.pdf(issued.number()), DURING);

        assertThat(verification.signature()).isEqualTo(PdfSignatureState.INTACT);
        assertThat(verification.certificate().status()).isEqualTo(CertificateStatus.WITHDRAWN);
    }

    @Test
    void aFileThatIsNoPdfGetsAnAnswer() {
        DocumentVerification verification = certificates.verifyDocument(
                "not a pdf at all".getBytes(StandardCharsets.US_ASCII), DURING);

        assertThat(verification.signature()).isEqualTo(PdfSignatureState.NOT_A_PDF);
        assertThat(verification.certificate().found()).isFalse();
        assertThat(certificates.verifyDocument(new byte[0], DURING).signature()).isEqualTo(PdfSignatureState.NOT_A_PDF);
    }
}
