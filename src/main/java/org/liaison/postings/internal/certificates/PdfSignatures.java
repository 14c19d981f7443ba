package org.liaison.postings.internal.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.liaison.postings.PdfSignatureState;
import org.springframework.stereotype.Component;

/**
 * PAdES baseline B-B signatures of the certificates' PDFs (PDFBox writes the signature as an incremental update,
 * BouncyCastle makes the detached CMS: SHA-256, ESS signing-certificate-v2, the signing time in the signature
 * dictionary as PAdES wants, not in the CMS), and their check on an uploaded file.
 */
@Component
class PdfSignatures {

    /** The check of a file: its signature's state and the number and code its verification link holds, if any. */
    record Check(PdfSignatureState state, Optional<String> number, Optional<String> code) {
    }

    static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final SigningKey key;

    PdfSignatures(SigningKey key) {
        this.key = key;
    }

    /** The PDF with an invisible signature appended by an incremental update, the rest left byte for byte. */
    byte[] sign(byte[] pdf, Calendar signingTime, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(key.certificate().getSubjectX500Principal().getName());
            signature.setReason(reason);
            signature.setSignDate(signingTime);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, this::cms, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate's PDF could not be signed", e);
        }
    }

    static Calendar now() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(System.currentTimeMillis());
        return calendar;
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(holder.getIssuer()))),
                            holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            DefaultSignedAttributeTableGenerator standard =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    // PAdES B-B: the claimed signing time is the dictionary's M entry, never a CMS signing-time
                    .setSignedAttributeGenerator(parameters -> standard.getAttributes(parameters)
                            .remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(List.of(key.chain())));
            CMSTypedData data = new CMSProcessableByteArray(content.readAllBytes());
            // DER, as PAdES asks: the BER indefinite lengths would not parse with the zero padding after them
            return generator.generate(data, false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made", e);
        }
    }

    /** Reads the file and checks its last signature against this institution's certificate. */
    Check check(byte[] file) {
        PDDocument document;
        try {
            document = Loader.loadPDF(file);
        } catch (IOException | RuntimeException notPdf) {
            return new Check(PdfSignatureState.NOT_A_PDF, Optional.empty(), Optional.empty());
        }
        try (document) {
            Optional<URI> link = verificationLink(document);
            Optional<String> number = link.flatMap(uri -> parameter(uri, "number"));
            Optional<String> code = link.flatMap(uri -> parameter(uri, "code"));
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Check(PdfSignatureState.UNSIGNED, number, code);
            }
            return new Check(state(signatures.get(signatures.size() - 1), file), number, code);
        } catch (IOException | RuntimeException unreadable) {
            return new Check(PdfSignatureState.NOT_A_PDF, Optional.empty(), Optional.empty());
        }
    }

    private PdfSignatureState state(PDSignature signature, byte[] file) throws IOException {
        int[] range = signature.getByteRange();
        byte[] contents = signature.getContents(file);
        if (range == null || range.length != 4 || contents == null || contents.length == 0) {
            return PdfSignatureState.ALTERED;
        }
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)), cms(contents));
        } catch (CMSException | IOException | RuntimeException e) {
            return PdfSignatureState.ALTERED;
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return PdfSignatureState.ALTERED;
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
        if (certificates.isEmpty()) {
            return PdfSignatureState.ALTERED;
        }
        X509CertificateHolder certificate = certificates.iterator().next();
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return PdfSignatureState.ALTERED;
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return PdfSignatureState.ALTERED;
        }
        if (!java.util.Arrays.equals(certificate.getEncoded(), encoded(key.certificate()))) {
            return PdfSignatureState.OTHER_SIGNER;
        }
        // the signed ranges must start the file and end it; only the signature's own hex string lies between them
        long end = (long) range[2] + range[3];
        if (range[0] != 0 || end != file.length) {
            return end < file.length ? PdfSignatureState.EDITED_AFTER_SIGNING : PdfSignatureState.ALTERED;
        }
        return PdfSignatureState.INTACT;
    }

    /**
     * The CMS in the signature's contents without the zero padding that fills the space reserved for it (BouncyCastle
     * refuses data after the structure); anything but zeros there is a change to the signed file.
     */
    static byte[] cms(byte[] contents) throws IOException {
        byte[] structure;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            structure = in.readObject().getEncoded(ASN1Encoding.DER);
        }
        for (int i = structure.length; i < contents.length; i++) {
            if (contents[i] != 0) {
                throw new IOException("Data after the signature's CMS");
            }
        }
        return structure;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link of the first page with a number and a code: the certificate's verification address. */
    private static Optional<URI> verificationLink(PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            return Optional.empty();
        }
        PDPage page = document.getPage(0);
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                PDAction action = link.getAction();
                if (action instanceof PDActionURI uri && uri.getURI() != null && uri.getURI().contains("number=")) {
                    try {
                        return Optional.of(URI.create(uri.getURI()));
                    } catch (IllegalArgumentException malformed) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
