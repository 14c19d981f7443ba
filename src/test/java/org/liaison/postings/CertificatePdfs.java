package org.liaison.postings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What inspectors and forgers do with a certificate's PDF: read its QR code, edit it after signing. */
public final class CertificatePdfs {

    private CertificatePdfs() {
    }

    /** The page as an inspector's phone sees it, decoded by ZXing. */
    public static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
        }
    }

    /** What a forger does with a PDF tool: a new title saved as an incremental update, the signature left in place. */
    public static byte[] incrementallyRetitled(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setTitle("Certificat modifié");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** One byte of the signed part changed in place: the producer "Liaison" (XMP metadata) becomes "Kiaison". */
    public static byte[] changedProducer(byte[] pdf) {
        byte[] altered = pdf.clone();
        String text = new String(altered, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<pdf:Producer>Liaison");
        assertThat(at).as("the producer in the XMP metadata").isPositive();
        altered[at + "<pdf:Producer>".length()] = 'K';
        return altered;
    }

    /** The file as it was before the signature's incremental update (its first %%EOF). */
    public static byte[] unsignedRevision(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("%%EOF") + "%%EOF".length();
        return java.util.Arrays.copyOf(pdf, end + 1);
    }
}
