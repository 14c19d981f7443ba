package org.liaison.postings.internal.certificates;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.postings.CertificateRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The certificate as an accessible PDF: an XHTML page from {@code templates/certificates/document.html} (one
 * template, variations by kind) rendered by openhtmltopdf as tagged PDF/UA and PDF/A-3u, with the DejaVu Sans
 * fonts embedded (PDF/UA forbids the standard, non-embedded fonts) and the sRGB profile the JDK ships, then signed
 * with the institution's key (PAdES, {@link PdfSignatures}). It carries a QR code and a link to its verification.
 */
@Component
class CertificateDocument {

    private static final String FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf logs each rendering step at INFO on the console; only its problems are worth reading
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final Bilingual texts;
    private final AgreementRegistry registry;
    private final String verificationAddress;
    private final PdfSignatures signatures;
    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    CertificateDocument(ITemplateEngine templates, MessageSource messages, AgreementRegistry registry,
                        @Value("${liaison.certificates.verification-address:http://localhost:8080/certificates/verify}")
                        String verificationAddress, PdfSignatures signatures) {
        this.templates = templates;
        this.texts = new Bilingual(messages);
        this.registry = registry;
        this.verificationAddress = verificationAddress;
        this.signatures = signatures;
    }

    byte[] render(String number, String code, CertificateRequest request, Instant issuedAt) {
        Context context = new Context(Bilingual.FRENCH);
        context.setVariable("t", texts);
        context.setVariable("c", CertificateView.of(number, code, request, issuedAt, registry, verificationAddress));
        String html = templates.process("certificates/document", context);
        // signing is the last step: any change to the PDF after it shows on verification
        return signatures.sign(pdf(html), PdfSignatures.now(), texts.fr("certificates.pdf.signature.reason", number));
    }

    private byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessbility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(srgb)
                .withProducer("Liaison")
                .useFont(supply(regular), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(supply(bold), FAMILY, 700, FontStyle.NORMAL, true)
                .withHtmlContent(html, "classpath:/templates/certificates/")
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate's PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> supply(byte[] font) {
        return () -> new ByteArrayInputStream(font);
    }

    private static byte[] font(String path) {
        try (InputStream in = Objects.requireNonNull(CertificateDocument.class.getResourceAsStream(path), path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }
}
